#pragma once

#include "MessageBanner.h"

#include <QMainWindow>

#include <memory>

class History;
class HistoryPanel;
class ImportController;
class PresetController;
class PresetStore;
class PresetsPanel;
class ProviderCatalog;
class RequestRunner;
class RequestSender;
class RecipesPage;
class RequestWorkspace;
class ResponseStore;
class Settings;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class SecretClipboard;
class TokenActions;
class TokenDetailsPanel;
class TokenListModel;
class TokenListPanel;
class TokenVault;
class WelcomePage;

// The window: wires the panels together and nothing more. The sidebar holds
// three tabs: the token list with the selected token's details, the presets,
// and the history; the central area the requests and their answers (the
// welcome page until there is a token), or the Recipes gallery.
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
    TokenActions* tokenActions() const { return m_actions; }
    SecretClipboard* secretClipboard() const { return m_clipboard; }
    RequestWorkspace* workspace() const { return m_workspace; }
    PresetStore& presetStore() const { return *m_presets; }
    History& history() const { return *m_history; }
    QTabWidget* sidebarTabs() const { return m_sidebarTabs; }
    // Built the first time they show or are asked for.
    TokenDetailsPanel* tokenDetails();
    PresetsPanel* presetsPanel();
    HistoryPanel* historyPanel();
    RecipesPage* recipesPage();
    PresetController* presets() const { return m_presetController; }
    ImportController* importer() const { return m_import; }

private:
    void showBanner(MessageBanner::Kind kind, const QString& text);
    void report(MessageBanner::Kind kind, const QString& text);
    void createMenus();
    void updateCentral();
    void createPresetPanels();
    void showRecipes();
    void showTokenDetails(const QString& id);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    std::unique_ptr<Settings> m_settings;
    RequestSender* m_sender;
    SecretClipboard* m_clipboard;
    TokenActions* m_actions;
    TokenListModel* m_model;
    MessageBanner* m_banner;
    TokenListPanel* m_tokenList;
    QScrollArea* m_detailsScroll = nullptr;
    TokenDetailsPanel* m_details = nullptr; // built when a token is first selected
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    RequestWorkspace* m_workspace;
    std::unique_ptr<PresetStore> m_presets;
    ImportController* m_import = nullptr;
    std::unique_ptr<History> m_history;
    std::unique_ptr<ResponseStore> m_responses;
    QTabWidget* m_sidebarTabs = nullptr;
    QWidget* m_presetsPage = nullptr; // the Presets tab, holding m_presetsPanel once built
    QWidget* m_historyPage = nullptr;
    PresetsPanel* m_presetsPanel = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    RecipesPage* m_recipes = nullptr;
    PresetController* m_presetController = nullptr;
};
