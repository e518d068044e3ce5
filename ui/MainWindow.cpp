#include "MainWindow.h"

#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "ImportController.h"
#include "MessageBanner.h"
#include "PresetController.h"
#include "PresetTreeModel.h"
#include "PresetsPanel.h"
#include "RecipesPage.h"
#include "RequestEditor.h"
#include "RequestWorkspace.h"
#include "SecretClipboard.h"
#include "SettingsDialog.h"
#include "TokenActions.h"
#include "TokenDetailsPanel.h"
#include "TokenListModel.h"
#include "TokenListPanel.h"
#include "WelcomePage.h"
#include "http/RequestSender.h"
#include "presets/History.h"
#include "presets/PresetStore.h"
#include "presets/ResponseStore.h"
#include "storage/AppPaths.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_settings(std::make_unique<Settings>())
    , m_sender(new RequestSender(vault, catalog, runner, this))
    , m_clipboard(new SecretClipboard(this))
    , m_actions(new TokenActions(vault, catalog, runner, *m_clipboard, this))
    , m_model(new TokenListModel(vault, catalog, this))
    , m_banner(new MessageBanner(this))
    , m_tokenList(new TokenListPanel(m_model, m_actions->addAction(), this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_actions->addAction(), this))
    , m_workspace(new RequestWorkspace(vault, catalog, *m_sender, *m_settings, this))
    , m_presets(std::make_unique<PresetStore>(AppPaths::presetsFile()))
    , m_history(std::make_unique<History>(AppPaths::historyFile(), m_settings->historyCap()))
    , m_responses(std::make_unique<ResponseStore>(AppPaths::responsesDir()))
{
    const QString presetsProblem = m_presets->load().message;
    const QString historyProblem = m_history->load().message;
    // Import and export (File → Import…, dropped files, Copy as cURL, Postman export).
    m_import = new ImportController(vault, catalog, *m_presets, this);
    m_import->acceptDrops(this);

    setWindowTitle(QStringLiteral("Latchkey"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);

    auto* sidebar = new QSplitter(Qt::Vertical, this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    // The details scroll rather than squeeze when the window is short.
    m_detailsScroll = new QScrollArea(this);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    sidebar->addWidget(m_tokenList);
    sidebar->addWidget(m_detailsScroll);
    sidebar->setStretchFactor(0, 2);
    sidebar->setStretchFactor(1, 3);
    sidebar->setChildrenCollapsible(false);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    createPresetPanels();
    m_sidebarTabs = new QTabWidget(this);
    m_sidebarTabs->setObjectName(QStringLiteral("sidebarTabs"));
    m_sidebarTabs->setDocumentMode(true);
    m_sidebarTabs->addTab(sidebar, tr("Tokens"));
    m_sidebarTabs->addTab(m_presetsPage, tr("Presets"));
    m_sidebarTabs->addTab(m_historyPage, tr("History"));
    connect(m_sidebarTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_sidebarTabs->widget(index) == m_presetsPage) {
            presetsPanel();
        } else if (m_sidebarTabs->widget(index) == m_historyPage) {
            historyPanel();
        }
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sidebarTabs);
    split->addWidget(m_central);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 720});
    split->setChildrenCollapsible(false);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    setCentralWidget(body);

    m_tokenList->setContextActions(
        {m_actions->testAction(), m_actions->copyAction(), m_actions->renameAction(), m_actions->removeAction()});
    createMenus();

    connect(m_tokenList, &TokenListPanel::currentTokenChanged, this, [this](const QString& id) {
        m_actions->setCurrentToken(id);
        showTokenDetails(id);
        m_workspace->setCurrentToken(id);
    });
    connect(m_tokenList, &TokenListPanel::tokenActivated, this, [this] { m_workspace->editor()->focusAddress(); });
    m_actions->setCurrentToken(m_tokenList->currentTokenId());
    showTokenDetails(m_tokenList->currentTokenId());
    m_workspace->setCurrentToken(m_tokenList->currentTokenId());
    connect(m_actions, &TokenActions::tokenAdded, m_tokenList, &TokenListPanel::selectToken);
    connect(m_actions, &TokenActions::renameRequested, m_tokenList, &TokenListPanel::startRename);
    connect(m_actions, &TokenActions::message, this, &MainWindow::report);
    connect(m_model, &TokenListModel::renameRefused, this,
            [this](const QString& text) { showBanner(MessageBanner::Kind::Warning, text); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentral);
    updateCentral();

    if (m_vault.isReadOnly()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Your tokens are shown read-only."));
    }
    connect(m_import, &ImportController::message, this, &MainWindow::showBanner);
    if (!presetsProblem.isEmpty() || !historyProblem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              QStringList {presetsProblem, historyProblem}.join(QLatin1Char('\n')).trimmed());
    }
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_presetController->newRequestAction());
    file->addAction(m_actions->addAction());
    file->addSeparator();
    file->addAction(m_presetController->saveAction());
    file->addAction(m_presetController->saveAsAction());
    file->addSeparator();
    file->addAction(tr("&Import…"), m_import, &ImportController::chooseFile)->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Export Collection as Postman…"), m_import, [this] { m_import->exportCollection(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_presetController->undoAction());

    QMenu* token = menuBar()->addMenu(tr("&Token"));
    token->addAction(m_actions->testAction());
    token->addAction(m_actions->copyAction());
    token->addAction(m_actions->renameAction());
    token->addSeparator();
    token->addAction(m_actions->removeAction());

    QMenu* request = menuBar()->addMenu(tr("&Request"));
    QAction* send = request->addAction(tr("&Send"), m_workspace, &RequestWorkspace::send);
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    // Escape cancels too, from inside the request area (RequestWorkspace).
    request->addAction(tr("&Cancel Sending"), m_workspace, &RequestWorkspace::cancel);
    QAction* address
        = request->addAction(tr("Go to the &Address"), this, [this] { m_workspace->editor()->focusAddress(); });
    address->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    request->addAction(tr("Copy as c&URL"), m_import, [this] { m_import->copyAsCurl(m_workspace->editor()->spec()); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    request->addSeparator();
    request
        ->addAction(tr("Se&ttings…"), this,
                    [this] {
                        auto* dialog = new SettingsDialog(*m_settings, this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dialog, &QDialog::accepted, this,
                                [this] { m_history->setCap(m_settings->historyCap()); });
                        dialog->open();
                    })
        ->setShortcut(QKeySequence::Preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* focusList = view->addAction(tr("Go to &Tokens"));
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(focusList, &QAction::triggered, this, [this] {
        m_sidebarTabs->setCurrentIndex(0);
        m_tokenList->view()->setFocus();
    });
    QAction* focusPresets = view->addAction(tr("Go to &Presets"));
    focusPresets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(focusPresets, &QAction::triggered, this, [this] {
        m_sidebarTabs->setCurrentWidget(m_presetsPage);
        presetsPanel()->searchField()->setFocus();
    });
    QAction* focusHistory = view->addAction(tr("Go to &History"));
    focusHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(focusHistory, &QAction::triggered, this, [this] {
        m_sidebarTabs->setCurrentWidget(m_historyPage);
        historyPanel()->searchField()->setFocus();
    });
    view->addSeparator();
    QAction* recipes = view->addAction(tr("&Recipes"), this, &MainWindow::showRecipes);
    recipes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Latchkey"), this, [this] {
        auto* box = new QMessageBox(QMessageBox::Information, tr("About Latchkey"),
                                    tr("<b>Latchkey %1</b><p>Your personal API tokens, kept in the system keychain, "
                                       "and your own data from the services they belong to.</p>"
                                       "<p>No account, no cloud: nothing leaves this computer except the requests "
                                       "you send.</p>")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createPresetPanels()
{
    // The Presets and History tabs and the Recipes page are built the first time they are
    // shown (or asked for): at start-up only the Tokens tab shows, and the window opens sooner.
    m_presetsPage = new QWidget(this);
    new QVBoxLayout(m_presetsPage);
    m_presetsPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_historyPage = new QWidget(this);
    new QVBoxLayout(m_historyPage);
    m_historyPage->layout()->setContentsMargins(0, 0, 0, 0);

    m_presetController
        = new PresetController(*m_presets, *m_history, *m_responses, m_vault, m_catalog, *m_workspace, this);
    PresetController* presets = m_presetController;
    connect(presets, &PresetController::requestOpened, this, [this] { m_central->setCurrentWidget(m_workspace); });
    connect(presets, &PresetController::saved, this, [this](const QString& id) {
        if (m_presetsPanel) {
            m_presetsPanel->selectPreset(id);
        }
    });
    connect(presets, &PresetController::renameRequested, this,
            [this](const QString& id) { presetsPanel()->startRename(id); });
    connect(presets, &PresetController::message, this, &MainWindow::report);
    connect(presets, &PresetController::deleted, this, [this](const QString& name) {
        m_banner->clearActions();
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Deleted \"%1\".").arg(name));
        m_banner->addAction(tr("Undo"), [this] {
            m_banner->hide();
            m_presetController->undo();
        });
    });
}

PresetsPanel* MainWindow::presetsPanel()
{
    if (m_presetsPanel) {
        return m_presetsPanel;
    }
    PresetController* presets = m_presetController;
    auto* tree = new PresetTreeModel(*m_presets, m_vault, m_catalog, this);
    m_presetsPanel = new PresetsPanel(tree, m_presetsPage);
    m_presetsPage->layout()->addWidget(m_presetsPanel);
    connect(m_presetsPanel, &PresetsPanel::openRequested, presets, &PresetController::open);
    connect(m_presetsPanel, &PresetsPanel::runRequested, presets, &PresetController::run);
    connect(m_presetsPanel, &PresetsPanel::duplicateRequested, presets, &PresetController::duplicate);
    connect(m_presetsPanel, &PresetsPanel::deleteRequested, presets, &PresetController::remove);
    connect(m_presetsPanel, &PresetsPanel::deleteCollectionRequested, presets, &PresetController::removeCollection);
    connect(m_presetsPanel, &PresetsPanel::copyAsCurlRequested, m_import, &ImportController::copyPresetAsCurl);
    connect(m_presetsPanel, &PresetsPanel::exportCollectionRequested, m_import,
            [this](const QString& collectionId) { m_import->exportCollection(collectionId); });
    connect(m_presetsPanel, &PresetsPanel::newCollectionRequested, presets, &PresetController::newCollection);
    connect(m_presetsPanel, &PresetsPanel::recipesRequested, this, &MainWindow::showRecipes);
    connect(tree, &PresetTreeModel::refused, this,
            [this](const QString& text) { showBanner(MessageBanner::Kind::Warning, text); });
    if (!m_workspace->presetId().isEmpty()) {
        m_presetsPanel->selectPreset(m_workspace->presetId());
    }
    return m_presetsPanel;
}

TokenDetailsPanel* MainWindow::tokenDetails()
{
    if (m_details) {
        return m_details;
    }
    m_details = new TokenDetailsPanel(m_vault, m_catalog, *m_actions, m_detailsScroll);
    m_detailsScroll->setWidget(m_details);
    // Tab goes from the token list to the details, as it would had they been built together.
    // (setTabOrder ignores widgets that take no focus.)
    QWidget* previous = nullptr;
    for (QWidget* w = m_tokenList; w == m_tokenList || m_tokenList->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus) {
            previous = w;
        }
    }
    QList<QWidget*> inDetails;
    for (QWidget* w = m_details; w == m_details || m_details->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus) {
            inDetails.append(w);
        }
    }
    for (QWidget* w : std::as_const(inDetails)) {
        if (previous) {
            setTabOrder(previous, w);
        }
        previous = w;
    }
    connect(m_details, &TokenDetailsPanel::problem, this,
            [this](const QString& text) { showBanner(MessageBanner::Kind::Error, text); });
    return m_details;
}

void MainWindow::showTokenDetails(const QString& id)
{
    // With no token there is nothing to show: the panel waits for the first one.
    if (m_details || !id.isEmpty()) {
        tokenDetails()->showToken(id);
    }
}

HistoryPanel* MainWindow::historyPanel()
{
    if (m_historyPanel) {
        return m_historyPanel;
    }
    PresetController* presets = m_presetController;
    m_historyPanel = new HistoryPanel(new HistoryModel(*m_history, this), m_historyPage);
    m_historyPage->layout()->addWidget(m_historyPanel);
    connect(m_historyPanel, &HistoryPanel::openRequested, presets, &PresetController::openHistory);
    connect(m_historyPanel, &HistoryPanel::sendAgainRequested, presets, &PresetController::sendHistoryAgain);
    connect(m_historyPanel, &HistoryPanel::saveRequested, presets, &PresetController::saveHistory);
    connect(m_historyPanel, &HistoryPanel::clearRequested, presets, &PresetController::clearHistory);
    return m_historyPanel;
}

RecipesPage* MainWindow::recipesPage()
{
    if (m_recipes) {
        return m_recipes;
    }
    m_recipes = new RecipesPage(m_vault, m_catalog, this);
    m_central->addWidget(m_recipes);
    connect(m_recipes, &RecipesPage::runRequested, m_presetController, &PresetController::runRecipe);
    connect(m_recipes, &RecipesPage::backRequested, this, &MainWindow::updateCentral);
    return m_recipes;
}

void MainWindow::showRecipes()
{
    if (m_vault.tokens().isEmpty()) {
        updateCentral();
        return;
    }
    RecipesPage* recipes = recipesPage();
    recipes->refresh(m_tokenList->currentTokenId());
    m_central->setCurrentWidget(recipes);
    recipes->list()->setFocus();
}

void MainWindow::updateCentral()
{
    const int count = static_cast<int>(m_vault.tokens().size());
    m_welcome->setTokenCount(count);
    m_central->setCurrentWidget(count == 0 ? static_cast<QWidget*>(m_welcome) : m_workspace);
}

void MainWindow::showProblem(const QString& message)
{
    showBanner(MessageBanner::Kind::Warning, message);
}

void MainWindow::showBanner(MessageBanner::Kind kind, const QString& text)
{
    m_banner->clearActions();
    m_banner->showMessage(kind, text);
}

void MainWindow::report(MessageBanner::Kind kind, const QString& text)
{
    // Problems stay in the banner until dealt with; good news passes in the status bar.
    if (kind == MessageBanner::Kind::Error || kind == MessageBanner::Kind::Warning) {
        showBanner(kind, text);
    } else {
        statusBar()->showMessage(text, 8000);
    }
}

void MainWindow::checkKeychain()
{
    m_vault.checkKeychain([this, guard = QPointer<MainWindow>(this)](const TokenVault::Result& result) {
        if (!guard || result.ok()) {
            if (guard && m_banner->isVisible() && m_banner->kind() == MessageBanner::Kind::Error
                && m_banner->property("keychain").toBool()) {
                m_banner->hide();
            }
            return;
        }
        m_banner->clearActions();
        m_banner->setProperty("keychain", true);
        m_banner->showMessage(MessageBanner::Kind::Error, result.message);
        m_banner->addAction(tr("Try again"), [this] { checkKeychain(); });
    });
}
