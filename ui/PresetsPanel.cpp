#include "PresetsPanel.h"

#include "PresetTreeModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>

PresetsPanel::PresetsPanel(PresetTreeModel* model, QWidget* parent)
    : SearchableListPanel(model, PresetTreeModel::SearchRole, new QTreeView, parent)
    , m_model(model)
    , m_view(static_cast<QTreeView*>(itemView()))
{
    setObjectName(QStringLiteral("presetsPanel"));
    setTexts(tr("Search presets"), tr("Presets"),
             tr("No presets yet. Send a request and press Ctrl+S to save it, or start from a recipe."));
    proxy()->setRecursiveFilteringEnabled(true);
    searchField()->setObjectName(QStringLiteral("presetSearch"));
    emptyLabel()->setObjectName(QStringLiteral("presetsEmpty"));

    m_view->setObjectName(QStringLiteral("presetTree"));
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);

    auto* recipes = new QPushButton(tr("&Recipes…"), this);
    recipes->setObjectName(QStringLiteral("recipesButton"));
    recipes->setToolTip(tr("Ready-made requests that read your own data, for the tokens you have."));
    auto* collection = new QPushButton(tr("New &collection"), this);
    collection->setObjectName(QStringLiteral("newCollectionButton"));

    buttonRow()->addWidget(recipes);
    buttonRow()->addWidget(collection);
    buttonRow()->addStretch();

    connect(recipes, &QPushButton::clicked, this, &PresetsPanel::recipesRequested);
    connect(collection, &QPushButton::clicked, this, &PresetsPanel::newCollectionRequested);
    connect(searchField(), &QLineEdit::textChanged, m_view, &QTreeView::expandAll); // after the filter
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(PresetTreeModel::KindRole).toInt() == int(PresetTreeModel::Kind::Preset)) {
            emit openRequested(index.data(PresetTreeModel::IdRole).toString());
        }
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &PresetsPanel::showMenu);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateEmptyState();
    });
    m_view->expandAll();
    updateEmptyState();

    // Keys that work on the selected preset.
    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const QString id = currentPresetId(); !id.isEmpty()) {
            emit deleteRequested(id);
        }
    });
    m_view->addAction(remove);
    auto* duplicate = new QAction(this);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setShortcutContext(Qt::WidgetShortcut);
    connect(duplicate, &QAction::triggered, this, [this] {
        if (const QString id = currentPresetId(); !id.isEmpty()) {
            emit duplicateRequested(id);
        }
    });
    m_view->addAction(duplicate);
    // Alt+Up and Alt+Down reorder without a mouse.
    for (const auto& [key, step] : {std::pair {Qt::Key_Up, -1}, std::pair {Qt::Key_Down, 1}}) {
        auto* move = new QAction(this);
        move->setShortcut(QKeySequence(Qt::ALT | key));
        move->setShortcutContext(Qt::WidgetShortcut);
        connect(move, &QAction::triggered, this, [this, step] {
            if (const QString id = currentPresetId(); !id.isEmpty() && m_model->moveStep(id, step)) {
                selectPreset(id);
            }
        });
        m_view->addAction(move);
    }
}

QString PresetsPanel::currentId(int kind) const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(PresetTreeModel::KindRole).toInt() != kind) {
        return {};
    }
    return index.data(PresetTreeModel::IdRole).toString();
}

QString PresetsPanel::currentPresetId() const
{
    return currentId(int(PresetTreeModel::Kind::Preset));
}

void PresetsPanel::selectPreset(const QString& id)
{
    const QModelIndex index = proxy()->mapFromSource(m_model->indexOfPreset(id));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void PresetsPanel::startRename(const QString& presetId)
{
    selectPreset(presetId);
    if (m_view->currentIndex().isValid()) {
        m_view->setFocus();
        m_view->edit(m_view->currentIndex());
    }
}

void PresetsPanel::showMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_view->setCurrentIndex(index);
    const auto kind = PresetTreeModel::Kind(index.data(PresetTreeModel::KindRole).toInt());
    const QString id = index.data(PresetTreeModel::IdRole).toString();
    const QPersistentModelIndex item(index);
    auto rename = [this, item] {
        if (item.isValid()) {
            m_view->edit(item);
        }
    };
    auto* menu = new QMenu(this);
    if (kind == PresetTreeModel::Kind::Preset) {
        menu->addAction(tr("&Open"), this, [this, id] { emit openRequested(id); });
        menu->addAction(tr("&Send"), this, [this, id] { emit runRequested(id); });
        menu->addSeparator();
        menu->addAction(tr("&Rename"), this, rename);
        menu->addAction(tr("D&uplicate"), this, [this, id] { emit duplicateRequested(id); });
        menu->addAction(tr("Copy as c&URL"), this, [this, id] { emit copyAsCurlRequested(id); });
        menu->addSeparator();
        menu->addAction(tr("&Delete"), this, [this, id] { emit deleteRequested(id); });
    } else if (kind == PresetTreeModel::Kind::Collection) {
        menu->addAction(tr("&Rename"), this, rename);
        menu->addAction(tr("&Export as Postman…"), this, [this, id] { emit exportCollectionRequested(id); });
        menu->addSeparator();
        menu->addAction(tr("&Delete Collection"), this, [this, id] { emit deleteCollectionRequested(id); });
    } else {
        delete menu;
        return;
    }
    popUp(menu, position);
}

void PresetsPanel::updateEmptyState()
{
    const bool empty
        = m_model->rowCount() == 0 || (m_model->rowCount() == 1 && m_model->rowCount(m_model->index(0, 0)) == 0);
    setEmpty(empty);
}
