#include "numberfilter.h"

#include "phonequery.h"

using namespace Qt::StringLiterals;

namespace {
QStringList splitValues(const QString &values)
{
    QStringList list;
    for (const QString &v : values.split(u',')) {
        const QString trimmed = v.trimmed();
        list.append(trimmed == u"none"_s ? QString() : trimmed);
    }
    return list;
}

} // namespace

bool NumberFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && statuses.isEmpty() && assignments.isEmpty() && countries.isEmpty() &&
           sources.isEmpty() && sbcs.isEmpty() && requiredCapabilities.isEmpty() &&
           availableNotAcquired.isEmpty();
}

QString NumberFilter::applyExpression(const QString &expression)
{
    const qsizetype eq = expression.indexOf(u'=');
    if (eq <= 0) {
        return tr("filter \"%1\" is not of the form key=value; keys: text, status, assignment, country, "
                  "source, "
                  "sbc, capability, available")
            .arg(expression);
    }
    const QString key = expression.left(eq).trimmed().toLower();
    const QString value = expression.mid(eq + 1);
    if (key == u"text"_s) {
        text = value;
        if (const QString problem = textProblem(); !problem.isEmpty())
            return tr("filter \"%1\": %2").arg(expression, problem);
        return {};
    }
    if (value.trimmed().isEmpty())
        return tr("filter \"%1\" has no value after \"=\"").arg(expression);
    if (key == u"status"_s) {
        for (const QString &name : splitValues(value)) {
            const NumberStatus status =
                name.isEmpty() ? NumberStatus::None : statusFromText(name.toStdString());
            if (status == NumberStatus::Unknown) {
                return tr("unknown status \"%1\" in filter \"%2\"; use Active, \"Release Requested\", "
                          "\"Marked For "
                          "Removal\", \"Ready For Removal\", a code 0-3 or none")
                    .arg(name, expression);
            }
            statuses.append(status);
        }
    } else if (key == u"assignment"_s) {
        assignments += splitValues(value);
    } else if (key == u"country"_s) {
        for (const QString &c : splitValues(value))
            countries.append(c.toUpper());
    } else if (key == u"source"_s) {
        sources += splitValues(value);
    } else if (key == u"sbc"_s) {
        sbcs += splitValues(value);
    } else if (key == u"capability"_s || key == u"capabilities"_s) {
        requiredCapabilities += splitValues(value);
    } else if (key == u"available"_s) {
        availableNotAcquired += splitValues(value);
    } else {
        return tr("unknown filter key \"%1\"; use text, status, assignment, country, source, sbc, capability "
                  "or "
                  "available")
            .arg(key);
    }
    return {};
}

bool NumberFilter::isNarrowingOf(const NumberFilter &other) const
{
    NumberFilter sameText = *this;
    sameText.text = other.text;
    if (!(sameText == other))
        return false;
    const QString now = text.trimmed().toLower();
    const QString before = other.text.trimmed().toLower();
    if (before.isEmpty())
        return true;
    const PhoneQuery nowQuery(now);
    const PhoneQuery beforeQuery(before);
    const auto textSearch = [](const PhoneQuery &query) {
        return query.kind() == PhoneQuery::Kind::NotPhone || query.kind() == PhoneQuery::Kind::Anywhere;
    };
    // Both search every field for the text: a longer text finds a subset (digits of a part of a phone
    // text are a contiguous part of its digits).
    if (textSearch(nowQuery) && textSearch(beforeQuery))
        return nowQuery.isPhone() == beforeQuery.isPhone() && now.contains(before);
    return nowQuery.narrows(beforeQuery);
}

QString NumberFilter::textProblem() const
{
    return PhoneQuery(text).problem();
}

QString NumberFilter::phoneDigits(const QString &text)
{
    const PhoneQuery query(text);
    if (query.kind() != PhoneQuery::Kind::Anywhere && query.kind() != PhoneQuery::Kind::Prefix)
        return {};
    return QString::fromStdString(query.digits());
}
