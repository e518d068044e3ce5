#pragma once

#include "RequestSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

struct Response;

// How a service splits a list into pages, and how to ask for the next one. Read from the
// provider file's "pagination" object (docs/provider-format.md), or chosen by hand for a custom
// API. Pure functions of a page's request and answer, so every style is tested without a network:
//
//   link    the Link header's rel="next" (GitHub, Mastodon), or a next URL in the body (nextUrlPath)
//   page    page=N&per_page=M; the next number from X-Next-Page (GitLab), the body (nextPagePath),
//           X-Total-Pages / totalPagesPath, or else "a full page means there may be more"
//   cursor  the body's next cursor (nextCursorPath) sent back as cursorParam, until it is empty or
//           hasMorePath says false (Notion, Slack, Airtable)
//   offset  offset=N&limit=M, moving by the items received, until totalPath is reached or a page
//           comes back short (Contentful, Jira)
//   auto    the style the answer shows: a Link header, X-Next-Page, next_cursor, links.next, total+skip
class PageRule
{
    Q_DECLARE_TR_FUNCTIONS(PageRule)

public:
    enum class Style {
        Auto, // "none" in a provider file: find out from the answer
        Link,
        Page,
        Cursor,
        Offset,
    };

    Style style = Style::Auto;
    QString itemsPath; // where the list is in each page ("" = found automatically)
    QString sizeParam; // page size parameter added to the first request when the address has none
    int size = 0;
    // link
    QString nextUrlPath; // the next page's URL in the body (links.next), when there is no Link header
    // page
    QString pageParam = QStringLiteral("page");
    QString nextPageHeader; // X-Next-Page: the next page number, empty on the last page
    QString totalPagesHeader; // X-Total-Pages
    QString nextPagePath; // body: the next page number (null on the last), or its URL
    QString totalPagesPath; // body: how many pages there are
    // cursor
    QString cursorParam;
    QString nextCursorPath;
    QString hasMorePath;
    bool cursorInBody = false; // the cursor goes into the JSON body (POST searches), not the query
    // offset
    QString offsetParam;
    QString limitParam;
    QString totalPath; // body: items in all
    QString totalHeader; // items in all (X-Total)

    static PageRule fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    // The usual parameter names for a style, for a custom API whose style is chosen by hand.
    static PageRule forStyle(Style style);
    static QString styleName(Style style); // auto, link, page, cursor, offset
    static std::optional<Style> styleFromName(const QString& name); // "none" is auto
    static QString styleLabel(Style style); // plain language, for a menu

    // What one page said about the pages after it (read off the UI thread with the rows).
    struct Facts
    {
        int items = 0; // rows on this page
        QJsonValue nextUrl;
        QJsonValue nextPage;
        QJsonValue totalPages;
        QJsonValue nextCursor;
        QJsonValue hasMore;
        QJsonValue total;
    };
    // Whether the facts need the body parsed as JSON (for Link and header-only styles they do not).
    bool needsBody() const;
    Facts readFacts(const QJsonValue& root, int items) const;

    // This rule, or for Auto the style the answer shows (still Auto when it shows none).
    PageRule resolved(const Response& response, const QJsonValue& root) const;

    struct Next
    {
        bool more = false;
        RequestSpec request; // the next page's request
        int totalPages = -1; // when the service says
        qint64 totalItems = -1;
    };
    // `sent` is the request of this page ({{variables}} filled), `response` its answer.
    Next next(const RequestSpec& sent, const Response& response, const Facts& facts) const;

    // The first page's request: the page size added when the address does not set one.
    RequestSpec firstRequest(const RequestSpec& spec) const;

    // `url` with the query parameter `name` set to `value` (replaced where it was, else appended).
    static QString withQueryParameter(const QString& url, const QString& name, const QString& value);
    static QString queryParameter(const QString& url, const QString& name);
};
