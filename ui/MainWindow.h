#pragma once

#include <QMainWindow>

#include <memory>

class ImportController;
class MessageBanner;
class PresetStore;
class ProviderCatalog;
class RequestRunner;
class RequestSender;
class RequestWorkspace;
class Settings;
class QSplitter;
class QStackedWidget;
class SecretClipboard;
class TokenActions;
class TokenDetailsPanel;
class TokenListModel;
class TokenListPanel;
class TokenVault;
class WelcomePage;

// The window: wires the panels together and nothing more. The sidebar holds
// the token list and the selected token's details; the central area the
// requests and their answers (the welcome page until there is a token).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QWidget* parent = nullptr);
    ~MainWindow() override;

    // A problem found at start-up (e.g. a corrupt file moved aside).
    void showProblem(const QString& message);
    // Checks, without blocking, that the keychain works; says so if it does not.
    void checkKeychain();

    MessageBanner* banner() const { return m_banner; }
    TokenListPanel* tokenList() const { return m_tokenList; }
    TokenDetailsPanel* tokenDetails() const { return m_details; }
    TokenActions* tokenActions() const { return m_actions; }
    SecretClipboard* secretClipboard() const { return m_clipboard; }
    RequestWorkspace* workspace() const { return m_workspace; }
    PresetStore& presetStore() const { return *m_presets; }
    ImportController* importer() const { return m_import; }

private:
    void createMenus();
    void updateCentral();

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    std::unique_ptr<Settings> m_settings;
    RequestSender* m_sender;
    SecretClipboard* m_clipboard;
    TokenActions* m_actions;
    TokenListModel* m_model;
    MessageBanner* m_banner;
    TokenListPanel* m_tokenList;
    TokenDetailsPanel* m_details;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    RequestWorkspace* m_workspace;
    std::unique_ptr<PresetStore> m_presets;
    ImportController* m_import = nullptr;
};
