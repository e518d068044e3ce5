#include "SendJob.h"

#include "RequestJob.h"

#include <QTimer>

SendJob::SendJob(QObject* parent)
    : QObject(parent)
{ }

void SendJob::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    }
}

void SendJob::attach(RequestJob* job)
{
    m_job = job;
    connect(job, &RequestJob::progress, this, &SendJob::progress);
    connect(job, &RequestJob::headersReceived, this, &SendJob::headersReceived);
    connect(job, &RequestJob::bodyChunk, this, &SendJob::bodyChunk);
}

void SendJob::finish(const SendResult& result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}
