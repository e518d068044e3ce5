#include "PresetTreeModel.h"

#include "ProviderIcon.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

struct PresetTreeModel::Node
{
    Kind kind = Kind::Collection;
    QString id; // preset or collection id
    QString name;
    QString collectionId;
    QString folder;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(Kind childKind, const QString& childId, const QString& childName)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = childId;
        child->name = childName;
        child->collectionId = kind == Kind::Collection ? id : collectionId;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent) {
            return 0;
        }
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this) {
                return int(i);
            }
        }
        return 0;
    }
};

PresetTreeModel::PresetTreeModel(PresetStore& store, const TokenVault& vault, const ProviderCatalog& catalog,
                                 QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_root(std::make_unique<Node>())
{
    rebuild();
    connect(&m_store, &PresetStore::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

PresetTreeModel::~PresetTreeModel() = default;

void PresetTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    for (const Collection& collection : m_store.collections()) {
        Node* top = m_root->add(Kind::Collection, collection.id, collection.name);
        top->collectionId = collection.id;
        const QList<Preset> presets = m_store.presetsIn(collection.id);
        // Folders first (in the order they first appear), then the presets outside any folder.
        for (const Preset& preset : presets) {
            if (preset.folder.isEmpty()) {
                continue;
            }
            Node* folder = nullptr;
            for (const auto& child : top->children) {
                if (child->kind == Kind::Folder && child->folder == preset.folder) {
                    folder = child.get();
                }
            }
            if (!folder) {
                folder = top->add(Kind::Folder, {}, preset.folder);
                folder->folder = preset.folder;
            }
            Node* node = folder->add(Kind::Preset, preset.id, preset.name);
            node->folder = preset.folder;
        }
        for (const Preset& preset : presets) {
            if (preset.folder.isEmpty()) {
                top->add(Kind::Preset, preset.id, preset.name);
            }
        }
    }
}

PresetTreeModel::Node* PresetTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex PresetTreeModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row(), 0, const_cast<Node*>(node));
}

QModelIndex PresetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size())) {
        return {};
    }
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PresetTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    return node == m_root.get() ? QModelIndex() : indexOf(node->parent);
}

int PresetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int PresetTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PresetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case CollectionIdRole:
        return node->collectionId;
    case FolderRole:
        return node->folder;
    default:
        break;
    }
    if (node->kind != Kind::Preset) {
        if (role == Qt::DecorationRole) {
            return QApplication::style()->standardIcon(node->kind == Kind::Collection ? QStyle::SP_DirHomeIcon
                                                                                      : QStyle::SP_DirIcon);
        }
        if (role == SearchRole) {
            return QString(); // collections and folders show when something inside matches
        }
        return {};
    }
    const auto preset = m_store.preset(node->id);
    if (!preset) {
        return {};
    }
    const auto token = m_vault.token(preset->request.tokenId);
    switch (role) {
    case Qt::ToolTipRole: {
        QString tip = preset->request.method + QLatin1Char(' ') + preset->request.url;
        if (token) {
            tip += QLatin1Char('\n') + tr("Token: %1").arg(token->name);
        } else if (!preset->request.tokenId.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Its token was removed: pick another one.");
        }
        if (!preset->description.isEmpty()) {
            tip = preset->description + QLatin1Char('\n') + tip;
        }
        return tip;
    }
    case Qt::DecorationRole:
        if (token) {
            return ProviderIcon::forProvider(m_catalog.providerOrCustom(token->providerId));
        }
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    case SearchRole:
        return QStringList {preset->name, preset->description, preset->request.url, token ? token->name : QString()}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

bool PresetTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole) {
        return false;
    }
    const Node* node = nodeOf(index);
    const QString name = value.toString().trimmed();
    if (name == node->name) {
        return false;
    }
    PresetStore::Result result;
    if (node->kind == Kind::Preset) {
        result = m_store.rename(node->id, name);
    } else if (node->kind == Kind::Collection) {
        result = m_store.renameCollection(node->id, name);
    } else {
        return false;
    }
    if (!result.ok()) {
        emit refused(result.error);
        return false;
    }
    return true;
}

Qt::ItemFlags PresetTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const Node* node = nodeOf(index);
    if (node->kind == Kind::Preset) {
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    } else if (node->kind == Kind::Collection) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QStringList PresetTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData* PresetTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        const Node* node = nodeOf(index);
        if (index.isValid() && node->kind == Kind::Preset && !ids.contains(node->id)) {
            ids.append(node->id);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions PresetTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool PresetTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex& parent) const
{
    return data && data->hasFormat(QString::fromLatin1(mimeType)) && action == Qt::MoveAction && parent.isValid();
}

bool PresetTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(mimeType))).split(QLatin1Char('\n'));
    // Dropped on a preset: it goes just before it.
    const Node* place = nodeOf(parent);
    int at = row;
    if (place->kind == Kind::Preset) {
        at = place->row();
        place = place->parent;
    }
    const QString collectionId = place->collectionId;
    const QString folder = place->kind == Kind::Folder ? place->folder : QString();
    // The preset the drop lands before, if any.
    QString before;
    if (at >= 0) {
        for (size_t i = size_t(at); i < place->children.size(); ++i) {
            if (place->children[i]->kind == Kind::Preset && !ids.contains(place->children[i]->id)) {
                before = place->children[i]->id;
                break;
            }
        }
    }
    // The view must not see the model reset in the middle of its drop handling.
    QMetaObject::invokeMethod(
        this,
        [this, ids, collectionId, folder, before] {
            for (const QString& id : ids) {
                if (!moveTo(id, collectionId, folder, before)) {
                    return;
                }
            }
        },
        Qt::QueuedConnection);
    return true;
}

bool PresetTreeModel::moveTo(const QString& presetId, const QString& collectionId, const QString& folder,
                             const QString& before)
{
    // `before`'s position among the collection's other presets; -1 = the end.
    int index = -1;
    if (!before.isEmpty()) {
        int position = 0;
        for (const Preset& preset : m_store.presetsIn(collectionId)) {
            if (preset.id == presetId) {
                continue;
            }
            if (preset.id == before) {
                index = position;
                break;
            }
            ++position;
        }
    }
    const PresetStore::Result result = m_store.move(presetId, collectionId, folder, index);
    if (!result.ok()) {
        emit refused(result.error);
        return false;
    }
    return true;
}

bool PresetTreeModel::moveStep(const QString& presetId, int step)
{
    const Node* node = nodeOf(indexOfPreset(presetId));
    if (!node || node->kind != Kind::Preset || (step != -1 && step != 1)) {
        return false;
    }
    // The presets beside it, in the order shown.
    std::vector<const Node*> siblings;
    for (const auto& child : node->parent->children) {
        if (child->kind == Kind::Preset) {
            siblings.push_back(child.get());
        }
    }
    const auto at = qsizetype(std::find(siblings.cbegin(), siblings.cend(), node) - siblings.cbegin());
    const qsizetype to = at + step;
    if (to < 0 || to >= qsizetype(siblings.size())) {
        return false;
    }
    // Up: before the one above. Down: before the one after the next (or last).
    const qsizetype beforeAt = step < 0 ? to : to + 1;
    const QString before = beforeAt < qsizetype(siblings.size()) ? siblings[size_t(beforeAt)]->id : QString();
    return moveTo(presetId, node->collectionId, node->parent->kind == Kind::Folder ? node->parent->folder : QString(),
                  before);
}

QModelIndex PresetTreeModel::indexOfPreset(const QString& id) const
{
    for (const auto& collection : m_root->children) {
        for (const auto& child : collection->children) {
            if (child->kind == Kind::Preset && child->id == id) {
                return indexOf(child.get());
            }
            for (const auto& inner : child->children) {
                if (inner->id == id) {
                    return indexOf(inner.get());
                }
            }
        }
    }
    return {};
}

QModelIndex PresetTreeModel::indexOfCollection(const QString& id) const
{
    for (const auto& collection : m_root->children) {
        if (collection->id == id) {
            return indexOf(collection.get());
        }
    }
    return {};
}
