#include "ProviderIcon.h"

#include "providers/Provider.h"

#include <QFont>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

class InitialsIconEngine : public QIconEngine
{
public:
    InitialsIconEngine(QColor background, QString text)
        : m_background(std::move(background))
        , m_text(std::move(text))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side,
                            side);
        QColor fill = m_background;
        if (mode == QIcon::Disabled) {
            fill.setAlphaF(0.4);
        }
        QPainterPath path;
        path.addRoundedRect(square, side * 0.22, side * 0.22);
        painter->fillPath(path, fill);
        const bool darkBackground = fill.lightnessF() < 0.6;
        painter->setPen(darkBackground ? Qt::white : QColor(0x20, 0x20, 0x20));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(side * (m_text.size() > 1 ? 0.42 : 0.55))));
        painter->setFont(font);
        painter->drawText(square, Qt::AlignCenter, m_text);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new InitialsIconEngine(m_background, m_text); }

private:
    QColor m_background;
    QString m_text;
};

} // namespace

QString ProviderIcon::initials(const QString& name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2 && words.at(1).at(0).isLetter()) {
        return QString(words.at(0).at(0).toUpper()) + words.at(1).at(0).toUpper();
    }
    return name.isEmpty() ? QStringLiteral("?") : QString(name.at(0).toUpper());
}

QIcon ProviderIcon::forProvider(const Provider& provider)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(provider.id);
    if (found != cache.constEnd()) {
        return *found;
    }
    QColor color(provider.color);
    if (!color.isValid()) {
        color = QColor(0x6b, 0x72, 0x80);
    }
    const QIcon icon(
        new InitialsIconEngine(color, provider.isCustom() ? QStringLiteral("{}") : initials(provider.name)));
    cache.insert(provider.id, icon);
    return icon;
}
