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
    // Free text, read as PhoneQuery describes: "+44 20 7" finds numbers starting +44207 (and nothing
    // else), "20 7" numbers with those digits anywhere, "+44 20 7946 0000..0999" a block of numbers.
    // Text that is not a "+" number is also sought (case-insensitive) in the calling profile, tenant,
    // SBC names, customer, company and SIP connection name.
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
    // (naming the bad part and the accepted keys or values, or why a text range is invalid) or an empty
    // string.
    QString applyExpression(const QString &expression);

    // The criteria of this filter that also hold in other, so that every number matching this
    // filter also matches other (lets the model narrow by scanning only the rows it shows).
    bool isNarrowingOf(const NumberFilter &other) const;

    // Why text cannot match anything (an invalid number range such as "+44 20 7946 0999..0000"), for the
    // user; empty when the text is fine.
    QString textProblem() const;

    // The digits of text when it reads like (part of) one phone number ("+44 (20) 7-499"), else empty
    // (also for a range).
    static QString phoneDigits(const QString &text);
};
