#include "Paginator.h"

#include "RateLimit.h"
#include "ResponseSummary.h"
#include "SendJob.h"
#include "data/HumanFormat.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>

#include <memory>

struct Paginator::Parsed
{
    JsonTable rows;
    QJsonValue root = QJsonValue(QJsonValue::Undefined);
    QByteArray hash;
};

namespace {

QString requestKey(const RequestSpec& spec)
{
    return spec.method + QLatin1Char(' ') + spec.url + QLatin1Char('\n') + spec.body;
}

bool startsWithObject(const QByteArray& body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        return c == '{';
    }
    return false;
}

} // namespace

Paginator::Paginator(RequestSender& sender, QObject* parent)
    : QObject(parent)
    , m_sender(sender)
{
    qRegisterMetaType<Paginator::Outcome>();
    qRegisterMetaType<Paginator::Page>();
    qRegisterMetaType<Paginator::Progress>();
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        if (m_running) {
            sendPage(m_waitingFor);
        }
    });
}

Paginator::~Paginator()
{
    if (m_job) {
        m_job->cancel();
    }
}

void Paginator::reset()
{
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    m_wait.stop();
    ++m_generation;
    m_running = true;
    m_retries = 0;
    m_ruleResolved = false;
    m_resolved = m_rule;
    m_itemsPath = m_rule.itemsPath;
    m_requested.clear();
    m_seenPages.clear();
    m_progress = {};
    m_outcome = Outcome::Complete;
    m_message.clear();
}

void Paginator::start(const RequestSpec& spec)
{
    reset();
    QStringList missing;
    RequestSpec expanded = m_sender.expand(spec, m_sender.valuesFor(spec.tokenId, m_options.variables), &missing);
    if (!missing.isEmpty()) {
        expanded = spec; // the sender says which values are missing
    }
    const RequestSpec first = m_rule.firstRequest(expanded);
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, first, generation] {
        if (generation == m_generation && m_running) {
            sendPage(first);
        }
    });
}

void Paginator::resume(const RequestSpec& spec, const SendResult& firstPage)
{
    reset();
    QStringList missing;
    const RequestSpec expanded = m_sender.expand(spec, m_sender.valuesFor(spec.tokenId, m_options.variables), &missing);
    m_requested.insert(requestKey(expanded));
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, expanded, firstPage, generation] {
        if (generation == m_generation && m_running) {
            onAnswer(expanded, firstPage, false);
        }
    });
}

void Paginator::cancel()
{
    if (!m_running) {
        return;
    }
    finish(Outcome::Cancelled,
           tr("Stopped: %1 loaded from %n page(s).", nullptr, m_progress.page)
               .arg(tr("%Ln item(s)", nullptr, int(std::min<qint64>(m_progress.items, INT_MAX)))));
}

void Paginator::sendPage(const RequestSpec& spec)
{
    m_requested.insert(requestKey(spec));
    SendJob* job = m_sender.send(spec, m_options, this);
    m_job = job;
    const quint64 generation = m_generation;
    connect(job, &SendJob::finished, this, [this, job, spec, generation](const SendResult& result) {
        job->deleteLater();
        if (generation != m_generation || !m_running) {
            return;
        }
        m_job = nullptr;
        onAnswer(spec, result, true);
    });
}

void Paginator::onAnswer(const RequestSpec& spec, const SendResult& result, bool emitRows)
{
    const int number = m_progress.page + 1;
    m_lastResult = result;
    if (!result.answered()) {
        finish(result.stage == SendResult::Stage::Refused ? Outcome::Refused : Outcome::Failed,
               tr("Page %1 was not loaded: %2").arg(number).arg(result.message));
        return;
    }
    const Response& response = result.response;
    if (!response.received()) {
        if (response.outcome == Response::Outcome::Cancelled) {
            cancel();
        } else {
            finish(Outcome::Failed, tr("Page %1 did not arrive: %2").arg(number).arg(response.errorMessage));
        }
        return;
    }

    const RateLimit rate = RateLimit::fromHeaders(response.headers, m_rateSpec);
    if (response.status == 429 || (response.status == 403 && rate.remaining == 0)) {
        if (m_retries >= maxRetries) {
            finish(Outcome::Failed,
                   tr("The service still answered \"too many requests\" after %n tries; stopped at "
                      "page %1.",
                      nullptr, m_retries + 1)
                       .arg(number));
            return;
        }
        qint64 ms = rate.waitSeconds() * 1000;
        if (ms <= 0) {
            ms = 1000LL << m_retries; // nothing said how long: 1, 2, 4, 8, 16 s
        }
        ++m_retries;
        waitThen(ms,
                 tr("The service asked to slow down (too many requests): waiting %1 before asking for page %2 "
                    "again.")
                     .arg(HumanFormat::seconds(ms))
                     .arg(number),
                 spec);
        return;
    }
    if (!response.isSuccess()) {
        finish(Outcome::Failed,
               tr("Page %1 came back with %2.")
                   .arg(number)
                   .arg(ResponseSummary::statusText(response.status, response.reason)));
        return;
    }
    m_retries = 0;

    // Rows and what the page says about the next one, off this thread.
    const QByteArray body = response.body;
    const QString itemsPath = m_itemsPath;
    const bool wantRoot = (m_resolved.needsBody() || !m_ruleResolved) && startsWithObject(body);
    auto promise = std::make_shared<QPromise<Parsed>>();
    QFuture<Parsed> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body, itemsPath, wantRoot] {
        Parsed parsed;
        parsed.rows = JsonTable::fromJson(body, itemsPath);
        if (wantRoot) {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (document.isObject()) {
                parsed.root = document.object();
            }
        }
        parsed.hash = QCryptographicHash::hash(body, QCryptographicHash::Sha1);
        promise->addResult(std::move(parsed));
        promise->finish();
    });
    const quint64 generation = m_generation;
    future.then(this, [this, spec, result, emitRows, generation](const Parsed& parsed) {
        if (generation == m_generation && m_running) {
            onParsed(spec, result, parsed, emitRows);
        }
    });
}

void Paginator::onParsed(const RequestSpec& spec, const SendResult& result, Parsed parsed, bool emitRows)
{
    const Response& response = result.response;
    const int number = m_progress.page + 1;
    m_lastResult.response.body.clear(); // its rows are handed over: no need to keep every body
    if (!m_ruleResolved) {
        m_resolved = m_rule.resolved(response, parsed.root);
        m_ruleResolved = true;
    }
    const int items = parsed.rows.rowCount();
    if (items > 0 && m_seenPages.contains(parsed.hash)) {
        finish(Outcome::Loop,
               tr("Page %1 is the same as a page already loaded: stopped so as not to go round in "
                  "circles. %2 loaded.")
                   .arg(number)
                   .arg(tr("%Ln item(s)", nullptr, int(std::min<qint64>(m_progress.items, INT_MAX)))));
        return;
    }
    m_seenPages.insert(parsed.hash);
    if (number == 1 && m_itemsPath.isEmpty()) {
        m_itemsPath = parsed.rows.itemsPath();
    }

    const PageRule::Facts facts = m_resolved.readFacts(parsed.root, items);
    const PageRule::Next next = m_resolved.next(spec, response, facts);
    m_progress.page = number;
    m_progress.items += items;
    if (next.totalPages > 0) {
        m_progress.totalPages = std::max(next.totalPages, number);
    }
    if (next.totalItems >= 0) {
        m_progress.totalItems = next.totalItems;
    }
    if (emitRows) {
        emit pageLoaded(Page {number, std::move(parsed.rows), result});
        if (!m_running) {
            return; // cancelled from a slot
        }
    }
    emit progressChanged(m_progress);
    if (!m_running) {
        return;
    }

    const QString loaded = tr("%Ln item(s)", nullptr, int(std::min<qint64>(m_progress.items, INT_MAX)));
    if (items == 0 || !next.more) {
        m_progress.totalPages = number;
        finish(Outcome::Complete, tr("Every page loaded: %1 on %n page(s).", nullptr, number).arg(loaded));
        return;
    }
    if (m_requested.contains(requestKey(next.request))) {
        finish(Outcome::Loop,
               tr("The link to the next page points back at a page already loaded: stopped after "
                  "page %1 so as not to go round in circles. %2 loaded.")
                   .arg(number)
                   .arg(loaded));
        return;
    }
    if (m_pageCap > 0 && number >= m_pageCap) {
        finish(Outcome::Capped,
               tr("Stopped after %n page(s) (the page limit); the service has more. %1 loaded.", nullptr, number)
                   .arg(loaded));
        return;
    }
    const RateLimit rate = RateLimit::fromHeaders(response.headers, m_rateSpec);
    if (rate.remaining == 0 && rate.resetAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(rate.resetAt);
        if (ms > 0) {
            waitThen(ms,
                     tr("No requests left until the rate limit resets at %1: waiting %2 before page %3.")
                         .arg(rate.resetAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                         .arg(HumanFormat::seconds(ms))
                         .arg(number + 1),
                     next.request);
            return;
        }
    }
    sendPage(next.request);
}

void Paginator::waitThen(qint64 milliseconds, const QString& message, const RequestSpec& spec)
{
    m_waitingFor = spec;
    m_wait.start(int(std::min<qint64>(milliseconds, INT_MAX)));
    emit waiting((milliseconds + 999) / 1000, message);
}

void Paginator::finish(Outcome outcome, const QString& message)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    ++m_generation;
    m_wait.stop();
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    m_outcome = outcome;
    m_message = message;
    emit finished(outcome, message);
}

QString Paginator::progressText(const Progress& progress)
{
    const QString items = tr("%Ln item(s) so far", nullptr, int(std::min<qint64>(progress.items, INT_MAX)));
    if (progress.totalPages > 0) {
        return tr("Page %1 of %2 · %3").arg(progress.page).arg(progress.totalPages).arg(items);
    }
    return tr("Page %1 · %2").arg(progress.page).arg(items);
}

bool Paginator::hasNextPage(const PageRule& rule, const RequestSpec& sent, const Response& response,
                            const QJsonValue& root, int items)
{
    if (!response.isSuccess() || items <= 0) {
        return false;
    }
    const PageRule resolved = rule.resolved(response, root);
    return resolved.next(sent, response, resolved.readFacts(root, items)).more;
}
