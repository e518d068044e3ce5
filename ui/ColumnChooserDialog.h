#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

// Choose which columns a table shows and in what order: tick to show, untick to hide, move with
// the buttons (or Alt+Up / Alt+Down), "Default" for the sensible order with every column shown.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // `all`: every column in the current order; `visible`: those shown; `defaults`: the default order.
    ColumnChooserDialog(const QStringList& all, const QStringList& visible, const QStringList& defaults,
                        QWidget* parent = nullptr);

    QStringList visibleColumns() const; // in the chosen order
    QListWidget* list() const { return m_list; }

private:
    void fill(const QStringList& order, const QStringList& visible);
    void move(int by);
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QStringList m_defaults;
};
