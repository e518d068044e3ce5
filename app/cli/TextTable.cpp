#include "TextTable.h"

#include <algorithm>

namespace {

constexpr int gap = 2;
constexpr int minColumn = 4;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_right(m_headers.size(), false)
{ }

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size()) {
        cells.append(QString());
    }
    for (QString& cell : cells) {
        cell = oneLine(cell);
    }
    m_rows.append(std::move(cells));
}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_right.size()) {
        m_right[column] = right;
    }
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        if (c == 0x200B || (c >= 0x0300 && c <= 0x036F)) {
            continue;
        }
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::elide(const QString& text, int width)
{
    if (displayWidth(text) <= width) {
        return text;
    }
    if (width <= 0) {
        return {};
    }
    QString result;
    int used = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > width - 1) {
            break;
        }
        result.append(QString::fromUcs4(&c, 1));
        used += w;
    }
    return result + QChar(0x2026);
}

QString TextTable::render(int maxWidth) const
{
    const int columns = static_cast<int>(m_headers.size());
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = displayWidth(m_headers.at(c));
        for (const QStringList& row : m_rows) {
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
        }
    }

    if (maxWidth > 0) {
        // Shrink the widest column until the line fits (or nothing can shrink).
        auto total = [&] {
            int sum = gap * (columns - 1);
            for (int w : widths) {
                sum += w;
            }
            return sum;
        };
        while (total() > maxWidth) {
            auto widest = std::max_element(widths.begin(), widths.end());
            if (*widest <= minColumn) {
                break;
            }
            *widest -= 1;
        }
    }

    auto line = [&](const QStringList& cells) -> QString {
        QString text;
        for (int c = 0; c < columns; ++c) {
            const QString cell = elide(cells.at(c), widths.at(c));
            const QString pad(widths.at(c) - displayWidth(cell), QLatin1Char(' '));
            const bool last = c == columns - 1;
            text += m_right.at(c) ? pad + cell : (last ? cell : cell + pad);
            if (!last) {
                text += QString(gap, QLatin1Char(' '));
            }
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        return text + QLatin1Char('\n');
    };

    QString text = line(m_headers);
    for (const QStringList& row : m_rows) {
        text += line(row);
    }
    return text;
}
