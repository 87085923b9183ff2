#include "numbersloadcontroller.h"

#include "core/models/numberstablemodel.h"
#include "core/numberstore.h"

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
    if (m_load)
        return;
    auto *load = new NumbersLoad(settings, m_nam, tokens, this);
    m_load = load;
    m_receivedFirstBatch = false;
    m_pendingBatches.clear();
    m_progressShown.invalidate();
    m_complete = false;
    m_model->clear();
    m_tenant = settings.tenantId;
    connect(load, &NumbersLoad::batchReady, this, &NumbersLoadController::batchArrived);
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

void NumbersLoadController::setNumbers(std::unique_ptr<NumberStore> store, const QString &origin)
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
    m_model->clear();
    m_tenant.clear();
    m_complete = false;
    refreshFacets();
    emit stateChanged();
}

void NumbersLoadController::batchArrived(const std::shared_ptr<NumberStore> &batch)
{
    // Pages parsed together arrive together: they go into the table in one step (one sort, one insert).
    m_pendingBatches.push_back(batch);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void NumbersLoadController::showPendingBatches()
{
    m_batchTimer.stop();
    if (m_pendingBatches.empty())
        return;
    std::vector<std::shared_ptr<NumberStore>> batches = std::exchange(m_pendingBatches, {});
    NumberStore &first = *batches.front();
    for (std::size_t i = 1; i < batches.size(); ++i)
        first.append(std::move(*batches[i]));
    if (!m_receivedFirstBatch) {
        // The first batch (a whole v2 list) is adopted, not copied.
        m_receivedFirstBatch = true;
        m_model->setStore(std::make_unique<NumberStore>(std::move(first)));
        refreshFacets();
        emit firstBatchShown();
        return;
    }
    m_model->appendNumbers(first);
}

void NumbersLoadController::progress(qint64 bytes, qint64 records, qint64 total)
{
    // A few updates a second are enough to read; each one relayouts the window's status bar.
    if (m_progressShown.isValid() && m_progressShown.elapsed() < 150)
        return;
    m_progressShown.start();
    emit progressed(bytes, records, total);
}

void NumbersLoadController::loadEnded(const LoadError &error)
{
    showPendingBatches();
    m_load = nullptr;
    sender()->deleteLater();
    m_complete = !error.isError();
    if (m_model->totalCount() != m_facetsRowCount) // a v2 list got its choices with its only batch
        refreshFacets();
    emit stateChanged();
    emit finished(error);
}

void NumbersLoadController::refreshFacets()
{
    m_facetsRowCount = m_model->totalCount();
    m_facets = NumberFacets::of(m_model->store());
    emit facetsChanged(m_facets);
}
