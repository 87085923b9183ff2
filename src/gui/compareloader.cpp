#include "compareloader.h"

#include "core/input/numbersfilejob.h"
#include "core/numberstore.h"

CompareLoader::CompareLoader(CompareSource before, CompareSource after,
                             std::shared_ptr<const NumberStore> shown, QObject *parent)
    : QObject(parent)
    , m_sources{std::move(before), std::move(after)}
    , m_shown(std::move(shown))
{}

CompareLoader::~CompareLoader() = default; // the jobs are children: each waits for its thread

void CompareLoader::start()
{
    for (std::size_t side = 0; side < m_sources.size(); ++side) {
        if (m_sources[side].isShown()) {
            m_stores[side] = m_shown;
            continue;
        }
        auto *job = new NumbersFileJob(m_sources[side].path, this);
        m_jobs[side] = job;
        connect(job, &NumbersFileJob::finished, this, [this, side, job] { sideRead(side, job); });
        job->start();
    }
    finishIfReady();
}

void CompareLoader::sideRead(std::size_t side, NumbersFileJob *job)
{
    job->deleteLater();
    m_jobs[side] = nullptr;
    if (m_failed)
        return;
    if (const QString error = job->errorText(); !error.isEmpty()) {
        m_failed = true;
        for (const QPointer<NumbersFileJob> &other : m_jobs) {
            if (other)
                other->cancel();
        }
        emit failed(error);
        return;
    }
    m_stores[side] = job->store();
    finishIfReady();
}

void CompareLoader::finishIfReady()
{
    if (m_failed || !m_stores[0] || !m_stores[1])
        return;
    emit ready(m_stores[0], m_stores[1]);
}
