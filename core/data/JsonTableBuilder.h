#pragma once

#include "JsonTable.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>

class JsonTableModel;
class QThread;
class QTimer;

// Reads a JSON body into table rows on a worker thread and hands them to the UI thread in
// batches, so the table shows its first rows at once and stays usable while the rest loads.
// The UI thread only merges finished batches (a copy of their text), never parses, and never for
// long at a time: the worker queues its batches, and the UI thread takes them a few milliseconds'
// worth per turn of its event loop, so input, timers and painting come in between however many
// batches are waiting. With setShowInterval(), the rows merged reach the target model's views at
// most that often (each insertion makes a view lay out and repaint).
//
//     auto* builder = new JsonTableBuilder(this);
//     builder->setTarget(model);                  // rows are appended to it as they come
//     connect(builder, &JsonTableBuilder::finished, …);
//     builder->start(response.body);
//
// Without a target, the rows collect in table(). Starting again, cancel() or destroying the
// builder stops the worker (it checks between batches) and drops batches not taken over yet;
// rows already merged into the target stay there, and cancel() shows them.
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
    // With a target: rows merged are shown (JsonTableModel::showPendingRows) at most every `ms`
    // milliseconds, apart from the first batch and the last rows; 0 (the default) shows every batch.
    void setShowInterval(int ms);

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
    // The longest time one turn of the UI thread took to take batches over (merge and model signals).
    qint64 longestDeliveryMs() const { return m_longestDeliveryMs; }

signals:
    void rowsAdded(int rowsSoFar, qint64 bytesRead, qint64 bytesTotal);
    void finished(bool ok); // error() says what went wrong when !ok

private:
    struct Batch
    {
        JsonTable rows;
        qint64 bytesRead = 0;
        bool done = false;
        JsonTable::Error error;
    };

    struct Shared
    {
        std::atomic<bool> cancelled {false};
        QMutex mutex;
        std::deque<Batch> batches; // read by the worker, not taken over yet
        bool takePosted = false; // a call of take() is on its way to the UI thread
    };

    void stopWorker();
    void postTake(const std::shared_ptr<Shared>& shared);
    void take(const std::shared_ptr<Shared>& shared);
    void merge(Batch& batch);
    void showRows(); // tells about the rows merged, when it is time to
    void finish();

    QPointer<JsonTableModel> m_target;
    JsonTable m_table;
    JsonTable::Error m_error;
    QThread* m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    qint64 m_bytesTotal = 0;
    int m_firstBatchRows = 200;
    int m_maxBatchRows = 5000;
    int m_showIntervalMs = 0;
    bool m_running = false;
    bool m_readAll = false; // the worker's last batch is merged
    bool m_reserved = false;
    int m_shownRows = 0; // rows told about with rowsAdded
    double m_showNsPerRow = 0; // what showing a row to the target's views cost lately
    qint64 m_bytesRead = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastShown;
    QTimer* m_showTimer;
    qint64 m_firstRowsMs = -1;
    qint64 m_totalMs = -1;
    qint64 m_longestDeliveryMs = 0;
};
