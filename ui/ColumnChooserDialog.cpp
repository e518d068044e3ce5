#include "ColumnChooserDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ColumnChooserDialog::ColumnChooserDialog(const QStringList& all, const QStringList& visible,
                                         const QStringList& defaults, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_defaults(defaults)
{
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Columns"));
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    auto* reset = new QPushButton(tr("De&fault"), this);
    reset->setToolTip(tr("Every column, in the default order"));

    auto* side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    side->addWidget(reset);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the columns to show; move them to change their order."), this));
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    fill(all, visible);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list);
    connect(upKey, &QShortcut::activated, this, [this] { move(-1); });
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list);
    connect(downKey, &QShortcut::activated, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] { fill(m_defaults, m_defaults); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 420);
}

void ColumnChooserDialog::fill(const QStringList& order, const QStringList& visible)
{
    m_list->clear();
    for (const QString& path : order) {
        auto* item = new QListWidgetItem(path, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(visible.contains(path) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

void ColumnChooserDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

QStringList ColumnChooserDialog::visibleColumns() const
{
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            shown.append(m_list->item(i)->text());
        }
    }
    return shown;
}
