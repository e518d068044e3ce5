#include "RequestJob.h"

#include "data/HumanFormat.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

#include <algorithm>

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QStringLiteral("https") ? 443 : 80)
        == b.port(b.scheme() == QStringLiteral("https") ? 443 : 80);
}

QString hostAndPort(const QUrl& url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

RequestJob::RequestJob(QNetworkAccessManager& network, PreparedRequest request, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_request.timeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort();
        }
    });
    m_response.url = m_request.displayUrl();
}

RequestJob::~RequestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RequestJob::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_clock.start();
    if (!m_request.saveTo.isEmpty()) {
        m_file = std::make_unique<QFile>(m_request.saveTo);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString problem = m_file->errorString();
            m_file.reset();
            QTimer::singleShot(0, this, [this, problem] {
                complete(Response::Outcome::FileError,
                         tr("Latchkey could not write to %1: %2").arg(m_request.saveTo, problem));
            });
            return;
        }
    }
    send();
}

void RequestJob::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else {
        complete(Response::Outcome::Cancelled, tr("Cancelled."));
    }
}

void RequestJob::touch()
{
    m_idle.start();
}

void RequestJob::send()
{
    QNetworkRequest request(m_request.url);
    for (const HttpHeaders::Header& header : m_request.headers.list()) {
        request.setRawHeader(header.first, header.second);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);

    m_reply = m_network.sendCustomRequest(request, m_request.method, m_request.body);
    // Take the body in pieces of at most a few megabytes, so no single read
    // (and no single step of the UI thread) handles a huge amount at once.
    m_reply->setReadBufferSize(readBufferBytes);
    m_headersAnnounced = false;
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestJob::readAvailable);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RequestJob::replyMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &RequestJob::replyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &RequestJob::touch);
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        touch();
        m_response.timings.connectStartMs = m_clock.elapsed();
    });
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_response.timings.tlsDoneMs = m_clock.elapsed(); });
    connect(m_reply, &QNetworkReply::requestSent, this,
            [this] { m_response.timings.requestSentMs = m_clock.elapsed(); });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: a token is not sent to a server that cannot be verified.
        QStringList reasons;
        for (const QSslError& error : errors) {
            reasons.append(error.errorString());
        }
        m_sslProblems = reasons.join(QStringLiteral("; "));
        m_response.certificateSummary = certificateSummary(errors);
    });
    touch();
}

void RequestJob::replyMetaData()
{
    touch();
    if (m_response.timings.firstByteMs < 0) {
        m_response.timings.firstByteMs = m_clock.elapsed();
    }
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > 0) {
        m_response.expectedSize = length;
    }
}

void RequestJob::readAvailable()
{
    touch();
    if (!m_reply) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = (status >= 301 && status <= 308) && m_reply->hasRawHeader("Location");
    if (redirect && m_redirects.size() < m_request.maxRedirects) {
        m_reply->readAll(); // the redirect's own body is not kept
        return;
    }
    if (!m_headersAnnounced) {
        m_headersAnnounced = true;
        Response partial = m_response;
        partial.status = status;
        emit headersReceived(partial);
    }
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty()) {
        return;
    }
    m_response.bodySize += chunk.size();
    if (m_file) {
        if (m_file->write(chunk) != chunk.size()) {
            m_fileFailed = true;
            m_reply->abort();
            return;
        }
    } else {
        if (m_response.body.size() + chunk.size() > m_request.maxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        const qint64 needed = m_response.body.size() + chunk.size();
        if (m_response.body.isEmpty() && m_response.expectedSize > 0
            && m_response.expectedSize <= m_request.maxBodyBytes) {
            m_response.body.reserve(m_response.expectedSize);
        } else if (needed > m_response.body.capacity() && needed > growInBulkFromBytes) {
            // Unknown length (or more than announced, as with a compressed answer): see bulkBodyBytes.
            m_response.body.reserve(
                std::max(needed, std::min(std::max(needed * 2, bulkBodyBytes), m_request.maxBodyBytes)));
        }
        m_response.body.append(chunk);
        emit bodyChunk(chunk);
    }
    emit progress(m_response.bodySize, m_response.expectedSize);
}

bool RequestJob::followRedirect(QNetworkReply* reply, int status)
{
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty() || m_redirects.size() >= m_request.maxRedirects) {
        return false;
    }
    const QUrl from = m_request.url;
    const QUrl to = from.resolved(QUrl::fromEncoded(location));
    if (!to.isValid() || (to.scheme() != QStringLiteral("https") && to.scheme() != QStringLiteral("http"))) {
        return false;
    }
    // Like browsers and curl: 303 turns into GET; so do 301/302 after a POST.
    if (status == 303 && m_request.method != "HEAD") {
        m_request.method = "GET";
        m_request.body.clear();
        m_request.headers.remove("Content-Type");
    } else if ((status == 301 || status == 302) && m_request.method == "POST") {
        m_request.method = "GET";
        m_request.body.clear();
        m_request.headers.remove("Content-Type");
    }
    // DESIGN rule 3: every credential stays behind when the origin changes
    // (including credential parameters a server copied into the new address).
    m_request.url = to;
    if (!sameOrigin(from, to) && m_request.hasCredentials()) {
        m_request.stripCredentials();
        m_response.credentialsDroppedOnRedirect = true;
    }
    m_redirects.append(m_request.displayUrl());
    return true;
}

void RequestJob::replyFinished()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_idle.stop();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (finishIfStopped()) {
        return;
    }

    if (statusAttribute.isValid() && status >= 300 && status < 400 && followRedirect(reply, status)) {
        send();
        return;
    }

    if (!statusAttribute.isValid()) {
        QString detail;
        const QString message = describeNetworkError(error, &detail);
        complete(outcomeFor(error), message, detail.isEmpty() ? reply->errorString() : detail);
        return;
    }

    // A response arrived. Anything left unread is read now.
    m_reply = reply;
    readAvailable();
    m_reply = nullptr;
    if (finishIfStopped()) {
        return;
    }
    const QString errorText = reply->errorString();
    if (error != QNetworkReply::NoError && errorText.contains(QStringLiteral("ecompress"), Qt::CaseInsensitive)) {
        complete(Response::Outcome::Decompression,
                 tr("The answer from %1 was compressed in a way Latchkey will not unpack: it expands far too much "
                    "(a \"decompression bomb\") or is broken.")
                     .arg(hostAndPort(m_request.url)),
                 errorText);
        return;
    }
    // Network-level errors (Qt numbers them below 200) after the headers: the
    // connection broke in the middle of the answer.
    if (error != QNetworkReply::NoError && error < 200) {
        complete(Response::Outcome::NetworkError,
                 tr("The connection to %1 broke after %2 bytes of the answer. Try again.")
                     .arg(hostAndPort(m_request.url))
                     .arg(m_response.bodySize),
                 errorText);
        return;
    }

    m_response.status = status;
    m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_response.httpVersion = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
        ? QStringLiteral("HTTP/2")
        : QStringLiteral("HTTP/1.1");
    HttpHeaders headers;
    for (const QNetworkReply::RawHeaderPair& pair : reply->rawHeaderPairs()) {
        headers.append(pair.first, pair.second);
    }
    m_response.headers = headers;
    complete(Response::Outcome::Received);
}

bool RequestJob::finishIfStopped()
{
    if (m_cancelled) {
        complete(Response::Outcome::Cancelled, tr("Cancelled."));
        return true;
    }
    if (m_timedOut) {
        complete(Response::Outcome::Timeout,
                 tr("No answer from %1 within %2. The service may be slow or unreachable; try again, or "
                    "raise the timeout in the settings.")
                     .arg(hostAndPort(m_request.url), HumanFormat::seconds(m_request.timeoutMs)));
        return true;
    }
    if (m_tooLarge) {
        complete(Response::Outcome::TooLarge,
                 tr("The answer is larger than %1 MB, more than Latchkey keeps in memory. Save it to a file instead.")
                     .arg(m_request.maxBodyBytes / (1024 * 1024)));
        return true;
    }
    if (m_fileFailed) {
        complete(Response::Outcome::FileError,
                 tr("Latchkey could not write the answer to %1: %2")
                     .arg(m_request.saveTo, m_file ? m_file->errorString() : QString()));
        return true;
    }

    return false;
}

void RequestJob::complete(Response::Outcome outcome, const QString& message, const QString& detail)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_idle.stop();
    if (m_file) {
        m_file->close();
        if (outcome == Response::Outcome::Received) {
            m_response.bodyFile = m_request.saveTo;
        } else {
            m_file->remove();
        }
        m_file.reset();
    }
    m_response.outcome = outcome;
    m_response.errorMessage = message;
    m_response.errorDetail = detail;
    m_response.finalUrl = m_request.displayUrl();
    m_response.redirects = m_redirects;
    m_response.timings.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (outcome != Response::Outcome::Received) {
        m_response.body.clear();
    } else if (m_response.body.capacity() > 2 * m_response.body.size() + growInBulkFromBytes) {
        m_response.body.squeeze(); // room taken in bulk (see bulkBodyBytes) for a body that stayed small
    }
    emit finished(m_response);
}

Response::Outcome RequestJob::outcomeFor(int code) const
{
    switch (static_cast<QNetworkReply::NetworkError>(code)) {
    case QNetworkReply::SslHandshakeFailedError:
        return Response::Outcome::TlsError;
    case QNetworkReply::TimeoutError:
        return Response::Outcome::Timeout;
    case QNetworkReply::OperationCanceledError:
        return m_sslProblems.isEmpty() ? Response::Outcome::Cancelled : Response::Outcome::TlsError;
    default:
        return m_sslProblems.isEmpty() ? Response::Outcome::NetworkError : Response::Outcome::TlsError;
    }
}

QString RequestJob::describeNetworkError(int code, QString* detail) const
{
    const QString host = hostAndPort(m_request.url);
    if (!m_sslProblems.isEmpty()) {
        *detail = m_sslProblems;
        return tr("Latchkey could not verify the identity of %1 (%2), so it did not send your request. This happens "
                  "with a wrong address, a misconfigured server, or someone intercepting the connection.%3")
            .arg(host, m_sslProblems,
                 m_response.certificateSummary.isEmpty() ? QString()
                                                         : QStringLiteral(" ") + m_response.certificateSummary);
    }
    switch (static_cast<QNetworkReply::NetworkError>(code)) {
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the server %1. Check the address for typing mistakes, and that you are connected "
                  "to the internet.")
            .arg(m_request.url.host());
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: nothing is answering there. Check the address and port, or try "
                  "again later.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering. Try again; if it keeps happening, the service may "
                  "be having trouble.")
            .arg(host);
    case QNetworkReply::TimeoutError:
        return tr("%1 did not answer in time. Try again later.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be set up. The server may not support secure connections "
                  "at this address.")
            .arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available. Check your connection, then try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used to reach %1. Check your proxy settings.").arg(host);
    case QNetworkReply::ProtocolUnknownError:
        return tr("Latchkey only speaks http:// and https://, not \"%1\".").arg(m_request.url.scheme());
    default:
        return tr("The request to %1 failed before an answer arrived.").arg(host);
    }
}

QString RequestJob::certificateSummary(const QList<QSslError>& errors)
{
    for (const QSslError& error : errors) {
        const QSslCertificate cert = error.certificate();
        if (cert.isNull()) {
            continue;
        }
        const QString subject = cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QString issuer = cert.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
        if (issuer.isEmpty()) {
            issuer = cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        }
        return tr("The certificate was issued to \"%1\" by \"%2\", valid from %3 until %4.")
            .arg(subject, issuer, cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate));
    }
    return {};
}
