#pragma once

#include "comparesource.h"

#include <array>
#include <memory>
#include <QObject>
#include <QPointer>

class NumberStore;
class NumbersFileJob;

// Gets the numbers of both sides of a comparison: the numbers shown are taken as they are (shared, never
// copied), snapshots and files are read on worker threads, both at once. Emits ready() or failed() once.
class CompareLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareLoader)

public:
    CompareLoader(CompareSource before, CompareSource after, std::shared_ptr<const NumberStore> shown,
                  QObject *parent = nullptr);
    ~CompareLoader() override;

    void start();
    const CompareSource &before() const { return m_sources[0]; }
    const CompareSource &after() const { return m_sources[1]; }

signals:
    void ready(const std::shared_ptr<const NumberStore> &before,
               const std::shared_ptr<const NumberStore> &after);
    void failed(const QString &error);

private:
    void sideRead(std::size_t side, NumbersFileJob *job);
    void finishIfReady();

    std::array<CompareSource, 2> m_sources;
    std::array<std::shared_ptr<const NumberStore>, 2> m_stores;
    std::array<QPointer<NumbersFileJob>, 2> m_jobs;
    std::shared_ptr<const NumberStore> m_shown;
    bool m_failed = false;
};
