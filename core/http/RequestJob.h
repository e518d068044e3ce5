#pragma once

#include "PreparedRequest.h"
#include "Response.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// One request in flight, from the first byte sent to the last redirect
// followed. Redirects are followed here, not by Qt, so that every credential
// can be dropped before a request goes to another origin (DESIGN rule 3).
// The body is read as it streams, into memory (up to a limit) or a file.
class RequestJob : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 readBufferBytes = 2 * 1024 * 1024;
    // A body of unknown length that outgrows this much gets room for at least bulkBodyBytes at
    // once (address space only: pages count once written). Blocks that large are mapped by the C
    // library on their own, and growing a mapped block remaps its pages instead of copying the
    // body; otherwise every growth of a body of tens of megabytes copies it on the UI thread.
    static constexpr qint64 growInBulkFromBytes = 1024 * 1024;
    static constexpr qint64 bulkBodyBytes = 64 * 1024 * 1024;

    RequestJob(QNetworkAccessManager& network, PreparedRequest request, QObject* parent = nullptr);
    ~RequestJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const PreparedRequest& request() const { return m_request; }

signals:
    // Bytes of the body so far, and the expected total (-1 when unknown).
    void progress(qint64 received, qint64 total);
    // The final response's status and headers are known (after redirects).
    void headersReceived(const Response& partial);
    // A piece of the body as it arrives (in-memory bodies only).
    void bodyChunk(const QByteArray& chunk);
    void finished(const Response& response);

private:
    void send();
    void readAvailable();
    void replyFinished();
    void replyMetaData();
    bool followRedirect(QNetworkReply* reply, int status);
    // Completes the job when it was cancelled, timed out or cut short; true if so.
    bool finishIfStopped();
    void complete(Response::Outcome outcome, const QString& message = {}, const QString& detail = {});
    void touch();
    QString describeNetworkError(int code, QString* detail) const;
    Response::Outcome outcomeFor(int code) const;
    static QString certificateSummary(const QList<QSslError>& errors);

    QNetworkAccessManager& m_network;
    PreparedRequest m_request;
    QPointer<QNetworkReply> m_reply;
    Response m_response;
    QElapsedTimer m_clock;
    QTimer m_idle;
    std::unique_ptr<QFile> m_file;
    QList<QUrl> m_redirects;
    QString m_sslProblems;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_fileFailed = false;
    bool m_headersAnnounced = false;
};
