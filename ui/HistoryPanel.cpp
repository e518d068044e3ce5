#include "HistoryPanel.h"

#include "HistoryModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(HistoryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(HistoryModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(1);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("History"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing sent yet. Every request you send is listed here, without its token."));
    m_empty->setContentsMargins(8, 8, 8, 8);

    auto* clear = new QPushButton(tr("C&lear History…"), this);
    clear->setObjectName(QStringLiteral("clearHistoryButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(clear, &QPushButton::clicked, this, &HistoryPanel::clearRequested);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_proxy->setFilterFixedString(text.trimmed()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(index.data(HistoryModel::IdRole).toString()); });
    connect(m_view, &QListView::customContextMenuRequested, this, &HistoryPanel::showMenu);
    auto updateEmpty = [this, clear] {
        m_empty->setVisible(m_model->rowCount() == 0);
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
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this, id] { emit openRequested(id); });
    menu->addAction(tr("&Send Again"), this, [this, id] { emit sendAgainRequested(id); });
    menu->addAction(tr("Save as &Preset…"), this, [this, id] { emit saveRequested(id); });
    menu->popup(m_view->viewport()->mapToGlobal(position)); // not exec(): no nested event loop
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
