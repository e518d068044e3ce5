#pragma once

#include "PageRule.h"
#include "RequestSender.h"
#include "RequestSpec.h"
#include "SendResult.h"
#include "data/JsonTable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class SendJob;

// "Load all pages": follows a list from page to page with a PageRule, through RequestSender, so
// every page passes the same token safety rules as the first (a next link to another host is
// refused by host pinning, never sent the token). Each page is read into table rows off the
// calling thread and handed over with pageLoaded() as it arrives.
//
// It stops at the last page (no next page, or an empty page), at the page cap, on Cancel, when
// the service points back at a page already loaded (a next link that repeats, or the same page
// again: the loop guard), or when a page fails. It waits — and says so with waiting() — when the
// service answers 429 (Retry-After, else backing off), and before the next page when
// X-RateLimit-Remaining is 0 (until the reset time).
//
//     auto* pages = new Paginator(sender, this);
//     pages->setRule(PageRule::fromJson(provider.pagination));
//     pages->setPageCap(settings.pageCap());
//     connect(pages, &Paginator::pageLoaded, …);       // rows of each page
//     connect(pages, &Paginator::finished, …);
//     pages->start(spec);                               // or resume(spec, firstPage)
class Paginator : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Complete, // the last page was loaded
        Capped, // the page cap was reached; there are more pages
        Cancelled,
        Loop, // the service pointed back at a page already loaded
        Failed, // a page did not arrive, or came back with an error status
        Refused, // a safety rule refused a page's request (another host, …)
    };
    Q_ENUM(Outcome)

    struct Progress
    {
        int page = 0; // pages loaded
        int totalPages = -1; // when the service says
        qint64 items = 0; // rows so far
        qint64 totalItems = -1;
    };

    struct Page
    {
        int number = 0; // 1 for the first
        JsonTable rows;
        SendResult result;
    };

    static constexpr int maxRetries = 5; // 429s in a row for one page before giving up

    explicit Paginator(RequestSender& sender, QObject* parent = nullptr);
    ~Paginator() override;

    void setRule(const PageRule& rule) { m_rule = rule; }
    const PageRule& rule() const { return m_rule; }
    // The provider's "rateLimit" object: which headers hold the remaining count and reset time.
    void setRateLimitSpec(const QJsonObject& spec) { m_rateSpec = spec; }
    void setOptions(const RequestSender::Options& options) { m_options = options; }
    void setPageCap(int pages) { m_pageCap = pages; } // 0: no cap
    int pageCap() const { return m_pageCap; }

    // Loads every page, the first included (the page size is added to the first request).
    void start(const RequestSpec& spec);
    // The first page is already loaded (and shown): reads what it says and goes on from page 2.
    // pageLoaded() is not emitted for it.
    void resume(const RequestSpec& spec, const SendResult& firstPage);
    void cancel();

    bool isRunning() const { return m_running; }
    Progress progress() const { return m_progress; }
    Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    // The answer of the last page asked for (the one that failed, when one did).
    const SendResult& lastResult() const { return m_lastResult; }

    // "Page 3 of 9 · 250 items so far"
    static QString progressText(const Progress& progress);
    // Whether an answer that was a page of `rule` has a next page (for offering "Load all pages").
    // `root` is the parsed body (Undefined when unknown), `items` the rows in it.
    static bool hasNextPage(const PageRule& rule, const RequestSpec& sent, const Response& response,
                            const QJsonValue& root, int items);

signals:
    void pageLoaded(const Paginator::Page& page);
    void progressChanged(const Paginator::Progress& progress);
    // Waiting `seconds` before the next request because of a rate limit; `message` says why.
    void waiting(qint64 seconds, const QString& message);
    void finished(Paginator::Outcome outcome, const QString& message);

private:
    struct Parsed;

    void reset();
    void sendPage(const RequestSpec& spec);
    void onAnswer(const RequestSpec& spec, const SendResult& result, bool emitRows);
    void onParsed(const RequestSpec& spec, const SendResult& result, Parsed parsed, bool emitRows);
    void waitThen(qint64 milliseconds, const QString& message, const RequestSpec& spec);
    void finish(Outcome outcome, const QString& message);

    RequestSender& m_sender;
    PageRule m_rule;
    PageRule m_resolved; // for Auto: the style the first page showed
    bool m_ruleResolved = false;
    QJsonObject m_rateSpec;
    RequestSender::Options m_options;
    int m_pageCap = 50;

    QPointer<SendJob> m_job;
    QTimer m_wait;
    RequestSpec m_waitingFor;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_retries = 0;
    QString m_itemsPath; // found on the first page, used for the rest
    QSet<QString> m_requested; // URL (and body) of every page asked for: the loop guard
    QSet<QByteArray> m_seenPages; // hashes of the pages' bodies
    Progress m_progress;
    SendResult m_lastResult;
    Outcome m_outcome = Outcome::Complete;
    QString m_message;
};

Q_DECLARE_METATYPE(Paginator::Page)
Q_DECLARE_METATYPE(Paginator::Progress)
