#pragma once

#include "client/loaderror.h"
#include "core/numberfacetcounter.h"
#include "core/numberfacets.h"
#include "core/parseresult.h"
#include "numbersload.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <vector>

class NumberStore;
class NumbersTableModel;
class QNetworkAccessManager;
class TokenSource;

// The numbers a window shows, and the load that fills them: one NumbersLoad at a time, its batches
// merged into the model (pages that arrive together go in with one insert, a few milliseconds' worth per
// turn of the event loop so that the window stays responsive), whether the model holds a tenant's full
// list, how long the load took, and the filter choices the numbers offer. Has no widgets; a window shows
// what it signals.
class NumbersLoadController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersLoadController)

public:
    explicit NumbersLoadController(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NumbersLoadController() override;

    NumbersTableModel *model() const { return m_model; }

    // Replaces the model's numbers with a tenant's, as they arrive. Does nothing while a load runs.
    void start(const NumbersLoad::Settings &settings, TokenSource *tokens);
    void cancel();
    // Shows numbers that did not come from a load (tests, benchmarks); they count as complete.
    void setNumbers(std::shared_ptr<NumberStore> store, const QString &origin);
    // Nothing loaded, nothing shown.
    void clear();

    // True from start() until finished() (the load may have ended while its last batches are being shown).
    bool isLoading() const { return m_load != nullptr || m_showingLastBatches; }
    // True when the model holds a tenant's full list (a load finished without error).
    bool isComplete() const { return m_complete; }
    // The tenant the model holds or is being loaded into it (or the origin given to setNumbers).
    QString tenant() const { return m_tenant; }
    // Milliseconds the last load took (or has taken so far).
    qint64 loadTime() const { return m_loadClock.isValid() ? m_loadClock.elapsed() : 0; }
    const NumberFacets &facets() const { return m_facets; }

signals:
    void started();
    // A few a second at most. total -1: unknown (v2).
    void progressed(qint64 bytes, qint64 records, qint64 total);
    void warningsFound(const std::vector<ParseIssue> &issues, std::size_t count);
    // The load waits delayMs before attempt (of maxAttempts); httpStatus 0: the network failed.
    void retryScheduled(int httpStatus, qint64 delayMs, int attempt, int maxAttempts);
    // The choices the numbers offer changed (a new list, or a paged load's end).
    void facetsChanged(const NumberFacets &facets);
    // The first numbers of a load are in the model.
    void firstBatchShown();
    // Loading, complete or the tenant changed.
    void stateChanged();
    // Emitted once per load, after the model has every number the load handed over.
    void finished(const LoadError &error);

private:
    void batchArrived(const std::shared_ptr<NumberStore> &batch);
    void showPendingBatches();
    void progress(qint64 bytes, qint64 records, qint64 total);
    // Makes room for total numbers (announced by v3, estimated for v2).
    void expect(qint64 total);
    void loadEnded(const LoadError &error);
    void finishLoad();
    void refreshFacets();
    void emitFacets();

    QNetworkAccessManager *m_nam;
    NumbersTableModel *m_model;
    QPointer<NumbersLoad> m_load;
    QString m_tenant;
    NumberFacets m_facets;
    NumberFacetCounter m_facetCounter; // counts the model's numbers as they go in
    std::size_t m_facetsRowCount = 0;  // rows the choices shown were taken from
    bool m_firstFacetsShown = false;   // this load's numbers have offered their choices
    QElapsedTimer m_loadClock;
    QElapsedTimer m_progressShown;
    QTimer m_batchTimer;
    std::vector<std::shared_ptr<NumberStore>> m_pendingBatches;
    qint64 m_expectedRecords = -1; // what the load said it will hand over in all, -1: unknown
    qint64 m_nsPerRow = 2000;      // how long a row took to go into the model, last time
    LoadError m_endError;          // how the load ended, while its last batches are being shown
    bool m_showingLastBatches = false;
    bool m_inStep = false; // showPendingBatches() is running
    bool m_complete = false;
    bool m_receivedFirstBatch = false;
};
