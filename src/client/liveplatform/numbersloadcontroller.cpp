#include "numbersloadcontroller.h"

#include "core/models/numberstablemodel.h"
#include "core/numberstore.h"

namespace {

// How long one turn of the event loop may spend putting batches into the model: a busy GUI thread stays
// well under a stall the user would notice, and a million numbers still go in within seconds.
constexpr qint64 BatchBudgetNs = 8'000'000;
// Rows whose filter choices are counted at a time (a few milliseconds).
constexpr std::size_t FacetRowsPerStep = 65536;

} // namespace

NumbersLoadController::NumbersLoadController(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_model(new NumbersTableModel(this))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &NumbersLoadController::showPendingBatches);
}

NumbersLoadController::~NumbersLoadController()
{
    if (m_load) {
        m_load->disconnect(this); // nothing is emitted from a destructor
        m_load->cancel();
    }
}

void NumbersLoadController::start(const NumbersLoad::Settings &settings, TokenSource *tokens)
{
    if (isLoading())
        return;
    auto *load = new NumbersLoad(settings, m_nam, tokens, this);
    m_load = load;
    m_receivedFirstBatch = false;
    m_pendingBatches.clear();
    m_expectedRecords = -1;
    m_progressShown.invalidate();
    m_complete = false;
    m_model->clear();
    m_facetCounter.clear();
    m_firstFacetsShown = false;
    m_tenant = settings.tenantId;
    connect(load, &NumbersLoad::batchReady, this, &NumbersLoadController::batchArrived);
    connect(load, &NumbersLoad::sizeEstimated, this, &NumbersLoadController::expect);
    connect(load, &NumbersLoad::progress, this, &NumbersLoadController::progress);
    connect(load, &NumbersLoad::warningsFound, this, &NumbersLoadController::warningsFound);
    connect(load, &NumbersLoad::retryScheduled, this, &NumbersLoadController::retryScheduled);
    connect(load, &NumbersLoad::finished, this, &NumbersLoadController::loadEnded);
    m_loadClock.start();
    emit started();
    emit stateChanged();
    load->start();
}

void NumbersLoadController::cancel()
{
    if (m_load)
        m_load->cancel();
}

void NumbersLoadController::setNumbers(std::shared_ptr<NumberStore> store, const QString &origin)
{
    m_complete = true;
    m_tenant = origin;
    m_model->setStore(std::move(store));
    refreshFacets();
    emit stateChanged();
}

void NumbersLoadController::clear()
{
    cancel();
    if (m_showingLastBatches) {
        m_pendingBatches.clear();
        // The load had ended, but not every number it handed over is shown: it counts as cancelled.
        m_endError.kind = LoadError::Kind::Cancelled;
        m_endError.message = NumbersLoad::tr("The load was cancelled; the numbers shown are incomplete.");
        finishLoad();
    }
    m_model->clear();
    m_tenant.clear();
    m_complete = false;
    refreshFacets();
    emit stateChanged();
}

void NumbersLoadController::batchArrived(const std::shared_ptr<NumberStore> &batch)
{
    m_pendingBatches.push_back(batch);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void NumbersLoadController::showPendingBatches()
{
    m_batchTimer.stop();
    m_inStep = true; // what this step emits may end the load (a cancel on firstBatchShown)
    QElapsedTimer clock;
    clock.start();
    std::size_t taken = 0;
    if (!m_receivedFirstBatch && !m_pendingBatches.empty()) {
        // The first batch (a whole v2 list) is adopted, not copied.
        m_receivedFirstBatch = true;
        m_model->setStore(std::make_unique<NumberStore>(std::move(*m_pendingBatches.front())));
        taken = 1;
        if (m_expectedRecords > 0)
            m_model->reserve(static_cast<std::size_t>(m_expectedRecords));
        m_facetCounter.clear();
        emit firstBatchShown();
    }
    // The choices of a large first batch are counted over several turns.
    const std::size_t total = m_model->totalCount();
    while (m_facetCounter.rowCount() < total && clock.nsecsElapsed() < BatchBudgetNs) {
        const std::size_t from = m_facetCounter.rowCount();
        m_facetCounter.add(m_model->store(), from, std::min(total, from + FacetRowsPerStep));
        if (m_facetCounter.rowCount() == total && !m_firstFacetsShown)
            emitFacets(); // the first choices of this load
    }
    // Then as many batches as fit in this turn's budget, judged by the time a row took to go in, go in
    // together (one insert, one sort); the rest wait for the next turn. A sorted table sorts every row at
    // each step: there, every batch waiting goes in at once.
    std::vector<const NumberStore *> batches;
    std::size_t rows = 0;
    const bool sorted = m_model->sortColumn() >= 0;
    while (taken < m_pendingBatches.size() && m_facetCounter.rowCount() == total &&
           (batches.empty() || sorted ||
            clock.nsecsElapsed() + qint64(rows + m_pendingBatches[taken]->size()) * m_nsPerRow <
                BatchBudgetNs)) {
        batches.push_back(m_pendingBatches[taken].get());
        rows += m_pendingBatches[taken]->size();
        ++taken;
    }
    if (!batches.empty()) {
        QElapsedTimer appending;
        appending.start();
        m_model->appendNumbers(batches);
        m_facetCounter.add(m_model->store(), total, m_model->totalCount()); // while the rows are in cache
        if (rows > 0 && !sorted)
            m_nsPerRow = std::max<qint64>(1, appending.nsecsElapsed() / qint64(rows));
    }
    m_pendingBatches.erase(m_pendingBatches.begin(), m_pendingBatches.begin() + std::ptrdiff_t(taken));
    m_inStep = false;
    if (!m_pendingBatches.empty() || m_facetCounter.rowCount() < m_model->totalCount())
        m_batchTimer.start();
    else if (m_showingLastBatches)
        finishLoad();
}

void NumbersLoadController::expect(qint64 total)
{
    if (total > 0 && total != m_expectedRecords) {
        // Room for every number at once: the store never grows by copying what it holds.
        m_expectedRecords = total;
        if (m_receivedFirstBatch)
            m_model->reserve(static_cast<std::size_t>(total));
    }
}

void NumbersLoadController::progress(qint64 bytes, qint64 records, qint64 total)
{
    expect(total);
    // A few updates a second are enough to read; each one relayouts the window's status bar.
    if (m_progressShown.isValid() && m_progressShown.elapsed() < 150)
        return;
    m_progressShown.start();
    emit progressed(bytes, records, total);
}

void NumbersLoadController::loadEnded(const LoadError &error)
{
    sender()->deleteLater();
    m_load = nullptr;
    m_endError = error;
    m_showingLastBatches = true;
    // The step that shows the last batches finishes the load (now, when every batch is shown).
    if (!m_batchTimer.isActive() && !m_inStep)
        showPendingBatches();
}

void NumbersLoadController::finishLoad()
{
    m_batchTimer.stop();
    m_showingLastBatches = false;
    m_complete = !m_endError.isError();
    if (!m_firstFacetsShown || m_facetCounter.rowCount() != m_facetsRowCount)
        emitFacets();
    emit stateChanged();
    emit finished(std::exchange(m_endError, {}));
}

void NumbersLoadController::refreshFacets()
{
    m_facetCounter.clear();
    m_facetCounter.add(m_model->store(), 0, m_model->totalCount());
    emitFacets();
}

void NumbersLoadController::emitFacets()
{
    m_firstFacetsShown = true;
    m_facetsRowCount = m_facetCounter.rowCount();
    m_facets = m_facetCounter.facets(m_model->store());
    emit facetsChanged(m_facets);
}
