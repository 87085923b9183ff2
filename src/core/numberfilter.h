#pragma once

#include "numberenums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the user asked to see. Criteria combine with AND; values inside one criterion combine with OR,
// except capabilities, where a number must have acquired all of the chosen ones.
struct NumberFilter final {
    Q_DECLARE_TR_FUNCTIONS(NumberFilter)

public:
    // Free text: part of the number (digits compared when the text looks like a phone number, so
    // "+44 20 7" finds +44207...), calling profile, SBC, tenant, customer or company name.
    QString text;
    QList<NumberStatus> statuses;
    QStringList assignments;          // as shown, e.g. "UserAssigned"; an empty string means "no assignment"
    QStringList countries;            // ISO codes
    QStringList sources;              // webapi, webui, ocsync (case-insensitive)
    QStringList sbcs;                 // SBC names ("fqdn [ip]"), an FQDN or an IP address
    QStringList requiredCapabilities; // acquired must contain all of them
    QStringList availableNotAcquired; // available but not acquired: all of them

    bool isEmpty() const;
    bool operator==(const NumberFilter &other) const = default;

    // Applies one "key=value[,value...]" criterion, as given to the command-line tools:
    // text, status, assignment, country, source, sbc, capability, available. Returns an error message
    // (naming the bad part and the accepted keys or values) or an empty string.
    QString applyExpression(const QString &expression);

    // The criteria of this filter that also hold in other, so that every number matching this
    // filter also matches other (lets the model narrow by scanning only the rows it shows).
    bool isNarrowingOf(const NumberFilter &other) const;

    // The digits of text when it reads like (part of) a phone number ("+44 (20) 7-499"), else empty.
    static QString phoneDigits(const QString &text);
};
