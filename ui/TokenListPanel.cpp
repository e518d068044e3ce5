#include "TokenListPanel.h"

#include "TokenItemDelegate.h"
#include "TokenListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

TokenListPanel::TokenListPanel(TokenListModel* model, QAction* addAction, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_add(new QPushButton(addAction->icon(), tr("Add token"), this))
{
    auto* title = new QLabel(tr("Tokens"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_view);

    m_add->setObjectName(QStringLiteral("addTokenButton"));
    m_add->setToolTip(addAction->toolTip());
    connect(m_add, &QPushButton::clicked, addAction, &QAction::trigger);

    m_view->setObjectName(QStringLiteral("tokenList"));
    m_view->setAccessibleName(tr("Tokens"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TokenItemDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setUniformItemSizes(true);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        emit currentTokenChanged(current.data(TokenListModel::IdRole).toString());
    });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { emit tokenActivated(index.data(TokenListModel::IdRole).toString()); });
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    // After the list is rebuilt (a token added or removed), keep something selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_model->index(0, 0));
        } else if (m_model->rowCount() == 0) {
            emit currentTokenChanged(QString());
        }
    });
}

QString TokenListPanel::currentTokenId() const
{
    return m_view->currentIndex().data(TokenListModel::IdRole).toString();
}

void TokenListPanel::selectToken(const QString& id)
{
    const QModelIndex index = m_model->indexOfToken(id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void TokenListPanel::startRename(const QString& id)
{
    const QModelIndex index = m_model->indexOfToken(id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->setFocus();
        m_view->edit(index);
    }
}

void TokenListPanel::setContextActions(const QList<QAction*>& actions)
{
    m_view->addActions(actions);
}
