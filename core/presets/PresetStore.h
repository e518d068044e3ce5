#pragma once

#include "Collection.h"
#include "Preset.h"
#include "storage/JsonFile.h"

#include <QObject>

#include <optional>

// Presets and collections in presets.json (atomic writes, 0600, schema
// version; a corrupt file is kept aside; older schemas are migrated). Names
// are unique (case-insensitively) so `latchkey run NAME` is never ambiguous.
class PresetStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int schemaVersion = 2;

    struct Result
    {
        QString error; // empty on success
        QString id; // the preset or collection concerned
        bool ok() const { return error.isEmpty(); }
    };

    explicit PresetStore(const QString& path, QObject* parent = nullptr);

    JsonFile::LoadResult load();
    bool isReadOnly() const { return !m_writable; }
    QString path() const { return m_file.path(); }

    const QList<Collection>& collections() const { return m_collections; }
    const QList<Preset>& presets() const { return m_presets; }
    std::optional<Preset> preset(const QString& id) const;
    std::optional<Preset> find(const QString& nameOrId) const;
    std::optional<Collection> collection(const QString& id) const;
    QList<Preset> presetsIn(const QString& collectionId) const;

    QString validateName(const QString& name, const QString& exceptId = {}) const;
    // "My repositories", or "My repositories 2" when taken.
    QString uniqueName(const QString& name) const;

    // The collection new presets go to when none is chosen ("My presets"), created when needed.
    QString defaultCollectionId();
    Result addCollection(const QString& name);
    Result renameCollection(const QString& id, const QString& name);
    // Removes an empty collection (a collection with presets must be emptied first).
    Result removeCollection(const QString& id);

    Result add(Preset preset);
    // Adds every preset in one write, or none of them (imports). Names must be free (see uniqueName).
    Result addAll(const QList<Preset>& presets);
    Result update(const Preset& preset);
    Result rename(const QString& id, const QString& name);
    Result duplicate(const QString& id);
    // Moves to `collectionId`/`folder`, at `index` among that collection's presets (-1: the end).
    Result move(const QString& id, const QString& collectionId, const QString& folder, int index = -1);
    // Removes and returns the preset and its position, for an undo.
    std::optional<QPair<Preset, int>> remove(const QString& id);
    Result restore(const Preset& preset, int position);

    // Brings an older file's root up to the current schema (tested per step).
    static QJsonObject migrate(const QJsonObject& root, int fromSchema);

signals:
    void changed();

private:
    Result save();
    Result readOnlyResult() const;
    qsizetype indexOf(const QString& id) const;

    JsonFile m_file;
    QList<Collection> m_collections;
    QList<Preset> m_presets;
    bool m_writable = true;
    QString m_readOnlyReason;
};
