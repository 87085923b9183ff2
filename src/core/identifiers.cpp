#include "identifiers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool isGuid(QStringView text)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(text.toString()).hasMatch();
}

bool isE164(QStringView text)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    return e164.match(text.toString()).hasMatch();
}
