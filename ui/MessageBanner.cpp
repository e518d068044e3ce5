#include "MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

QColor blend(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                               ? QStyle::SP_MessageBoxWarning
        : kind == Kind::Success                               ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    setAccessibleName(text);
    applyColours();
    show();
}

void MessageBanner::addAction(const QString& text, std::function<void()> onClick)
{
    auto* button = new QPushButton(text, this);
    m_actions->addWidget(button);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)] { onClick(); });
}

void MessageBanner::clearActions()
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBanner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleName(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours) {
        applyColours();
    }
}

void MessageBanner::applyColours()
{
    const QColor accent = m_kind == Kind::Error ? QColor(0xd0, 0x30, 0x30)
        : m_kind == Kind::Warning               ? QColor(0xe0, 0xa0, 0x10)
        : m_kind == Kind::Success               ? QColor(0x20, 0xa0, 0x50)
                                                : palette().color(QPalette::Highlight);
    m_applyingColours = true;
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 blend(parentWidget() ? parentWidget()->palette().color(QPalette::Window) : pal.color(QPalette::Window),
                       accent, 0.18));
    setPalette(pal);
    m_applyingColours = false;
}
