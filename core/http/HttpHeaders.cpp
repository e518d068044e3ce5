#include "HttpHeaders.h"

namespace {

bool sameName(const QByteArray& a, const QByteArray& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

HttpHeaders::HttpHeaders(std::initializer_list<Header> headers)
    : m_headers(headers)
{ }

void HttpHeaders::append(const QByteArray& name, const QByteArray& value)
{
    m_headers.append({name, value});
}

void HttpHeaders::set(const QByteArray& name, const QByteArray& value)
{
    remove(name);
    append(name, value);
}

void HttpHeaders::remove(const QByteArray& name)
{
    m_headers.removeIf([&name](const Header& header) { return sameName(header.first, name); });
}

bool HttpHeaders::contains(const QByteArray& name) const
{
    for (const Header& header : m_headers) {
        if (sameName(header.first, name)) {
            return true;
        }
    }
    return false;
}

QByteArray HttpHeaders::value(const QByteArray& name) const
{
    for (const Header& header : m_headers) {
        if (sameName(header.first, name)) {
            return header.second;
        }
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(const QByteArray& name) const
{
    QList<QByteArray> found;
    for (const Header& header : m_headers) {
        if (sameName(header.first, name)) {
            found.append(header.second);
        }
    }
    return found;
}
