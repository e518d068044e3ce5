#pragma once

#include <QList>
#include <QPair>
#include <QTableWidget>

// Name/value pairs a person edits in a table (query parameters, headers, form
// fields). There is always one empty row at the end to type a new pair into.
// Read-only rows (a service's required headers) can be shown above the editable ones.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT
public:
    using Pair = QPair<QString, QString>;

    explicit KeyValueTable(const QString& nameTitle, const QString& valueTitle, QWidget* parent = nullptr);

    // The editable pairs with a non-empty name, in order.
    QList<Pair> pairs() const;
    void setPairs(const QList<Pair>& pairs);
    // Rows shown greyed out and not editable, above the editable rows (with an explanation as tooltip).
    void setFixedRows(const QList<Pair>& rows, const QString& tooltip);
    int fixedRowCount() const { return m_fixedRows; }

signals:
    void pairsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void ensureEmptyLastRow();
    void appendRow(const Pair& pair, bool fixed, const QString& tooltip = {});

    int m_fixedRows = 0;
    bool m_updating = false;
};
