#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An ordered list of HTTP headers (names compared case-insensitively), as
// sent or received. Keeps duplicates, because HTTP allows them.
class HttpHeaders
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Header> headers);

    void append(const QByteArray& name, const QByteArray& value);
    // Replaces every header called `name` by one with `value`.
    void set(const QByteArray& name, const QByteArray& value);
    void remove(const QByteArray& name);
    bool contains(const QByteArray& name) const;
    // The first value, or an empty array.
    QByteArray value(const QByteArray& name) const;
    QList<QByteArray> values(const QByteArray& name) const;

    const QList<Header>& list() const { return m_headers; }
    bool isEmpty() const { return m_headers.isEmpty(); }
    qsizetype size() const { return m_headers.size(); }

    bool operator==(const HttpHeaders&) const = default;

private:
    QList<Header> m_headers;
};
