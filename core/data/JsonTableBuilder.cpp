#include "JsonTableBuilder.h"

#include "JsonRowReader.h"
#include "JsonTableModel.h"

#include <QThread>

#include <algorithm>

namespace {

constexpr qint64 kBatchTargetNs = 25'000'000; // about 25 ms of reading per batch

} // namespace

JsonTableBuilder::JsonTableBuilder(QObject* parent)
    : QObject(parent)
{ }

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
    m_shared.reset();
}

void JsonTableBuilder::cancel()
{
    stopWorker();
    ++m_generation; // batches already posted are dropped
    if (m_running) {
        m_running = false;
        m_totalMs = m_clock.elapsed();
    }
}

JsonTable JsonTableBuilder::takeTable()
{
    JsonTable table = std::move(m_table);
    m_table = JsonTable();
    return table;
}

void JsonTableBuilder::start(const QByteArray& body, const QString& itemsPath)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_table = JsonTable();
    m_error = JsonTable::Error();
    m_bytesTotal = body.size();
    m_firstRowsMs = -1;
    m_totalMs = -1;
    m_longestDeliveryMs = 0;
    m_running = true;
    m_clock.start();
    m_shared = std::make_shared<Shared>();

    const std::shared_ptr<Shared> shared = m_shared;
    const int firstBatch = m_firstBatchRows;
    const int maxBatch = m_maxBatchRows;
    // `this` outlives the worker: the destructor and start() wait for it, and events posted to a
    // deleted object are dropped by Qt.
    m_thread = QThread::create([this, shared, body, itemsPath, generation, firstBatch, maxBatch] {
        JsonRowReader reader(body, itemsPath);
        int batchRows = firstBatch;
        QElapsedTimer timer;
        while (!shared->cancelled) {
            auto rows = std::make_shared<JsonTable>();
            timer.start();
            reader.read(*rows, batchRows);
            const qint64 ns = timer.nsecsElapsed();
            const bool done = reader.atEnd();
            const JsonTable::Error error = reader.error();
            const qint64 position = reader.position();
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows, position, done, error] { deliver(generation, rows, position, done, error); },
                Qt::QueuedConnection);
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

void JsonTableBuilder::deliver(quint64 generation, std::shared_ptr<JsonTable> rows, qint64 bytesRead, bool done,
                               const JsonTable::Error& error)
{
    if (generation != m_generation) {
        return;
    }
    QElapsedTimer delivery;
    delivery.start();
    const int added = rows->rowCount();
    if (m_target) {
        m_target->appendRows(std::move(*rows));
    } else {
        m_table.append(std::move(*rows));
    }
    const int total = m_target ? m_target->rowCount() : m_table.rowCount();
    if (added > 0 && m_firstRowsMs < 0) {
        m_firstRowsMs = m_clock.elapsed();
        // Room for the rows still to come, estimated from the first batch: later batches are then
        // copied in without the columns growing (and being copied whole) on the UI thread.
        if (!done && bytesRead > 0) {
            const auto expected
                = static_cast<qsizetype>(double(total) * double(m_bytesTotal) / double(bytesRead) * 1.05);
            if (m_target) {
                m_target->reserveRows(expected);
            } else {
                m_table.reserveRows(expected);
            }
        }
    }
    m_longestDeliveryMs = std::max(m_longestDeliveryMs, delivery.elapsed());
    if (added > 0) {
        emit rowsAdded(total, bytesRead, m_bytesTotal);
    }
    if (done) {
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
        m_shared.reset();
        m_error = error;
        m_running = false;
        if (m_target) {
            m_target->squeeze();
        } else {
            m_table.squeeze();
        }
        m_totalMs = m_clock.elapsed();
        emit finished(!error.isError());
    }
}
