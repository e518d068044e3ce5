#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class PresetStore;
class ProviderCatalog;
class TokenVault;

// The presets as a tree for the sidebar: collections, their folders, and the
// presets in the store's order. Names are edited in place (F2), and presets
// are moved by drag and drop; every change goes through the PresetStore.
class PresetTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind {
        Collection,
        Folder,
        Preset
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole, // the preset's or collection's id
        CollectionIdRole,
        FolderRole,
        SearchRole, // name, description and address, for the search box
    };
    static constexpr auto mimeType = "application/x-latchkey-preset-ids";

    PresetTreeModel(PresetStore& store, const TokenVault& vault, const ProviderCatalog& catalog,
                    QObject* parent = nullptr);
    ~PresetTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOfPreset(const QString& id) const;
    QModelIndex indexOfCollection(const QString& id) const;
    // Moves a preset one place up (-1) or down (+1) among the presets next to it
    // (the keyboard's drag and drop). False when it is already first or last.
    bool moveStep(const QString& presetId, int step);

signals:
    // A rename or a move the store refused, in plain words.
    void refused(const QString& message);

private:
    struct Node;
    void rebuild();
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    // Moves `presetId` into `collectionId`/`folder`, just before the preset `before` (empty: at the end).
    bool moveTo(const QString& presetId, const QString& collectionId, const QString& folder, const QString& before);

    PresetStore& m_store;
    const TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    std::unique_ptr<Node> m_root;
};
