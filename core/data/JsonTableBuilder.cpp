#include "JsonTableBuilder.h"

#include "JsonRowReader.h"
#include "JsonTableModel.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kBatchTargetNs = 25'000'000; // about 25 ms of reading per batch
// The UI thread merges batches for about this long, then lets its event loop run before going on.
constexpr qint64 kTurnBudgetNs = 4'000'000;
// Showing rows costs the UI thread time in proportion to their number, a little for a plain table
// and more when it is sorted or searched (each new row is matched and merged into the order). A
// backlog goes in steps of about this long each, one per turn of the event loop.
constexpr qint64 kShowBudgetNs = 8'000'000;
constexpr int kMinShownAtOnce = 2000;

} // namespace

JsonTableBuilder::JsonTableBuilder(QObject* parent)
    : QObject(parent)
    , m_showTimer(new QTimer(this))
{
    m_showTimer->setSingleShot(true);
    connect(m_showTimer, &QTimer::timeout, this, &JsonTableBuilder::showRows);
}

JsonTableBuilder::~JsonTableBuilder()
{
    stopWorker();
}

void JsonTableBuilder::setTarget(JsonTableModel* model)
{
    m_target = model;
}

void JsonTableBuilder::setBatchSizes(int firstBatchRows, int maxBatchRows)
{
    m_firstBatchRows = std::max(1, firstBatchRows);
    m_maxBatchRows = std::max(m_firstBatchRows, maxBatchRows);
}

void JsonTableBuilder::setShowInterval(int ms)
{
    m_showIntervalMs = std::max(0, ms);
}

void JsonTableBuilder::stopWorker()
{
    if (m_shared) {
        m_shared->cancelled = true;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_shared.reset(); // batches not taken over yet go with it; take() calls on their way are ignored
}

void JsonTableBuilder::cancel()
{
    stopWorker();
    m_showTimer->stop();
    if (m_running) {
        m_running = false;
        m_totalMs = m_clock.elapsed();
        if (m_target) {
            m_target->showPendingRows(); // rows already merged stay in the model: let views see them
        }
    }
}

JsonTable JsonTableBuilder::takeTable()
{
    JsonTable table = std::move(m_table);
    m_table = JsonTable();
    m_shownRows = 0;
    return table;
}

void JsonTableBuilder::start(const QByteArray& body, const QString& itemsPath)
{
    cancel();
    m_table = JsonTable();
    m_error = JsonTable::Error();
    m_bytesTotal = body.size();
    m_bytesRead = 0;
    m_firstRowsMs = -1;
    m_totalMs = -1;
    m_longestDeliveryMs = 0;
    m_shownRows = 0;
    m_showNsPerRow = 0;
    m_readAll = false;
    m_reserved = false;
    m_running = true;
    m_clock.start();
    m_shared = std::make_shared<Shared>();

    const std::shared_ptr<Shared> shared = m_shared;
    const int firstBatch = m_firstBatchRows;
    const int maxBatch = m_maxBatchRows;
    // `this` outlives the worker: the destructor and start() wait for it, and events posted to a
    // deleted object are dropped by Qt.
    m_thread = QThread::create([this, shared, body, itemsPath, firstBatch, maxBatch] {
        JsonRowReader reader(body, itemsPath);
        int batchRows = firstBatch;
        QElapsedTimer timer;
        while (!shared->cancelled) {
            Batch batch;
            timer.start();
            reader.read(batch.rows, batchRows);
            const qint64 ns = timer.nsecsElapsed();
            batch.done = reader.atEnd();
            batch.error = reader.error();
            batch.bytesRead = reader.position();
            const bool done = batch.done;
            bool post = false;
            {
                const QMutexLocker lock(&shared->mutex);
                shared->batches.push_back(std::move(batch));
                post = !shared->takePosted;
                shared->takePosted = true;
            }
            if (post) {
                postTake(shared);
            }
            if (done) {
                break;
            }
            if (ns < kBatchTargetNs) {
                batchRows = std::min(maxBatch, batchRows * 2);
            }
        }
    });
    m_thread->setObjectName(QStringLiteral("JsonTableBuilder"));
    m_thread->start();
}

void JsonTableBuilder::postTake(const std::shared_ptr<Shared>& shared)
{
    QMetaObject::invokeMethod(
        this, [this, shared] { take(shared); }, Qt::QueuedConnection);
}

void JsonTableBuilder::take(const std::shared_ptr<Shared>& shared)
{
    if (shared != m_shared) {
        return; // from a run that was cancelled
    }
    QElapsedTimer turn;
    turn.start();
    bool yield = false;
    while (!m_readAll) {
        Batch batch;
        {
            const QMutexLocker lock(&shared->mutex);
            if (shared->batches.empty()) {
                shared->takePosted = false; // the worker posts again with its next batch
                break;
            }
            batch = std::move(shared->batches.front());
            shared->batches.pop_front();
        }
        const bool first = m_shownRows == 0;
        merge(batch);
        if (m_showIntervalMs == 0 || first) {
            showRows(); // every batch, or the first rows as soon as they are there
        }
        if ((first && m_shownRows > 0) || turn.nsecsElapsed() >= kTurnBudgetNs) {
            yield = !m_readAll; // the rest in a later turn, after input, timers and painting
            break;
        }
    }
    m_longestDeliveryMs = std::max(m_longestDeliveryMs, turn.elapsed());
    if (yield) {
        postTake(shared); // takePosted stays set: the worker need not post
    }
    showRows();
}

void JsonTableBuilder::merge(Batch& batch)
{
    const int added = batch.rows.rowCount();
    m_bytesRead = batch.bytesRead;
    if (batch.done) {
        m_readAll = true;
        m_error = batch.error;
    }
    if (m_target) {
        m_target->storeRows(std::move(batch.rows));
    } else {
        m_table.append(std::move(batch.rows));
    }
    // Room for the rows still to come, estimated from the rows so far: later batches are then
    // copied in without the columns growing (and being copied whole) on the UI thread. The first
    // estimate is from the first batch; later ones add room only where it runs short (values
    // getting longer, ids gaining digits), early enough that the copy is small.
    if (added > 0 && !batch.done && m_bytesRead > 0) {
        const int total = m_target ? m_target->table().rowCount() : m_table.rowCount();
        const auto expected = static_cast<qsizetype>(double(total) * double(m_bytesTotal) / double(m_bytesRead) * 1.05);
        if (!m_reserved) {
            m_reserved = true;
            if (m_target) {
                m_target->reserveRows(expected);
            } else {
                m_table.reserveRows(expected);
            }
        } else if (m_target) {
            m_target->growForRows(expected);
        } else {
            m_table.growForRows(expected);
        }
    }
}

void JsonTableBuilder::showRows()
{
    if (!m_running) {
        return;
    }
    const int pending = m_target ? m_target->pendingRows() : m_table.rowCount() - m_shownRows;
    if (pending > 0) {
        const bool due
            = m_shownRows == 0 || m_readAll || m_showIntervalMs == 0 || m_lastShown.elapsed() >= m_showIntervalMs;
        if (!due) {
            if (!m_showTimer->isActive()) {
                m_showTimer->start(static_cast<int>(m_showIntervalMs - m_lastShown.elapsed()));
            }
            return;
        }
        m_showTimer->stop();
        if (m_target) {
            int most = std::numeric_limits<int>::max();
            if (m_showIntervalMs > 0 && m_showNsPerRow > 0) {
                most = static_cast<int>(std::clamp<double>(double(kShowBudgetNs) / m_showNsPerRow, kMinShownAtOnce,
                                                           std::numeric_limits<int>::max()));
            }
            const int before = m_target->rowCount();
            QElapsedTimer cost;
            cost.start();
            m_target->showPendingRows(most);
            const int count = m_target->rowCount() - before;
            if (count >= kMinShownAtOnce) {
                m_showNsPerRow = double(cost.nsecsElapsed()) / count; // what the views and proxies make of it
            }
        }
        const int shown = m_target ? m_target->rowCount() : m_table.rowCount();
        if (m_firstRowsMs < 0) {
            m_firstRowsMs = m_clock.elapsed();
        }
        m_shownRows = shown;
        m_lastShown.start();
        emit rowsAdded(shown, m_bytesRead, m_bytesTotal);
    }
    const int left = m_target ? m_target->pendingRows() : m_table.rowCount() - m_shownRows;
    if (left > 0) {
        if (!m_showTimer->isActive()) {
            // The rest of a backlog in the next turn once all is read, else when the next show is due.
            m_showTimer->start(
                m_readAll ? 0 : static_cast<int>(std::max<qint64>(0, m_showIntervalMs - m_lastShown.elapsed())));
        }
    } else if (m_readAll) {
        finish();
    }
}

void JsonTableBuilder::finish()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_shared.reset();
    m_showTimer->stop();
    m_running = false;
    if (m_target) {
        m_target->squeeze();
    } else {
        m_table.squeeze();
    }
    m_totalMs = m_clock.elapsed();
    emit finished(!m_error.isError());
}
