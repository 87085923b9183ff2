#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

} // namespace

QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n') {
            safe += u"\\n"_s;
        } else if (c == u'\r') {
            safe += u"\\r"_s;
        } else if (c == u'\t') {
            safe += u"\\t"_s;
        } else if (c < 0x20 || c == 0x7F) {
            safe += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        } else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            safe += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        } else {
            safe += ch;
        }
    }
    return safe;
}
