#pragma once

#include "data/JsonLineLexer.h"

#include <QColor>
#include <QPalette>

#include <array>

// The colours of a text view: syntax colours for JsonLineLexer's kinds and the backgrounds of
// search matches and the line-number gutter. Chosen from the widget's palette: one set for light
// backgrounds, one for dark ones (by the lightness of QPalette::Base), so both themes read well.
class SyntaxPalette
{
public:
    SyntaxPalette() = default;
    explicit SyntaxPalette(const QPalette& palette);

    bool isDark() const { return m_dark; }
    QColor color(JsonLineLexer::Kind kind) const { return m_colors[std::size_t(kind)]; }
    QColor text() const { return m_text; }
    QColor matchBackground() const { return m_match; }
    QColor currentMatchBackground() const { return m_currentMatch; }
    QColor gutterBackground() const { return m_gutter; }
    QColor gutterText() const { return m_gutterText; }

    // `base` moved towards `accent` by `amount` (0–1).
    static QColor blend(const QColor& base, const QColor& accent, qreal amount);

private:
    bool m_dark = false;
    std::array<QColor, 9> m_colors {};
    QColor m_text;
    QColor m_match;
    QColor m_currentMatch;
    QColor m_gutter;
    QColor m_gutterText;
};
