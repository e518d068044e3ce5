#include "PageRule.h"

#include "LinkHeader.h"
#include "Response.h"
#include "data/JsonPath.h"

#include <QJsonDocument>
#include <QUrl>

#include <climits>
#include <cmath>

namespace {

QString string(const QJsonObject& object, const char* key, const QString& fallback = {})
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

void put(QJsonObject& object, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        object.insert(QLatin1String(key), value);
    }
}

// A JSON number or numeric string as a count; -1 when it is neither.
qint64 count(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double n = value.toDouble();
        return n >= 0 && n < 9e15 ? static_cast<qint64>(n) : -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok && n >= 0 ? n : -1;
    }
    return -1;
}

qint64 headerCount(const Response& response, const QString& name)
{
    if (name.isEmpty() || !response.headers.contains(name.toLatin1())) {
        return -1;
    }
    bool ok = false;
    const qint64 n = response.headers.value(name.toLatin1()).trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

bool looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))
        || text.startsWith(QLatin1Char('/'));
}

// The URL of `target` as a request address: absolute targets as they are, relative ones resolved
// against the page that named them.
QString resolve(const QString& target, const Response& response)
{
    QUrl url(target);
    if (url.isRelative() && response.finalUrl.isValid()) {
        url = response.finalUrl.resolved(url);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

PageRule PageRule::fromJson(const QJsonObject& object)
{
    PageRule rule;
    rule.style = styleFromName(string(object, "style", QStringLiteral("none"))).value_or(Style::Auto);
    rule.itemsPath = string(object, "itemsPath");
    rule.sizeParam = string(object, "sizeParam");
    rule.size = object.value(QStringLiteral("size")).toInt(0);
    rule.nextUrlPath = string(object, "nextUrlPath");
    rule.pageParam = string(object, "pageParam", QStringLiteral("page"));
    rule.nextPageHeader = string(object, "nextPageHeader");
    rule.totalPagesHeader = string(object, "totalPagesHeader");
    rule.nextPagePath = string(object, "nextPagePath");
    rule.totalPagesPath = string(object, "totalPagesPath");
    rule.cursorParam = string(object, "cursorParam");
    rule.nextCursorPath = string(object, "nextCursorPath");
    rule.hasMorePath = string(object, "hasMorePath");
    rule.cursorInBody = string(object, "cursorIn") == QStringLiteral("body");
    rule.offsetParam = string(object, "offsetParam");
    rule.limitParam = string(object, "limitParam");
    rule.totalPath = string(object, "totalPath");
    rule.totalHeader = string(object, "totalHeader");
    if (rule.style == Style::Offset && rule.sizeParam.isEmpty()) {
        rule.sizeParam = rule.limitParam;
    }
    return rule;
}

QJsonObject PageRule::toJson() const
{
    QJsonObject object {{QStringLiteral("style"), styleName(style)}};
    put(object, "itemsPath", itemsPath);
    put(object, "sizeParam", sizeParam);
    if (size > 0) {
        object.insert(QStringLiteral("size"), size);
    }
    put(object, "nextUrlPath", nextUrlPath);
    if (style == Style::Page) {
        put(object, "pageParam", pageParam);
    }
    put(object, "nextPageHeader", nextPageHeader);
    put(object, "totalPagesHeader", totalPagesHeader);
    put(object, "nextPagePath", nextPagePath);
    put(object, "totalPagesPath", totalPagesPath);
    put(object, "cursorParam", cursorParam);
    put(object, "nextCursorPath", nextCursorPath);
    put(object, "hasMorePath", hasMorePath);
    if (style == Style::Cursor) {
        object.insert(QStringLiteral("cursorIn"), cursorInBody ? QStringLiteral("body") : QStringLiteral("query"));
    }
    put(object, "offsetParam", offsetParam);
    put(object, "limitParam", limitParam);
    put(object, "totalPath", totalPath);
    put(object, "totalHeader", totalHeader);
    return object;
}

PageRule PageRule::forStyle(Style style)
{
    PageRule rule;
    rule.style = style;
    switch (style) {
    case Style::Auto:
        break;
    case Style::Link:
        rule.nextUrlPath = QStringLiteral("links.next");
        break;
    case Style::Page:
        rule.sizeParam = QStringLiteral("per_page");
        rule.nextPageHeader = QStringLiteral("X-Next-Page");
        rule.totalPagesHeader = QStringLiteral("X-Total-Pages");
        rule.totalHeader = QStringLiteral("X-Total");
        break;
    case Style::Cursor:
        rule.cursorParam = QStringLiteral("cursor");
        rule.nextCursorPath = QStringLiteral("next_cursor");
        rule.hasMorePath = QStringLiteral("has_more");
        break;
    case Style::Offset:
        rule.offsetParam = QStringLiteral("offset");
        rule.limitParam = QStringLiteral("limit");
        rule.totalPath = QStringLiteral("total");
        break;
    }
    return rule;
}

QString PageRule::styleName(Style style)
{
    switch (style) {
    case Style::Auto:
        return QStringLiteral("auto");
    case Style::Link:
        return QStringLiteral("link");
    case Style::Page:
        return QStringLiteral("page");
    case Style::Cursor:
        return QStringLiteral("cursor");
    case Style::Offset:
        return QStringLiteral("offset");
    }
    return QStringLiteral("auto");
}

std::optional<PageRule::Style> PageRule::styleFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QStringLiteral("auto") || key == QStringLiteral("none") || key.isEmpty()) {
        return Style::Auto;
    }
    for (Style style : {Style::Link, Style::Page, Style::Cursor, Style::Offset}) {
        if (key == styleName(style)) {
            return style;
        }
    }
    return std::nullopt;
}

QString PageRule::styleLabel(Style style)
{
    switch (style) {
    case Style::Auto:
        return tr("Find out from the answer");
    case Style::Link:
        return tr("Link to the next page (Link header)");
    case Style::Page:
        return tr("Page numbers (page, per_page)");
    case Style::Cursor:
        return tr("Cursor (next_cursor, has_more)");
    case Style::Offset:
        return tr("Offset and limit (offset, limit, total)");
    }
    return {};
}

bool PageRule::needsBody() const
{
    switch (style) {
    case Style::Auto:
    case Style::Cursor:
    case Style::Offset:
        return true;
    case Style::Link:
        return !nextUrlPath.isEmpty();
    case Style::Page:
        return !nextPagePath.isEmpty() || !totalPagesPath.isEmpty();
    }
    return true;
}

PageRule::Facts PageRule::readFacts(const QJsonValue& root, int items) const
{
    Facts facts;
    facts.items = items;
    const auto at = [&root](const QString& path) -> QJsonValue {
        return path.isEmpty() ? QJsonValue(QJsonValue::Undefined) : JsonPath::value(root, path);
    };
    facts.nextUrl = at(nextUrlPath);
    facts.nextPage = at(nextPagePath);
    facts.totalPages = at(totalPagesPath);
    facts.nextCursor = at(nextCursorPath);
    facts.hasMore = at(hasMorePath);
    facts.total = at(totalPath);
    return facts;
}

PageRule PageRule::resolved(const Response& response, const QJsonValue& root) const
{
    if (style != Style::Auto) {
        return *this;
    }
    PageRule rule;
    rule.itemsPath = itemsPath;
    if (LinkHeader::target(response.headers.value("Link"), QStringLiteral("next")).isValid()) {
        rule.style = Style::Link;
        return rule;
    }
    if (response.headers.contains("X-Next-Page")) {
        rule = forStyle(Style::Page);
        rule.sizeParam.clear();
        rule.itemsPath = itemsPath;
        return rule;
    }
    if (!root.isObject()) {
        return rule;
    }
    for (const QString& path : {QStringLiteral("next_cursor"), QStringLiteral("nextCursor"),
                                QStringLiteral("response_metadata.next_cursor"), QStringLiteral("meta.next_cursor")}) {
        if (!JsonPath::value(root, path).isUndefined()) {
            rule = forStyle(Style::Cursor);
            rule.nextCursorPath = path;
            rule.hasMorePath
                = JsonPath::value(root, QStringLiteral("has_more")).isBool() ? QStringLiteral("has_more") : QString();
            rule.itemsPath = itemsPath;
            return rule;
        }
    }
    for (const QString& path : {QStringLiteral("links.next"), QStringLiteral("next"), QStringLiteral("paging.next")}) {
        const QJsonValue value = JsonPath::value(root, path);
        if (value.isString() && looksLikeUrl(value.toString())) {
            rule.style = Style::Link;
            rule.nextUrlPath = path;
            return rule;
        }
    }
    if (count(JsonPath::value(root, QStringLiteral("total"))) >= 0) {
        for (const QString& param : {QStringLiteral("skip"), QStringLiteral("offset")}) {
            if (count(JsonPath::value(root, param)) >= 0) {
                rule = forStyle(Style::Offset);
                rule.offsetParam = param;
                rule.itemsPath = itemsPath;
                return rule;
            }
        }
    }
    return rule;
}

PageRule::Next PageRule::next(const RequestSpec& sent, const Response& response, const Facts& facts) const
{
    Next next;
    next.request = sent;
    next.totalItems = headerCount(response, totalHeader);
    if (next.totalItems < 0) {
        next.totalItems = count(facts.total);
    }
    const auto follow = [&next, &response](const QString& target) {
        next.more = true;
        next.request.url = resolve(target, response);
    };

    switch (style) {
    case Style::Auto:
        break;
    case Style::Link: {
        const QByteArray header = response.headers.value("Link");
        const QHash<QString, QUrl> links = LinkHeader::parse(header, response.finalUrl);
        const QUrl last = links.value(QStringLiteral("last"));
        if (last.isValid()) {
            const qint64 lastPage = queryParameter(last.toString(), pageParam).toLongLong();
            next.totalPages = lastPage > 0 ? int(lastPage) : -1;
        }
        const QUrl target = links.value(QStringLiteral("next"));
        if (target.isValid()) {
            follow(target.toString(QUrl::FullyEncoded));
        } else if (facts.nextUrl.isString() && !facts.nextUrl.toString().isEmpty()) {
            follow(facts.nextUrl.toString());
        }
        break;
    }
    case Style::Page: {
        bool ok = false;
        const qint64 current = std::max<qint64>(1, queryParameter(sent.url, pageParam).toLongLong(&ok));
        qint64 totalPages = headerCount(response, totalPagesHeader);
        if (totalPages < 0) {
            totalPages = count(facts.totalPages);
        }
        next.totalPages = totalPages > 0 && totalPages < INT_MAX ? int(totalPages) : -1;
        qint64 nextPage = -1;
        bool decided = false;
        if (!nextPageHeader.isEmpty() && response.headers.contains(nextPageHeader.toLatin1())) {
            nextPage = headerCount(response, nextPageHeader); // empty on the last page: -1
            decided = true;
        } else if (!nextPagePath.isEmpty() && !facts.nextPage.isUndefined()) {
            decided = true;
            if (facts.nextPage.isString() && looksLikeUrl(facts.nextPage.toString())) {
                follow(facts.nextPage.toString());
                break;
            }
            nextPage = count(facts.nextPage);
        } else if (totalPages > 0) {
            nextPage = current < totalPages ? current + 1 : -1;
            decided = true;
        }
        if (!decided) {
            // No hint: a full page may have more after it.
            const qint64 asked = queryParameter(sent.url, sizeParam).toLongLong();
            const qint64 pageSize = asked > 0 ? asked : size;
            nextPage = facts.items > 0 && (pageSize <= 0 || facts.items >= pageSize) ? current + 1 : -1;
        }
        if (nextPage > 0) {
            next.more = true;
            next.request.url = withQueryParameter(sent.url, pageParam, QString::number(nextPage));
        }
        break;
    }
    case Style::Cursor: {
        QString cursor;
        if (facts.nextCursor.isString()) {
            cursor = facts.nextCursor.toString();
        } else if (facts.nextCursor.isDouble()) {
            cursor = JsonPath::toText(facts.nextCursor);
        }
        const bool noMore = facts.hasMore.isBool() && !facts.hasMore.toBool();
        if (cursor.isEmpty() || noMore || cursorParam.isEmpty()) {
            break;
        }
        next.more = true;
        if (cursorInBody) {
            QJsonObject body = QJsonDocument::fromJson(sent.body.toUtf8()).object();
            body.insert(cursorParam, cursor);
            next.request.body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
            next.request.bodyType = QStringLiteral("json");
        } else {
            next.request.url = withQueryParameter(sent.url, cursorParam, cursor);
        }
        break;
    }
    case Style::Offset: {
        const qint64 offset = std::max<qint64>(0, queryParameter(sent.url, offsetParam).toLongLong());
        const qint64 asked = queryParameter(sent.url, limitParam).toLongLong();
        const qint64 limit = asked > 0 ? asked : (size > 0 ? size : facts.items);
        const qint64 following = offset + facts.items;
        if (next.totalItems >= 0 && limit > 0) {
            next.totalPages = int((next.totalItems + limit - 1) / limit);
        }
        const bool more = facts.items > 0
            && (next.totalItems >= 0 ? following < next.totalItems : (limit <= 0 || facts.items >= limit));
        if (more && !offsetParam.isEmpty()) {
            next.more = true;
            next.request.url = withQueryParameter(sent.url, offsetParam, QString::number(following));
        }
        break;
    }
    }
    return next;
}

RequestSpec PageRule::firstRequest(const RequestSpec& spec) const
{
    RequestSpec first = spec;
    if (style == Style::Auto || sizeParam.isEmpty() || size <= 0) {
        return first;
    }
    if (style == Style::Cursor && cursorInBody) {
        QJsonObject body = QJsonDocument::fromJson(spec.body.toUtf8()).object();
        if (!body.contains(sizeParam)) {
            body.insert(sizeParam, size);
            first.body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
            first.bodyType = QStringLiteral("json");
        }
        return first;
    }
    if (queryParameter(spec.url, sizeParam).isNull()) {
        first.url = withQueryParameter(spec.url, sizeParam, QString::number(size));
    }
    return first;
}

namespace {

struct SplitUrl
{
    QString base; // up to the '?'
    QStringList pairs; // encoded "name=value"
    QString fragment; // with its '#'
};

SplitUrl split(const QString& url)
{
    SplitUrl parts;
    QString rest = url;
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        parts.fragment = rest.mid(hash);
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    if (question < 0) {
        parts.base = rest;
        return parts;
    }
    parts.base = rest.left(question);
    parts.pairs = rest.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    return parts;
}

QString decoded(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

} // namespace

QString PageRule::queryParameter(const QString& url, const QString& name)
{
    if (name.isEmpty()) {
        return {};
    }
    for (const QString& pair : split(url).pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        if (key == name) {
            return equals < 0 ? QStringLiteral("") : decoded(pair.mid(equals + 1));
        }
    }
    return {};
}

QString PageRule::withQueryParameter(const QString& url, const QString& name, const QString& value)
{
    SplitUrl parts = split(url);
    const QString pair
        = QString::fromLatin1(QUrl::toPercentEncoding(name, "[]") + '=' + QUrl::toPercentEncoding(value));
    bool replaced = false;
    for (QString& existing : parts.pairs) {
        const qsizetype equals = existing.indexOf(QLatin1Char('='));
        if (decoded(equals < 0 ? existing : existing.left(equals)) == name) {
            if (!replaced) {
                existing = pair;
                replaced = true;
            } else {
                existing.clear();
            }
        }
    }
    parts.pairs.removeAll(QString());
    if (!replaced) {
        parts.pairs.append(pair);
    }
    return parts.base + QLatin1Char('?') + parts.pairs.join(QLatin1Char('&')) + parts.fragment;
}
