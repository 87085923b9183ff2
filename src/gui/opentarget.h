#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the window opens on from a ticket link or a script (ocnumbers --connection NAME --tenant GUID or
// --number E164), and the checks of those values, worded as the window words them.
struct OpenTarget final {
    Q_DECLARE_TR_FUNCTIONS(OpenTarget)

public:
    QString connection; // a stored connection's name; empty: the last one used, or the only one
    QString tenant;     // a Microsoft tenant id (msTenantId)
    QString number;     // an E.164 number

    // What is wrong with the values, or empty. Fills in the connection (the last used or the only one),
    // lower-cases the tenant and takes the spaces, dashes, dots and brackets out of the number.
    QString resolve(const QStringList &connections, const QString &lastConnection);

    // The number as typed, without spaces, dashes, dots and brackets ("+44 20 7499-6300").
    static QString cleanNumber(const QString &typed);
    // Why typed is refused as an E.164 number.
    static QString notANumber(const QString &typed);
    static QString notATenant(const QString &typed);
};
