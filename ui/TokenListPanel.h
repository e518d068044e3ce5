#pragma once

#include <QWidget>

class QAction;
class QListView;
class QPushButton;
class TokenListModel;

// The sidebar's token list: every token with its service and account, an
// "Add token" button, and the token actions in a context menu.
class TokenListPanel : public QWidget
{
    Q_OBJECT
public:
    TokenListPanel(TokenListModel* model, QAction* addAction, QWidget* parent = nullptr);

    QString currentTokenId() const;
    void selectToken(const QString& id);
    void startRename(const QString& id);
    void setContextActions(const QList<QAction*>& actions);
    QListView* view() const { return m_view; }

signals:
    void currentTokenChanged(const QString& id);
    void tokenActivated(const QString& id);

private:
    TokenListModel* m_model;
    QListView* m_view;
    QPushButton* m_add;
};
