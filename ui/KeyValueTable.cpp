#include "KeyValueTable.h"

#include <QHeaderView>
#include <QKeyEvent>

KeyValueTable::KeyValueTable(const QString& nameTitle, const QString& valueTitle, QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({nameTitle, valueTitle});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, 200);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setTabKeyNavigation(false);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (m_updating) {
            return;
        }
        ensureEmptyLastRow();
        emit pairsChanged();
    });
    ensureEmptyLastRow();
}

void KeyValueTable::appendRow(const Pair& pair, bool fixed, const QString& tooltip)
{
    const int row = rowCount();
    insertRow(row);
    auto* name = new QTableWidgetItem(pair.first);
    auto* value = new QTableWidgetItem(pair.second);
    if (fixed) {
        for (QTableWidgetItem* item : {name, value}) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tooltip);
        }
    }
    setItem(row, 0, name);
    setItem(row, 1, value);
}

QList<KeyValueTable::Pair> KeyValueTable::pairs() const
{
    QList<Pair> result;
    for (int row = m_fixedRows; row < rowCount(); ++row) {
        const QTableWidgetItem* name = item(row, 0);
        const QTableWidgetItem* value = item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty()) {
            result.append({key, value ? value->text() : QString()});
        }
    }
    return result;
}

void KeyValueTable::setPairs(const QList<Pair>& pairs)
{
    m_updating = true;
    setRowCount(m_fixedRows);
    for (const Pair& pair : pairs) {
        appendRow(pair, false);
    }
    m_updating = false;
    ensureEmptyLastRow();
}

void KeyValueTable::setFixedRows(const QList<Pair>& rows, const QString& tooltip)
{
    const QList<Pair> editable = pairs();
    m_updating = true;
    setRowCount(0);
    m_fixedRows = 0;
    for (const Pair& pair : rows) {
        appendRow(pair, true, tooltip);
    }
    m_fixedRows = static_cast<int>(rows.size());
    m_updating = false;
    setPairs(editable);
}

void KeyValueTable::ensureEmptyLastRow()
{
    const int last = rowCount() - 1;
    const bool lastEmpty = last >= m_fixedRows && (!item(last, 0) || item(last, 0)->text().isEmpty())
        && (!item(last, 1) || item(last, 1)->text().isEmpty());
    if (!lastEmpty) {
        const bool wasUpdating = m_updating;
        m_updating = true;
        appendRow({}, false);
        m_updating = wasUpdating;
    }
}

void KeyValueTable::keyPressEvent(QKeyEvent* event)
{
    // Delete removes the current editable row (not while editing a cell).
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && state() != QAbstractItemView::EditingState) {
        const int row = currentRow();
        if (row >= m_fixedRows && row < rowCount() - 1) {
            removeRow(row);
            ensureEmptyLastRow();
            emit pairsChanged();
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}
