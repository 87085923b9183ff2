#include "opentarget.h"

#include "core/identifiers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString OpenTarget::resolve(const QStringList &connections, const QString &lastConnection)
{
    if (!tenant.isEmpty() && !number.isEmpty())
        return tr("Give either a tenant (--tenant) or a number (--number), not both.");
    if (!tenant.isEmpty()) {
        if (!isGuid(tenant.trimmed()))
            return notATenant(tenant);
        tenant = tenant.trimmed().toLower();
    }
    if (!number.isEmpty()) {
        if (!isE164(cleanNumber(number)))
            return notANumber(number);
        number = cleanNumber(number);
    }
    if (connections.isEmpty())
        return tr("There is no connection yet. Start OC Numbers and add one (File › Add connection), or "
                  "import one with ocnumbers-cli profile import.");
    if (connection.isEmpty()) {
        if (connections.contains(lastConnection))
            connection = lastConnection;
        else if (connections.size() == 1)
            connection = connections.constFirst();
        else
            return tr("Name the connection with --connection NAME. The connections are: %1.")
                .arg(connections.join(u", "_s));
        return {};
    }
    if (!connections.contains(connection))
        return tr("There is no connection named \"%1\". The connections are: %2.")
            .arg(connection, connections.join(u", "_s));
    return {};
}

QString OpenTarget::cleanNumber(const QString &typed)
{
    static const QRegularExpression separators(u"[\\s\\-.()]"_s);
    return QString(typed).remove(separators);
}

QString OpenTarget::notANumber(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return tr("Enter a phone number in E.164 form: \"+\", the country code and the number, for example "
                  "+442074996300.");
    return tr("\"%1\" is not a phone number in E.164 form. Enter \"+\", the country code and the number, "
              "digits only, for example +442074996300.")
        .arg(typed.trimmed());
}

QString OpenTarget::notATenant(const QString &typed)
{
    return tr("\"%1\" is not a tenant ID. Enter the customer's Microsoft tenant ID (msTenantId), a GUID like "
              "7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.")
        .arg(typed.trimmed());
}
