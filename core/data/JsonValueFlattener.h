#pragma once

#include "JsonTable.h"

#include <QByteArray>
#include <QJsonValue>

#include <string>

class QJsonArray;
class QJsonObject;

// The QJsonValue path into a JsonTable (JsonTable::fromJsonValue): the same rules as
// JsonRowReader, which reads raw bytes, over a parsed document.
class JsonValueFlattener
{
public:
    explicit JsonValueFlattener(JsonTable& table)
        : m_table(table)
    { }
    void read(const QJsonValue& root);

private:
    static QJsonValue navigate(const QJsonValue& root, const QString& path, bool* found);
    static bool locate(const QJsonObject& object, int level, const std::string& prefix, QJsonValue* list,
                       std::string* path, qint64* count);
    static bool isListName(const QString& key);
    void row(const QJsonValue& element);
    int column(const QByteArray& path, const QList<QByteArray>& keys);
    void flatten(const QJsonObject& object, const QByteArray& prefix, const QList<QByteArray>& keys);
    void cell(int columnIndex, const QJsonValue& value);
    void arrayCell(int columnIndex, const QJsonArray& array);

    JsonTable& m_table;
    QByteArray m_page;
    quint32 m_pageIndex = 0;
};
