#pragma once

#include "SendResult.h"

#include <QObject>
#include <QPointer>

class RequestJob;

// One request being sent by RequestSender. Emits finished() exactly once.
class SendJob : public QObject
{
    Q_OBJECT
public:
    explicit SendJob(QObject* parent = nullptr);

    void cancel();
    bool isRunning() const { return !m_done; }

signals:
    // The request is on its way (the URL and headers as sent, masked).
    void started(const SendResult& sending);
    void progress(qint64 received, qint64 total);
    void headersReceived(const Response& partial);
    void bodyChunk(const QByteArray& chunk);
    void finished(const SendResult& result);

private:
    friend class RequestSender;
    void attach(RequestJob* job);
    void finish(const SendResult& result);

    QPointer<RequestJob> m_job;
    bool m_cancelled = false;
    bool m_done = false;
};
