#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for the terminal: aligned columns, a header line, and
// cells shortened with "…" so the whole line fits in `maxWidth` columns.
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    // Columns listed here are right-aligned (numbers).
    void setRightAligned(int column, bool right = true);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // 0 = no width limit.
    QString render(int maxWidth = 0) const;

    // Display width of `text` in terminal columns (wide CJK characters count two).
    static int displayWidth(const QString& text);
    static QString elide(const QString& text, int width);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_right;
};
