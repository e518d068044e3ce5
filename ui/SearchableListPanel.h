#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;

// The frame of the sidebar's Presets and History tabs: a search box that filters
// the list as you type (Down moves into the list), the list itself, a line that
// says what to do while the list is empty, and a row of buttons under them.
// Subclasses make the view, name the parts and fill the buttons and menus.
class SearchableListPanel : public QWidget
{
    Q_OBJECT
public:
    QLineEdit* searchField() const { return m_search; }

protected:
    // `view` is shown on `model` through a filter on `searchRole`; the panel takes it over.
    SearchableListPanel(QAbstractItemModel* model, int searchRole, QAbstractItemView* view, QWidget* parent);

    void setTexts(const QString& searchPlaceholder, const QString& listName, const QString& emptyText);
    QAbstractItemView* itemView() const { return m_itemView; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLabel* emptyLabel() const { return m_empty; }
    QHBoxLayout* buttonRow() const { return m_buttons; }
    void setEmpty(bool empty);
    // Opens `menu` (deleted once closed) at `position` in the view, without a nested event loop.
    void popUp(QMenu* menu, const QPoint& position);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_itemView;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QLabel* m_empty;
    QHBoxLayout* m_buttons;
};
