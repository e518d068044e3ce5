#pragma once

#include <QStyledItemDelegate>

// Draws a token in the sidebar: the service's icon, the name, "service ·
// account" underneath, and a flag when the token has expired or expires soon.
class TokenItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    static int iconSize(const QStyleOptionViewItem& option);
};
