#include "tokensource.h"

namespace {
constexpr qint64 MaxLeadSeconds = 300;
}

TokenSource::TokenSource(QObject *parent)
    : QObject(parent)
{
    m_renewal.setSingleShot(true);
    m_renewal.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_renewal, &QTimer::timeout, this, [this] {
        token(true, [this](const QByteArray &, const LoadError &error) {
            // A failed renewal is not reported here: the next token() asks again and reports.
            if (!error.isError())
                emit renewed(expiresAt());
        });
    });
}

void TokenSource::scheduleRenewal(const QDateTime &expiresAt)
{
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    if (lifetime <= 0) {
        m_renewal.stop();
        return;
    }
    m_leadSeconds = std::min(MaxLeadSeconds, lifetime / 4);
    m_renewal.setTimerType(lifetime < 120 ? Qt::PreciseTimer : Qt::VeryCoarseTimer);
    m_renewal.start(std::chrono::seconds(lifetime - m_leadSeconds));
}

bool TokenSource::isFresh(const QDateTime &expiresAt) const
{
    return expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(expiresAt) > m_leadSeconds;
}
