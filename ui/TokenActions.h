#pragma once

#include "AddTokenDialog.h"
#include "MessageBanner.h"
#include "providers/TokenTester.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class ChoicesFetcher;
class ProviderCatalog;
class RequestRunner;
class QAction;
class QWidget;
class SecretClipboard;
class TokenVault;

// The things a person can do with tokens — add, test, copy, rename, remove — as
// QActions shared by the menu bar, the sidebar and the details panel. Runs
// the dialogs (never blocking: open(), not exec()) and talks to the vault.
class TokenActions : public QObject
{
    Q_OBJECT
public:
    TokenActions(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, SecretClipboard& clipboard,
                 QWidget* window);

    QAction* addAction() const { return m_add; }
    QAction* testAction() const { return m_test; }
    QAction* copyAction() const { return m_copy; }
    QAction* renameAction() const { return m_rename; }
    QAction* removeAction() const { return m_remove; }

    void setCurrentToken(const QString& id);
    QString currentToken() const { return m_current; }

    // The open dialogs, for tests and for the window to find.
    AddTokenDialog* addDialog() const { return m_addDialog; }
    QMessageBox* removeConfirmation() const { return m_confirm; }

signals:
    void tokenAdded(const QString& id);
    void testStarted(const QString& id);
    void testFinished(const QString& id, const TokenTester::Facts& facts);
    void renameRequested(const QString& id);
    void message(MessageBanner::Kind kind, const QString& text);
    void addDialogOpened(AddTokenDialog* dialog);

private:
    void openAddDialog();
    void copyCurrent();
    void testCurrent();
    void confirmRemove();
    void updateEnabled();

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    SecretClipboard& m_clipboard;
    QWidget* m_window;
    QString m_current;
    QString m_testing;
    TokenTester* m_tester;
    ChoicesFetcher* m_choices;
    QAction* m_add;
    QAction* m_test;
    QAction* m_copy;
    QAction* m_rename;
    QAction* m_remove;
    QPointer<AddTokenDialog> m_addDialog;
    QPointer<QMessageBox> m_confirm;
};
