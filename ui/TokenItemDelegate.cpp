#include "TokenItemDelegate.h"

#include "TokenListModel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int padding = 6;

} // namespace

int TokenItemDelegate::iconSize(const QStyleOptionViewItem& option)
{
    return option.fontMetrics.height() * 2;
}

QSize TokenItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lines = option.fontMetrics.height() * 2 + 2;
    return {200, std::max(lines, iconSize(option)) + 2 * padding};
}

void TokenItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.7);

    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const int icon = iconSize(option);
    const QIcon decoration = index.data(Qt::DecorationRole).value<QIcon>();
    decoration.paint(painter, QRect(area.left(), area.top() + (area.height() - icon) / 2, icon, icon));

    QRect textArea = area.adjusted(icon + padding, 0, 0, 0);
    const int state = index.data(TokenListModel::ExpiryStateRole).toInt();
    if (state != TokenListModel::ExpiryOk) {
        const QString badge = state == TokenListModel::Expired ? tr("Expired") : tr("Expires soon");
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        painter->setFont(small);
        const QFontMetrics metrics(small);
        const int width = metrics.horizontalAdvance(badge) + 10;
        const QRect badgeRect(textArea.right() - width, textArea.top() + 1, width, metrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(state == TokenListModel::Expired ? QColor(0xc6, 0x28, 0x28) : QColor(0xd9, 0x8a, 0x00));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(badgeRect, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        textArea.setRight(badgeRect.left() - padding);
    }

    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QFontMetrics nameMetrics(nameFont);
    const QRect nameRect(textArea.left(), textArea.top(), textArea.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));

    painter->setFont(option.font);
    painter->setPen(mutedColor);
    const QRect subtitleRect(textArea.left(), nameRect.bottom() + 2, area.right() - textArea.left(),
                             option.fontMetrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(TokenListModel::SubtitleRole).toString(), Qt::ElideRight,
                                                    subtitleRect.width()));
    painter->restore();
}

void TokenItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const
{
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const int icon = iconSize(option);
    editor->setGeometry(area.left() + icon + padding, area.top(), area.width() - icon - padding,
                        option.fontMetrics.height() + 6);
}
