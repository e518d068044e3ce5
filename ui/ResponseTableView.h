#pragma once

#include "data/JsonTable.h"

#include <QJsonObject>
#include <QWidget>

class JsonTableBuilder;
class JsonTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class TableFilter;

// A JSON list as a table a person can work with: sort by clicking a column's header, search
// all columns or one, see "12 of 250 rows", choose, reorder and hide columns (Columns…, or drag
// a header), open "3 items" cells as a sub-table and links in the browser (Enter, double-click,
// Ctrl+click), copy cells as tab-separated text (Ctrl+C), and export all or the shown rows as CSV
// (optionally with a byte order mark for spreadsheet apps) or JSON.
//
// Bodies are read into rows off the UI thread (JsonTableBuilder): the first rows show at once and
// the table stays usable while the rest arrive. Later pages are appended with appendRows().
// The column layout (order, hidden columns, sort) is a QJsonObject, for presets to keep.
class ResponseTableView : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat {
        Csv,
        Json,
    };

    explicit ResponseTableView(QWidget* parent = nullptr);
    ~ResponseTableView() override;

    // Reads `body` into rows (off the UI thread). The column layout stays.
    void showBody(const QByteArray& body, const QString& itemsPath = {});
    void setTable(JsonTable table);
    void appendRows(JsonTable rows); // a later page
    void clear();
    bool isLoading() const;
    int totalRows() const;
    int shownRows() const;

    // {"columns": JsonTableModel::columnState(), "sort": {"column": path, "order": "ascending"|"descending"}}
    QJsonObject tableLayout() const;
    void setTableLayout(const QJsonObject& layout);

    // Writes all rows (or only those shown, in the shown order) off the UI thread; exported() tells.
    void exportTable(const QString& path, ExportFormat format, bool shownRowsOnly, bool byteOrderMark);
    // Opens the save dialog for an export (what the Export menu does).
    void chooseExportFile(ExportFormat format);
    // Copies the selected cells as tab-separated text (what Ctrl+C does).
    void copySelection();
    // Opens the sub-table of a "3 items" cell, or the link of a URL cell (what Enter does).
    void openCell(const QModelIndex& index);
    void chooseColumns();

    JsonTableModel* model() const { return m_model; }
    TableFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* searchColumnBox() const { return m_searchColumn; }
    QLabel* countLabel() const { return m_count; }
    QToolButton* exportButton() const { return m_export; }
    QAction* shownRowsOnlyAction() const { return m_shownOnly; }
    QAction* byteOrderMarkAction() const { return m_bom; }

signals:
    void loaded(int rows); // every row of showBody() is in
    void firstRowsShown(bool isList);
    void exported(const QString& path, bool ok, const QString& message);
    void tableLayoutChanged();
    void subTableOpened(ResponseTableView* table);

private:
    void updateCount();
    void fillSearchColumns();
    void onSectionMoved(int logical, int from, int to);
    void showHeaderMenu(const QPoint& pos);
    void applyPendingSort();

    JsonTableModel* m_model;
    TableFilter* m_filter;
    JsonTableBuilder* m_builder;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_searchColumn;
    QLabel* m_count;
    QLabel* m_status;
    QToolButton* m_columns;
    QToolButton* m_export;
    QAction* m_shownOnly;
    QAction* m_bom;
    QTimer* m_searchDelay;
    QString m_pendingSortPath; // a layout's sort column that has not arrived yet
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
    bool m_firstRowsSeen = false;
    bool m_movingSection = false;
};
