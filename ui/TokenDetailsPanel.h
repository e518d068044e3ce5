#pragma once

#include "providers/TokenTester.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class ProviderCatalog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class TokenActions;
class TokenVault;

// What Latchkey knows about the selected token — service, account, where it
// is sent, dates, scopes — with the token itself masked (reveal on request,
// hidden again after 30 s) and the token actions as buttons.
class TokenDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int revealForMs = 30000;

    TokenDetailsPanel(TokenVault& vault, const ProviderCatalog& catalog, TokenActions& actions,
                      QWidget* parent = nullptr);

    void showToken(const QString& id);
    QString tokenId() const { return m_id; }
    QLineEdit* secretField() const { return m_secret; }
    QToolButton* revealButton() const { return m_reveal; }
    QString fieldText(const QString& objectName) const;
    QString testResultText() const;

signals:
    void problem(const QString& message);

private:
    void refresh();
    void showTestResult();
    void setRevealed(bool revealed);
    QLabel* addRow(const QString& label, const QString& objectName);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    QString m_id;
    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_form;
    QLineEdit* m_secret;
    QToolButton* m_reveal;
    QTimer m_hideTimer;
    QLabel* m_service;
    QLabel* m_account;
    QLabel* m_hosts;
    QLabel* m_created;
    QLabel* m_lastUsed;
    QLabel* m_expires;
    QLabel* m_scopes;
    QLabel* m_rateLimit;
    QLabel* m_checked;
    QLabel* m_testResult;
    struct TestResult
    {
        bool running = false;
        TokenTester::Facts facts;
    };
    QHash<QString, TestResult> m_tests;
};
