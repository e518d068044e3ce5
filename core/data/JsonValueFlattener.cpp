#include "JsonValueFlattener.h"

#include "TableText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Names under which APIs hand out their lists, most telling first.
const char* const kListNames[]
    = {"results", "items", "data", "records", "values", "entries", "rows", "nodes", "hits", "edges"};

constexpr int kMaxLocateLevel = 3; // objects looked into below the root when finding the list

JsonTable::CellType typeOfString(QByteArrayView text)
{
    switch (TableText::classify(text)) {
    case TableText::StringShape::DateTime:
        return JsonTable::CellType::DateTime;
    case TableText::StringShape::Date:
        return JsonTable::CellType::Date;
    case TableText::StringShape::Url:
        return JsonTable::CellType::Url;
    case TableText::StringShape::Plain:
        break;
    }
    return JsonTable::CellType::Text;
}

QByteArray compactJson(const QJsonValue& value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray numberText(double number, bool* integer)
{
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 9007199254740992.0) {
        *integer = true;
        return QByteArray::number(static_cast<qint64>(number));
    }
    *integer = false;
    return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isAllObjects(const QJsonArray& array)
{
    bool object = false;
    for (const QJsonValue& element : array) {
        if (element.isObject()) {
            object = true;
        } else if (!element.isNull()) {
            return false;
        }
    }
    return object;
}

} // namespace

void JsonValueFlattener::read(const QJsonValue& root)
{
    m_pageIndex = static_cast<quint32>(m_table.m_pages.size());
    QJsonValue list = root;
    QString path;
    bool found = true;
    if (!m_table.m_itemsPath.isEmpty()) {
        path = m_table.m_itemsPath;
        list = navigate(root, path, &found);
    } else if (root.isObject()) {
        QJsonValue located;
        qint64 count = -1;
        std::string foundPath;
        if (locate(root.toObject(), 0, std::string(), &located, &foundPath, &count)) {
            list = located;
            path = TableText::decode(foundPath);
        }
    }
    if (!found) {
        return;
    }
    const JsonTable::Shape shape = list.isArray()
        ? JsonTable::Shape::List
        : (list.isObject() ? JsonTable::Shape::Object : JsonTable::Shape::Scalar);
    if (m_table.m_shape == JsonTable::Shape::None) {
        m_table.m_shape = shape;
        m_table.m_itemsPath = path;
    }
    if (list.isArray()) {
        for (const QJsonValue& element : list.toArray()) {
            row(element);
        }
    } else {
        row(list);
    }
    m_table.padColumns();
    m_table.m_pages.append(m_page);
}

QJsonValue JsonValueFlattener::navigate(const QJsonValue& root, const QString& path, bool* found)
{
    QJsonValue current = root;
    for (const QString& step : path.split(QLatin1Char('.'))) {
        if (current.isObject() && current.toObject().contains(step)) {
            current = current.toObject().value(step);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = step.toInt(&ok);
            if (!ok || index < 0 || index >= current.toArray().size()) {
                *found = false;
                return {};
            }
            current = current.toArray().at(index);
        } else {
            *found = false;
            return {};
        }
    }
    return current;
}

bool JsonValueFlattener::locate(const QJsonObject& object, int level, const std::string& prefix, QJsonValue* list,
                                std::string* path, qint64* count)
{
    for (const char* name : kListNames) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isArray()) {
            *list = value;
            *path = prefix + name;
            *count = value.toArray().size();
            return true;
        }
    }
    bool found = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Not under a key with a dot in it: a path could not name it again.
        if (it->isArray() && isAllObjects(it->toArray()) && it->toArray().size() > *count
            && !it.key().contains(QLatin1Char('.'))) {
            *list = *it;
            *path = prefix + it.key().toStdString();
            *count = it->toArray().size();
            found = true;
        }
    }
    if (found || level >= kMaxLocateLevel) {
        return found;
    }
    for (const char* name : kListNames) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isObject() && locate(value.toObject(), level + 1, prefix + name + '.', list, path, count)) {
            return true;
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isObject() || isListName(it.key()) || it.key().contains(QLatin1Char('.'))) {
            continue;
        }
        QJsonValue inner;
        std::string innerPath;
        qint64 innerCount = *count;
        if (locate(it->toObject(), level + 1, prefix + it.key().toStdString() + '.', &inner, &innerPath, &innerCount)
            && innerCount > *count) {
            *list = inner;
            *path = innerPath;
            *count = innerCount;
            found = true;
        }
    }
    return found;
}

bool JsonValueFlattener::isListName(const QString& key)
{
    for (const char* name : kListNames) {
        if (key == QLatin1String(name)) {
            return true;
        }
    }
    return false;
}

void JsonValueFlattener::row(const QJsonValue& element)
{
    m_table.beginRow();
    const qint64 offset = m_page.size();
    m_page += compactJson(element);
    const qint64 length = m_page.size() - offset;
    if (element.isObject()) {
        flatten(element.toObject(), QByteArray(), {});
    } else {
        cell(column(QByteArrayLiteral("value"), {}), element);
    }
    m_table.endRow(m_pageIndex, offset, length);
}

int JsonValueFlattener::column(const QByteArray& path, const QList<QByteArray>& keys)
{
    const int found = m_table.findColumn(path);
    return found >= 0 ? found : m_table.addColumn(path, keys);
}

void JsonValueFlattener::flatten(const QJsonObject& object, const QByteArray& prefix, const QList<QByteArray>& keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QByteArray path = prefix.isEmpty() ? key : prefix + '.' + key;
        QList<QByteArray> childKeys = keys;
        childKeys.append(key);
        if (it->isObject()) {
            flatten(it->toObject(), path, childKeys);
        } else {
            cell(column(path, childKeys), *it);
        }
    }
}

void JsonValueFlattener::cell(int columnIndex, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Object:
        m_table.setCell(columnIndex, JsonTable::CellType::Null, {});
        break;
    case QJsonValue::Bool:
        if (value.toBool()) {
            m_table.setCell(columnIndex, JsonTable::CellType::True, "true");
        } else {
            m_table.setCell(columnIndex, JsonTable::CellType::False, "false");
        }
        break;
    case QJsonValue::Double: {
        bool integer = false;
        const QByteArray text = numberText(value.toDouble(), &integer);
        m_table.setCell(columnIndex, integer ? JsonTable::CellType::Integer : JsonTable::CellType::Decimal, text);
        break;
    }
    case QJsonValue::String: {
        const QByteArray text = value.toString().toUtf8();
        m_table.setCell(columnIndex, typeOfString(text), text);
        break;
    }
    case QJsonValue::Array:
        arrayCell(columnIndex, value.toArray());
        break;
    }
}

void JsonValueFlattener::arrayCell(int columnIndex, const QJsonArray& array)
{
    if (array.isEmpty()) {
        m_table.setCell(columnIndex, JsonTable::CellType::EmptyList, {});
        return;
    }
    bool nested = false;
    QByteArray joined;
    int appended = 0;
    for (const QJsonValue& element : array) {
        if (element.isObject() || element.isArray()) {
            nested = true;
            break;
        }
        if (element.isNull()) {
            continue;
        }
        if (appended++ > 0) {
            joined += ", ";
        }
        if (element.isString()) {
            joined += element.toString().toUtf8();
        } else if (element.isBool()) {
            joined += element.toBool() ? "true" : "false";
        } else {
            bool integer = false;
            joined += numberText(element.toDouble(), &integer);
        }
    }
    if (!nested && appended == 0) {
        m_table.setCell(columnIndex, JsonTable::CellType::EmptyList, {});
        return;
    }
    const qint64 offset = m_page.size();
    m_page += QJsonDocument(array).toJson(QJsonDocument::Compact);
    const qint64 length = m_page.size() - offset;
    if (nested) {
        m_table.setCell(columnIndex, JsonTable::CellType::Nested, QByteArray::number(array.size()));
    } else {
        m_table.setCell(columnIndex, JsonTable::CellType::List, joined);
    }
    m_table.setNested(columnIndex, offset, length);
}
