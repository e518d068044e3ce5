#include "ResponseTableView.h"

#include "ColumnChooserDialog.h"
#include "TableCellDelegate.h"
#include "data/CsvWriter.h"
#include "data/HumanFormat.h"
#include "data/JsonExport.h"
#include "data/JsonTableBuilder.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"
#include "data/TableSlice.h"
#include "data/TsvCopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {

constexpr int kSearchDelayMs = 150; // typing pauses this long before the rows are searched
// While a body is read, rows reach the view at most this often: each insertion lays the table out
// and repaints it, which costs the UI thread about as much for 200 rows as for 20,000.
constexpr int kShowRowsIntervalMs = 100;

struct Exported
{
    bool ok = false;
    QString message;
    qsizetype rows = 0;
};

} // namespace

ResponseTableView::ResponseTableView(QWidget* parent)
    : QWidget(parent)
    , m_model(new JsonTableModel(this))
    , m_filter(new TableFilter(this))
    , m_builder(new JsonTableBuilder(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchColumn(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_columns(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_shownOnly(new QAction(tr("Only the rows shown (search and sort applied)"), this))
    , m_bom(new QAction(tr("CSV with a byte order mark, for spreadsheet apps"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("responseTable"));
    m_filter->setSourceModel(m_model);
    m_builder->setTarget(m_model);
    m_builder->setShowInterval(kShowRowsIntervalMs);

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TableCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(160);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the order the rows came in, until a header is clicked
    m_view->setSortingEnabled(true);

    m_search->setObjectName(QStringLiteral("tableSearch"));
    m_search->setPlaceholderText(tr("Search the rows"));
    m_search->setClearButtonEnabled(true);
    m_searchColumn->setObjectName(QStringLiteral("tableSearchColumn"));
    m_searchColumn->setToolTip(tr("Where to search"));
    m_searchColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("tableCount"));
    m_status->setObjectName(QStringLiteral("tableStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_columns->setText(tr("Columns…"));
    m_columns->setToolTip(tr("Choose, order and hide columns"));
    m_export->setObjectName(QStringLiteral("tableExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the table as CSV or JSON"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    QAction* csv = menu->addAction(tr("Save as &CSV…"));
    csv->setObjectName(QStringLiteral("exportCsv"));
    QAction* json = menu->addAction(tr("Save as &JSON…"));
    json->setObjectName(QStringLiteral("exportJson"));
    menu->addSeparator();
    m_shownOnly->setCheckable(true);
    m_bom->setCheckable(true);
    menu->addAction(m_shownOnly);
    menu->addAction(m_bom);
    QAction* copy = menu->addAction(tr("Copy the selected cells"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the table's own Ctrl+C does the work
    m_export->setMenu(menu);
    connect(csv, &QAction::triggered, this, [this] { chooseExportFile(ExportFormat::Csv); });
    connect(json, &QAction::triggered, this, [this] { chooseExportFile(ExportFormat::Json); });
    connect(copy, &QAction::triggered, this, &ResponseTableView::copySelection);

    auto* copyInView = new QAction(m_view);
    copyInView->setShortcut(QKeySequence::Copy);
    copyInView->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyInView);
    connect(copyInView, &QAction::triggered, this, &ResponseTableView::copySelection);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_searchColumn);
    bar->addWidget(m_count);
    bar->addWidget(m_columns);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_filter->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_filter->setSearchText(m_search->text());
    });
    connect(m_searchColumn, &QComboBox::activated, this, [this] {
        const QString path = m_searchColumn->currentData().toString();
        m_filter->setSearchColumn(path.isEmpty() ? -1 : m_model->modelColumn(path));
    });
    connect(m_columns, &QToolButton::clicked, this, &ResponseTableView::chooseColumns);
    connect(m_filter, &TableFilter::countsChanged, this, &ResponseTableView::updateCount);
    connect(m_view, &QTableView::activated, this, &ResponseTableView::openCell);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (QApplication::keyboardModifiers() & Qt::ControlModifier) {
            openCell(index);
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, &ResponseTableView::onSectionMoved);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResponseTableView::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ResponseTableView::tableLayoutChanged);
    connect(m_model, &JsonTableModel::columnsChangedByUser, this, &ResponseTableView::tableLayoutChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResponseTableView::fillSearchColumns);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ResponseTableView::fillSearchColumns);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ResponseTableView::fillSearchColumns);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &ResponseTableView::fillSearchColumns);
    connect(m_model, &QAbstractItemModel::columnsMoved, this, &ResponseTableView::fillSearchColumns);

    connect(m_builder, &JsonTableBuilder::rowsAdded, this, [this] {
        updateCount();
        applyPendingSort();
        if (!m_firstRowsSeen) {
            m_firstRowsSeen = true;
            emit firstRowsShown(m_model->table().isList());
        }
    });
    connect(m_builder, &JsonTableBuilder::finished, this, [this](bool ok) {
        updateCount();
        applyPendingSort();
        if (!m_firstRowsSeen) {
            m_firstRowsSeen = true;
            emit firstRowsShown(m_model->table().isList());
        }
        if (!ok) {
            m_status->setText(
                tr("Only the rows before a problem in the answer are shown: %1").arg(m_builder->error().message));
            m_status->show();
        }
        emit loaded(m_model->rowCount());
    });
    fillSearchColumns();
    updateCount();
}

ResponseTableView::~ResponseTableView()
{
    m_builder->cancel();
}

void ResponseTableView::showBody(const QByteArray& body, const QString& itemsPath)
{
    m_firstRowsSeen = false;
    m_status->hide();
    m_builder->start(body, itemsPath);
    updateCount();
}

void ResponseTableView::setTable(JsonTable table)
{
    m_builder->cancel();
    m_status->hide();
    m_model->setTable(std::move(table));
    applyPendingSort();
    updateCount();
}

void ResponseTableView::appendRows(JsonTable rows)
{
    m_model->appendRows(std::move(rows));
    applyPendingSort();
    updateCount();
}

void ResponseTableView::clear()
{
    m_builder->cancel();
    m_model->clear();
    m_status->hide();
    updateCount();
}

bool ResponseTableView::isLoading() const
{
    return m_builder->isRunning();
}

int ResponseTableView::totalRows() const
{
    return m_filter->totalCount();
}

int ResponseTableView::shownRows() const
{
    return m_filter->shownCount();
}

void ResponseTableView::updateCount()
{
    const int total = m_filter->totalCount();
    const int shown = m_filter->shownCount();
    QString text = shown == total ? tr("%Ln row(s)", nullptr, total)
                                  : tr("%1 of %Ln row(s)", nullptr, total).arg(HumanFormat::count(shown));
    if (m_builder->isRunning()) {
        text = tr("%1, loading…").arg(text);
    }
    m_count->setText(text);
}

void ResponseTableView::fillSearchColumns()
{
    const QString chosen = m_searchColumn->currentData().toString();
    m_searchColumn->clear();
    m_searchColumn->addItem(tr("All columns"), QString());
    for (const QString& path : m_model->visibleColumns()) {
        m_searchColumn->addItem(path, path);
    }
    const int index = m_searchColumn->findData(chosen);
    m_searchColumn->setCurrentIndex(std::max(0, index));
    if (index <= 0 && !chosen.isEmpty()) {
        m_filter->setSearchColumn(-1);
    }
}

void ResponseTableView::onSectionMoved(int logical, int from, int to)
{
    Q_UNUSED(logical)
    if (m_movingSection) {
        return;
    }
    // The header moved a section on screen; move the column in the model instead (so the layout
    // is kept and exports follow it) and put the header back in step.
    QHeaderView* header = m_view->horizontalHeader();
    m_movingSection = true;
    header->moveSection(to, from);
    m_movingSection = false;
    m_model->moveColumns({}, from, 1, {}, to > from ? to + 1 : to);
}

void ResponseTableView::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    const int section = header->logicalIndexAt(pos);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (section >= 0) {
        const QString path = m_model->columnPath(section);
        menu->addAction(tr("Sort ascending"), this,
                        [this, section] { m_view->sortByColumn(section, Qt::AscendingOrder); });
        menu->addAction(tr("Sort descending"), this,
                        [this, section] { m_view->sortByColumn(section, Qt::DescendingOrder); });
        menu->addAction(tr("Search only in \"%1\"").arg(path), this, [this, path] {
            m_searchColumn->setCurrentIndex(std::max(0, m_searchColumn->findData(path)));
            m_filter->setSearchColumn(m_model->modelColumn(path));
            m_search->setFocus();
        });
        menu->addAction(tr("Hide \"%1\"").arg(path), this, [this, path] { m_model->setColumnVisible(path, false); });
        menu->addSeparator();
    }
    menu->addAction(tr("Original order"), this, [this] {
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_filter->sort(-1);
    });
    menu->addAction(tr("Columns…"), this, &ResponseTableView::chooseColumns);
    menu->popup(header->mapToGlobal(pos)); // not exec(): no nested event loop
}

void ResponseTableView::chooseColumns()
{
    auto* dialog = new ColumnChooserDialog(m_model->allColumns(), m_model->visibleColumns(),
                                           m_model->table().defaultColumnPaths(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList visible = dialog->visibleColumns();
        if (!visible.isEmpty()) {
            m_model->setVisibleColumns(visible);
        }
    });
    dialog->open();
}

QJsonObject ResponseTableView::tableLayout() const
{
    QJsonObject layout {{QStringLiteral("version"), 1}, {QStringLiteral("columns"), m_model->columnState()}};
    const int sorted = m_filter->sortColumn();
    QString path = sorted >= 0 ? m_model->columnPath(sorted) : QString();
    Qt::SortOrder order = m_filter->sortOrder();
    if (path.isEmpty() && !m_pendingSortPath.isEmpty()) {
        path = m_pendingSortPath;
        order = m_pendingSortOrder;
    }
    if (!path.isEmpty()) {
        layout.insert(
            QStringLiteral("sort"),
            QJsonObject {{QStringLiteral("column"), path},
                         {QStringLiteral("order"),
                          order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending")}});
    }
    return layout;
}

void ResponseTableView::setTableLayout(const QJsonObject& layout)
{
    m_model->restoreColumnState(layout.value(QStringLiteral("columns")).toObject());
    const QJsonObject sort = layout.value(QStringLiteral("sort")).toObject();
    m_pendingSortPath = sort.value(QStringLiteral("column")).toString();
    m_pendingSortOrder = sort.value(QStringLiteral("order")).toString() == QStringLiteral("descending")
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    if (m_pendingSortPath.isEmpty()) {
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_filter->sort(-1);
    }
    applyPendingSort();
}

void ResponseTableView::applyPendingSort()
{
    if (m_pendingSortPath.isEmpty()) {
        return;
    }
    const int column = m_model->modelColumn(m_pendingSortPath);
    if (column < 0) {
        return;
    }
    m_pendingSortPath.clear();
    m_view->sortByColumn(column, m_pendingSortOrder);
}

void ResponseTableView::chooseExportFile(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    auto* dialog = new QFileDialog(this, csv ? tr("Save the table as CSV") : tr("Save the table as JSON"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("table.csv") : QStringLiteral("table.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& file) {
        exportTable(file, format, m_shownOnly->isChecked(), m_bom->isChecked());
    });
    dialog->open();
}

void ResponseTableView::exportTable(const QString& path, ExportFormat format, bool shownRowsOnly, bool byteOrderMark)
{
    // A snapshot, so pages arriving meanwhile do not change what is being written.
    auto table = std::make_shared<JsonTable>(m_model->table());
    TableSlice slice = shownRowsOnly ? TableSlice::of(*m_filter) : TableSlice::of(*m_model);
    slice.table = table.get();
    m_status->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_status->show();

    auto promise = std::make_shared<QPromise<Exported>>();
    QFuture<Exported> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, table, slice, path, format, byteOrderMark] {
        Exported result;
        result.rows = static_cast<qsizetype>(slice.rows.size());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.message = file.errorString();
        } else {
            QString error;
            bool written = false;
            if (format == ExportFormat::Csv) {
                CsvWriter::Options options;
                options.byteOrderMark = byteOrderMark;
                written = CsvWriter::write(slice, file, options, &error);
            } else {
                written = JsonExport::write(slice, file, JsonExport::Shape::Original, &error);
            }
            if (written && file.commit()) {
                result.ok = true;
            } else {
                file.cancelWriting();
                result.message = error.isEmpty() ? file.errorString() : error;
            }
        }
        promise->addResult(result);
        promise->finish();
    });
    future.then(this, [this, path](const Exported& result) {
        const QString name = QFileInfo(path).fileName();
        const QString message = result.ok ? tr("Saved %1 to %2.").arg(tr("%Ln row(s)", nullptr, int(result.rows)), name)
                                          : tr("Could not save %1: %2").arg(name, result.message);
        m_status->setText(message);
        m_status->show();
        emit exported(path, result.ok, message);
    });
}

void ResponseTableView::copySelection()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(TsvCopy::fromIndexes(selected));
}

void ResponseTableView::openCell(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QUrl url = index.data(JsonTableModel::UrlRole).toUrl();
    if (url.isValid()) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (index.data(JsonTableModel::NestedCountRole).toInt() < 0) {
        return;
    }
    JsonTable sub = m_model->nestedTable(index);
    const QString column = m_filter->headerData(index.column(), Qt::Horizontal).toString();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("subTable"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 in row %2").arg(column).arg(index.row() + 1));
    auto* table = new ResponseTableView(dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    table->setTable(std::move(sub));
    dialog->resize(800, 400);
    dialog->show();
    emit subTableOpened(table);
}
