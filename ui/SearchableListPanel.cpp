#include "SearchableListPanel.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

SearchableListPanel::SearchableListPanel(QAbstractItemModel* model, int searchRole, QAbstractItemView* view,
                                         QWidget* parent)
    : QWidget(parent)
    , m_itemView(view)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(searchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_proxy->setFilterFixedString(text.trimmed()); });

    view->setParent(this);
    view->setModel(m_proxy);
    view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 8, 8, 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(m_buttons);
}

void SearchableListPanel::setTexts(const QString& searchPlaceholder, const QString& listName, const QString& emptyText)
{
    m_search->setPlaceholderText(searchPlaceholder);
    m_itemView->setAccessibleName(listName);
    m_empty->setText(emptyText);
}

void SearchableListPanel::setEmpty(bool empty)
{
    m_empty->setVisible(empty);
}

void SearchableListPanel::popUp(QMenu* menu, const QPoint& position)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_itemView->viewport()->mapToGlobal(position)); // not exec(): no nested event loop
}

bool SearchableListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_itemView->setFocus();
        if (!m_itemView->currentIndex().isValid()) {
            m_itemView->setCurrentIndex(m_proxy->index(0, 0));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
