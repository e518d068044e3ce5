#include "PresetStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace {

// Schema 1 (the first layout): {"presets": [{"name", "method", "url",
// "headers": {name: value}, "token", "body"}]}, no collections.
QJsonObject fromSchema1(const QJsonObject& root, const QString& collectionId)
{
    QJsonArray presets;
    for (const QJsonValue& value : root.value(QStringLiteral("presets")).toArray()) {
        const QJsonObject old = value.toObject();
        QJsonArray headers;
        const QJsonObject map = old.value(QStringLiteral("headers")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            headers.append(
                QJsonObject {{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
        }
        QJsonObject request {
            {QStringLiteral("method"), old.value(QStringLiteral("method")).toString(QStringLiteral("GET"))},
            {QStringLiteral("url"), old.value(QStringLiteral("url")).toString()},
            {QStringLiteral("headers"), headers}};
        if (old.contains(QStringLiteral("body"))) {
            request.insert(QStringLiteral("body"), old.value(QStringLiteral("body")).toString());
            request.insert(QStringLiteral("bodyType"), QStringLiteral("raw"));
        }
        if (old.contains(QStringLiteral("token"))) {
            request.insert(QStringLiteral("token"), old.value(QStringLiteral("token")).toString());
        }
        Preset preset
            = Preset::fromJson(QJsonObject {{QStringLiteral("name"), old.value(QStringLiteral("name")).toString()},
                                            {QStringLiteral("request"), request}});
        const Preset fresh = Preset::create(preset.name, preset.request);
        preset.id = old.value(QStringLiteral("id")).toString(fresh.id);
        preset.createdAt = fresh.createdAt;
        preset.updatedAt = fresh.updatedAt;
        preset.variables = fresh.variables;
        preset.collectionId = collectionId;
        presets.append(preset.toJson());
    }
    return QJsonObject {{QStringLiteral("collections"),
                         QJsonArray {Collection {collectionId, PresetStore::tr("My presets"), {}}.toJson()}},
                        {QStringLiteral("presets"), presets}};
}

} // namespace

PresetStore::PresetStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_file(path, QStringLiteral("latchkey.presets"), schemaVersion)
{ }

QJsonObject PresetStore::migrate(const QJsonObject& root, int fromSchema)
{
    QJsonObject current = root;
    if (fromSchema <= 1) {
        current = fromSchema1(current, Collection::create(QString()).id);
    }
    return current;
}

JsonFile::LoadResult PresetStore::load()
{
    JsonFile::LoadResult result = m_file.load();
    m_collections.clear();
    m_presets.clear();
    m_writable = result.writable();
    m_readOnlyReason = m_writable ? QString() : result.message;
    if (result.status == JsonFile::Status::Ok) {
        QJsonObject root = result.root;
        const bool older = result.schema < schemaVersion;
        if (older) {
            root = migrate(root, result.schema);
        }
        for (const QJsonValue& value : root.value(QStringLiteral("collections")).toArray()) {
            const Collection collection = Collection::fromJson(value.toObject());
            if (!collection.id.isEmpty()) {
                m_collections.append(collection);
            }
        }
        for (const QJsonValue& value : root.value(QStringLiteral("presets")).toArray()) {
            Preset preset = Preset::fromJson(value.toObject());
            if (preset.id.isEmpty() || preset.name.isEmpty() || indexOf(preset.id) >= 0) {
                continue;
            }
            if (!collection(preset.collectionId)) {
                preset.collectionId = defaultCollectionId();
            }
            m_presets.append(preset);
        }
        if (older) {
            // Keep the old file as it was, then write the new layout.
            QFile::copy(m_file.path(), m_file.path() + QStringLiteral(".schema%1").arg(result.schema));
            const Result saved = save();
            if (!saved.ok()) {
                result.message = saved.error;
            }
        }
    }
    emit changed();
    return result;
}

std::optional<Preset> PresetStore::preset(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<Preset>(m_presets.at(index));
}

std::optional<Preset> PresetStore::find(const QString& nameOrId) const
{
    for (const Preset& preset : m_presets) {
        if (preset.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0) {
            return preset;
        }
    }
    return preset(nameOrId);
}

std::optional<Collection> PresetStore::collection(const QString& id) const
{
    for (const Collection& collection : m_collections) {
        if (collection.id == id) {
            return collection;
        }
    }
    return std::nullopt;
}

QList<Preset> PresetStore::presetsIn(const QString& collectionId) const
{
    QList<Preset> list;
    for (const Preset& preset : m_presets) {
        if (preset.collectionId == collectionId) {
            list.append(preset);
        }
    }
    return list;
}

QString PresetStore::validateName(const QString& name, const QString& exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Give the preset a name, for example \"My open issues\".");
    }
    if (trimmed.size() > 120) {
        return tr("That name is too long; keep it under 120 characters.");
    }
    for (const Preset& preset : m_presets) {
        if (preset.id != exceptId && preset.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return tr("A preset named \"%1\" already exists. Choose another name.").arg(preset.name);
        }
    }
    return {};
}

QString PresetStore::uniqueName(const QString& name) const
{
    const QString stem = name.trimmed().isEmpty() ? tr("My request") : name.trimmed();
    if (validateName(stem).isEmpty()) {
        return stem;
    }
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (validateName(candidate).isEmpty()) {
            return candidate;
        }
    }
    return stem;
}

QString PresetStore::defaultCollectionId()
{
    if (!m_collections.isEmpty()) {
        return m_collections.first().id;
    }
    const Collection mine = Collection::create(tr("My presets"));
    m_collections.append(mine);
    return mine.id;
}

PresetStore::Result PresetStore::addCollection(const QString& name)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    if (name.trimmed().isEmpty()) {
        return {tr("Give the collection a name."), {}};
    }
    for (const Collection& existing : std::as_const(m_collections)) {
        if (existing.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return {tr("A collection named \"%1\" already exists.").arg(existing.name), existing.id};
        }
    }
    const Collection collection = Collection::create(name);
    m_collections.append(collection);
    Result result = save();
    if (!result.ok()) {
        m_collections.removeLast();
        return result;
    }
    emit changed();
    return {{}, collection.id};
}

PresetStore::Result PresetStore::renameCollection(const QString& id, const QString& name)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    for (Collection& collection : m_collections) {
        if (collection.id == id) {
            if (name.trimmed().isEmpty()) {
                return {tr("Give the collection a name."), id};
            }
            const QString previous = collection.name;
            collection.name = name.trimmed();
            Result result = save();
            if (!result.ok()) {
                collection.name = previous;
                return result;
            }
            emit changed();
            return {{}, id};
        }
    }
    return {tr("There is no such collection."), id};
}

PresetStore::Result PresetStore::removeCollection(const QString& id)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    if (!presetsIn(id).isEmpty()) {
        return {tr("The collection still holds presets: move or delete them first."), id};
    }
    const auto found
        = std::find_if(m_collections.begin(), m_collections.end(), [&id](const Collection& c) { return c.id == id; });
    if (found == m_collections.end()) {
        return {tr("There is no such collection."), id};
    }
    const Collection removed = *found;
    const qsizetype index = found - m_collections.begin();
    m_collections.removeAt(index);
    Result result = save();
    if (!result.ok()) {
        m_collections.insert(index, removed);
        return result;
    }
    emit changed();
    return {{}, id};
}

PresetStore::Result PresetStore::add(Preset preset)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    preset.name = preset.name.trimmed();
    if (const QString problem = validateName(preset.name); !problem.isEmpty()) {
        return {problem, {}};
    }
    if (preset.id.isEmpty() || indexOf(preset.id) >= 0) {
        preset.id = Preset::create(preset.name, {}).id;
    }
    if (!collection(preset.collectionId)) {
        preset.collectionId = defaultCollectionId();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!preset.createdAt.isValid()) {
        preset.createdAt = now;
    }
    preset.updatedAt = now;
    m_presets.append(preset);
    Result result = save();
    if (!result.ok()) {
        m_presets.removeLast();
        return result;
    }
    emit changed();
    return {{}, preset.id};
}

PresetStore::Result PresetStore::addAll(const QList<Preset>& presets)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    const QList<Preset> before = m_presets;
    const QList<Collection> collectionsBefore = m_collections;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Preset preset : presets) {
        preset.name = preset.name.trimmed();
        if (const QString problem = validateName(preset.name); !problem.isEmpty()) {
            m_presets = before;
            m_collections = collectionsBefore;
            return {problem, {}};
        }
        if (preset.id.isEmpty() || indexOf(preset.id) >= 0) {
            preset.id = Preset::create(preset.name, {}).id;
        }
        if (!collection(preset.collectionId)) {
            preset.collectionId = defaultCollectionId();
        }
        if (!preset.createdAt.isValid()) {
            preset.createdAt = now;
        }
        preset.updatedAt = now;
        m_presets.append(preset);
    }
    Result result = save();
    if (!result.ok()) {
        m_presets = before;
        m_collections = collectionsBefore;
        return result;
    }
    emit changed();
    return {};
}

PresetStore::Result PresetStore::update(const Preset& preset)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    const qsizetype index = indexOf(preset.id);
    if (index < 0) {
        return {tr("There is no such preset."), preset.id};
    }
    if (const QString problem = validateName(preset.name, preset.id); !problem.isEmpty()) {
        return {problem, preset.id};
    }
    const Preset previous = m_presets.at(index);
    m_presets[index] = preset;
    m_presets[index].name = preset.name.trimmed();
    m_presets[index].updatedAt = QDateTime::currentDateTimeUtc();
    Result result = save();
    if (!result.ok()) {
        m_presets[index] = previous;
        return result;
    }
    emit changed();
    return {{}, preset.id};
}

PresetStore::Result PresetStore::rename(const QString& id, const QString& name)
{
    auto found = preset(id);
    if (!found) {
        return {tr("There is no such preset."), id};
    }
    found->name = name;
    return update(*found);
}

PresetStore::Result PresetStore::duplicate(const QString& id)
{
    const auto original = preset(id);
    if (!original) {
        return {tr("There is no such preset."), id};
    }
    Preset copy = *original;
    copy.id.clear();
    copy.createdAt = {};
    copy.name = uniqueName(tr("%1 (copy)").arg(original->name));
    return add(copy);
}

PresetStore::Result PresetStore::move(const QString& id, const QString& collectionId, const QString& folder, int index)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    const qsizetype from = indexOf(id);
    if (from < 0) {
        return {tr("There is no such preset."), id};
    }
    if (!collection(collectionId)) {
        return {tr("There is no such collection."), collectionId};
    }
    const QList<Preset> before = m_presets;
    Preset moving = m_presets.takeAt(from);
    moving.collectionId = collectionId;
    moving.folder = folder.trimmed();
    // `index` counts among the destination collection's presets.
    qsizetype position = m_presets.size();
    int seen = 0;
    if (index >= 0) {
        for (qsizetype i = 0; i < m_presets.size(); ++i) {
            if (m_presets.at(i).collectionId == collectionId) {
                if (seen == index) {
                    position = i;
                    break;
                }
                ++seen;
            }
        }
    }
    m_presets.insert(position, moving);
    Result result = save();
    if (!result.ok()) {
        m_presets = before;
        return result;
    }
    emit changed();
    return {{}, id};
}

std::optional<QPair<Preset, int>> PresetStore::remove(const QString& id)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || !m_writable) {
        return std::nullopt;
    }
    const Preset removed = m_presets.takeAt(index);
    if (!save().ok()) {
        m_presets.insert(index, removed);
        return std::nullopt;
    }
    emit changed();
    return QPair<Preset, int> {removed, int(index)};
}

PresetStore::Result PresetStore::restore(const Preset& preset, int position)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    if (indexOf(preset.id) >= 0) {
        return {tr("That preset is already there."), preset.id};
    }
    Preset restored = preset;
    restored.name = uniqueName(preset.name);
    if (!collection(restored.collectionId)) {
        restored.collectionId = defaultCollectionId();
    }
    m_presets.insert(std::clamp<qsizetype>(position, 0, m_presets.size()), restored);
    Result result = save();
    if (!result.ok()) {
        m_presets.removeAll(restored);
        return result;
    }
    emit changed();
    return {{}, restored.id};
}

PresetStore::Result PresetStore::save()
{
    QJsonArray collections;
    for (const Collection& collection : std::as_const(m_collections)) {
        collections.append(collection.toJson());
    }
    QJsonArray presets;
    for (const Preset& preset : std::as_const(m_presets)) {
        presets.append(preset.toJson());
    }
    QString error;
    if (!m_file.save(QJsonObject {{QStringLiteral("collections"), collections}, {QStringLiteral("presets"), presets}},
                     &error)) {
        return {error, {}};
    }
    return {};
}

PresetStore::Result PresetStore::readOnlyResult() const
{
    return {tr("Latchkey is not changing your presets: %1").arg(m_readOnlyReason), {}};
}

qsizetype PresetStore::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).id == id) {
            return i;
        }
    }
    return -1;
}
