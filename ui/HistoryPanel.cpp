#include "HistoryPanel.h"

#include "HistoryModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>

HistoryPanel::HistoryPanel(HistoryModel* model, QWidget* parent)
    : SearchableListPanel(model, HistoryModel::SearchRole, new QListView, parent)
    , m_model(model)
    , m_view(static_cast<QListView*>(itemView()))
{
    setObjectName(QStringLiteral("historyPanel"));
    setTexts(tr("Search the history"), tr("History"),
             tr("Nothing sent yet. Every request you send is listed here, without its token."));
    searchField()->setObjectName(QStringLiteral("historySearch"));
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(1);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* clear = new QPushButton(tr("C&lear History…"), this);
    clear->setObjectName(QStringLiteral("clearHistoryButton"));
    buttonRow()->addStretch();
    buttonRow()->addWidget(clear);

    connect(clear, &QPushButton::clicked, this, &HistoryPanel::clearRequested);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(index.data(HistoryModel::IdRole).toString()); });
    connect(m_view, &QListView::customContextMenuRequested, this, &HistoryPanel::showMenu);
    auto updateEmpty = [this, clear] {
        setEmpty(m_model->rowCount() == 0);
        clear->setEnabled(m_model->rowCount() > 0);
    };
    connect(model, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
}

QString HistoryPanel::currentEntryId() const
{
    return m_view->currentIndex().data(HistoryModel::IdRole).toString();
}

void HistoryPanel::showMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const QString id = index.data(HistoryModel::IdRole).toString();
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Open"), this, [this, id] { emit openRequested(id); });
    menu->addAction(tr("&Send Again"), this, [this, id] { emit sendAgainRequested(id); });
    menu->addAction(tr("Save as &Preset…"), this, [this, id] { emit saveRequested(id); });
    popUp(menu, position);
}
