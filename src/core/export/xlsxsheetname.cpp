#include "xlsxsheetname.h"

#include "core/numberstore.h"

using namespace Qt::StringLiterals;

namespace {

// The value of a pooled member shared by every row, or empty.
std::string_view commonValue(const NumberStore &store, std::span<const std::uint32_t> rows,
                             StringPool::Id NumberRecord::*member)
{
    if (rows.empty())
        return {};
    const StringPool::Id first = store.record(rows.front()).*member;
    for (const std::uint32_t row : rows) {
        if (store.record(row).*member != first)
            return {};
    }
    return store.pooled(first);
}

} // namespace

QString XlsxSheetName::sanitize(const QString &name)
{
    QList<uint> characters;
    for (const uint c : name.simplified().toUcs4()) {
        if (u"[]:*?/\\"_s.contains(QChar(c)))
            characters.append('_');
        else if (c >= 0x20 && c != 0x7f)
            characters.append(c);
    }
    if (characters.size() > MaxLength)
        characters.resize(MaxLength);
    QString result =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), characters.size())
            .trimmed();
    while (result.startsWith(u'\''))
        result.remove(0, 1);
    while (result.endsWith(u'\''))
        result.chop(1);
    result = result.trimmed();
    // "History" is reserved by Excel.
    if (result.isEmpty() || result.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        return u"Numbers"_s;
    return result;
}

QString XlsxSheetName::forRows(const NumberStore &store, std::span<const std::uint32_t> rows)
{
    for (const auto member :
         {&NumberRecord::umpCustomerFullName, &NumberRecord::msCompanyName, &NumberRecord::tenantId}) {
        const std::string_view value = commonValue(store, rows, member);
        if (!value.empty())
            return sanitize(QString::fromUtf8(value.data(), qsizetype(value.size())));
    }
    return u"Numbers"_s;
}
