#include "SyntaxPalette.h"

SyntaxPalette::SyntaxPalette(const QPalette& palette)
{
    using K = JsonLineLexer::Kind;
    const QColor base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_dark = base.lightness() < 128;
    auto set = [this](K kind, QColor light, QColor dark) { m_colors[std::size_t(kind)] = m_dark ? dark : light; };
    m_colors[std::size_t(K::Plain)] = m_text;
    // After the usual editor themes: blue names, red-brown strings, green numbers.
    set(K::Name, QColor(0x04, 0x51, 0xa5), QColor(0x9c, 0xdc, 0xfe));
    set(K::String, QColor(0xa3, 0x15, 0x15), QColor(0xce, 0x91, 0x78));
    set(K::Number, QColor(0x09, 0x86, 0x58), QColor(0xb5, 0xce, 0xa8));
    set(K::Literal, QColor(0x00, 0x00, 0xcc), QColor(0x56, 0x9c, 0xd6));
    m_colors[std::size_t(K::Punctuation)] = blend(m_text, base, 0.35);
    set(K::Tag, QColor(0x80, 0x00, 0x00), QColor(0x56, 0x9c, 0xd6));
    set(K::Attribute, QColor(0xc5, 0x00, 0x00), QColor(0x9c, 0xdc, 0xfe));
    set(K::Comment, QColor(0x00, 0x80, 0x00), QColor(0x6a, 0x99, 0x55));

    const QColor yellow(0xff, 0xd0, 0x20);
    const QColor orange(0xff, 0x8c, 0x00);
    m_match = blend(base, yellow, m_dark ? 0.35 : 0.55);
    m_currentMatch = blend(base, orange, m_dark ? 0.6 : 0.7);
    m_gutter = blend(base, palette.color(QPalette::Window), 0.6);
    m_gutterText = blend(m_text, base, 0.5);
}

QColor SyntaxPalette::blend(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + accent.redF() * amount),
                            float(base.greenF() * (1 - amount) + accent.greenF() * amount),
                            float(base.blueF() * (1 - amount) + accent.blueF() * amount));
}
