#include "activitylog.h"

#include "core/export/formulaguard.h"
#include "core/logprotection.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ActivityLog::ActivityLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

void ActivityLog::add(const ActivityEntry &entry)
{
    while (qsizetype(m_entries.size()) >= m_capacity)
        m_entries.pop_front();
    m_entries.push_back(entry);
    emit entryAdded(entry);
}

void ActivityLog::clear()
{
    m_entries.clear();
    emit cleared();
}

QStringList ActivityLog::headers()
{
    return {tr("Time (UTC)"), tr("Method"), tr("Host"),    tr("Path"),        tr("Status"),
            tr("Duration"),   tr("Bytes"),  tr("Attempt"), tr("Error ticket")};
}

QStringList ActivityLog::cells(const ActivityEntry &entry)
{
    QString status = entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString();
    if (!entry.failure.isEmpty())
        status = status.isEmpty() ? entry.failure : tr("%1 (%2)").arg(status, entry.failure);
    return {entry.started.toUTC().toString(Qt::ISODateWithMs),
            entry.method,
            entry.host,
            entry.path,
            status,
            tr("%1 ms").arg(entry.milliseconds),
            QString::number(entry.bytesReceived),
            entry.attempt > 0 ? QString::number(entry.attempt) : QString(),
            entry.errorTicket};
}

QString ActivityLog::text() const
{
    const auto line = [](const QStringList &cells) -> QString {
        QStringList guarded;
        for (const QString &cell : cells) {
            QString clean = cell;
            clean.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            guarded << (needsFormulaGuard(clean.toStdString()) ? u"'"_s + clean : clean);
        }
        return guarded.join(u'\t') + u'\n';
    };
    QString text = line(headers());
    for (const ActivityEntry &entry : m_entries)
        text += line(cells(entry));
    return text;
}

QString ActivityLog::safePath(const QUrl &url)
{
    static const QRegularExpression secretName(
        u"code|state|token|secret|assertion|password|verifier|nonce|key|signature|sig$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString path = LogProtection::redact(url.path(QUrl::FullyDecoded));
    if (!url.hasQuery())
        return path;
    QStringList kept;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!secretName.match(name).hasMatch())
            kept << name + u'=' + LogProtection::redact(value);
    }
    return kept.isEmpty() ? path : path + u'?' + kept.join(u'&');
}
