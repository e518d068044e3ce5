#pragma once

#include "JsonTable.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class JsonTableModel;
class QThread;

// Reads a JSON body into table rows on a worker thread and hands them to the UI thread in
// batches, so the table shows its first rows at once and stays usable while the rest loads.
// The UI thread only merges finished batches (a copy of their text), never parses.
//
//     auto* builder = new JsonTableBuilder(this);
//     builder->setTarget(model);                  // rows are appended to it as they come
//     connect(builder, &JsonTableBuilder::finished, …);
//     builder->start(response.body);
//
// Without a target, the rows collect in table(). Starting again, cancel() or destroying the
// builder stops the worker (it checks between batches) and drops batches not delivered yet.
class JsonTableBuilder : public QObject
{
    Q_OBJECT

public:
    explicit JsonTableBuilder(QObject* parent = nullptr);
    ~JsonTableBuilder() override;

    void setTarget(JsonTableModel* model);
    // Rows in the first batch (small, so something shows quickly); later batches grow until one
    // takes about 25 ms to read, up to maxBatchRows.
    void setBatchSizes(int firstBatchRows, int maxBatchRows);

    void start(const QByteArray& body, const QString& itemsPath = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // Without a target: the rows read so far.
    const JsonTable& table() const { return m_table; }
    JsonTable takeTable();
    JsonTable::Error error() const { return m_error; }

    // Milliseconds from start() until the first rows were handed over / until all were.
    qint64 msToFirstRows() const { return m_firstRowsMs; }
    qint64 msTotal() const { return m_totalMs; }
    // The longest time one batch took to hand over on the UI thread (merge and model signals).
    qint64 longestDeliveryMs() const { return m_longestDeliveryMs; }

signals:
    void rowsAdded(int rowsSoFar, qint64 bytesRead, qint64 bytesTotal);
    void finished(bool ok); // error() says what went wrong when !ok

private:
    struct Shared
    {
        std::atomic<bool> cancelled {false};
    };

    void stopWorker();
    void deliver(quint64 generation, std::shared_ptr<JsonTable> rows, qint64 bytesRead, bool done,
                 const JsonTable::Error& error);

    QPointer<JsonTableModel> m_target;
    JsonTable m_table;
    JsonTable::Error m_error;
    QThread* m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    quint64 m_generation = 0;
    qint64 m_bytesTotal = 0;
    int m_firstBatchRows = 200;
    int m_maxBatchRows = 5000;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_firstRowsMs = -1;
    qint64 m_totalMs = -1;
    qint64 m_longestDeliveryMs = 0;
};
