#include "MainWindow.h"

#include "ImportController.h"
#include "MessageBanner.h"
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
#include "presets/PresetStore.h"
#include "storage/AppPaths.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
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
    , m_details(new TokenDetailsPanel(vault, catalog, *m_actions, this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_actions->addAction(), this))
    , m_workspace(new RequestWorkspace(vault, catalog, *m_sender, *m_settings, this))
    , m_presets(std::make_unique<PresetStore>(AppPaths::presetsFile()))
{
    const QString presetsProblem = m_presets->load().message;
    // Import and export (File → Import…, dropped files, Copy as cURL, Postman export).
    m_import = new ImportController(vault, catalog, *m_presets, this);
    m_import->acceptDrops(this);

    setWindowTitle(QStringLiteral("Latchkey"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);

    auto* sidebar = new QSplitter(Qt::Vertical, this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    // The details scroll rather than squeeze when the window is short.
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    sidebar->addWidget(m_tokenList);
    sidebar->addWidget(detailsScroll);
    sidebar->setStretchFactor(0, 2);
    sidebar->setStretchFactor(1, 3);
    sidebar->setChildrenCollapsible(false);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(sidebar);
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
        m_details->showToken(id);
        m_workspace->editor()->setCurrentToken(id);
    });
    connect(m_tokenList, &TokenListPanel::tokenActivated, this, [this] { m_workspace->editor()->focusAddress(); });
    m_actions->setCurrentToken(m_tokenList->currentTokenId());
    m_details->showToken(m_tokenList->currentTokenId());
    m_workspace->editor()->setCurrentToken(m_tokenList->currentTokenId());
    connect(m_actions, &TokenActions::tokenAdded, m_tokenList, &TokenListPanel::selectToken);
    connect(m_actions, &TokenActions::renameRequested, m_tokenList, &TokenListPanel::startRename);
    connect(m_actions, &TokenActions::message, this, [this](MessageBanner::Kind kind, const QString& text) {
        if (kind == MessageBanner::Kind::Error || kind == MessageBanner::Kind::Warning) {
            m_banner->clearActions();
            m_banner->showMessage(kind, text);
        } else {
            statusBar()->showMessage(text, 8000);
        }
    });
    connect(m_details, &TokenDetailsPanel::problem, this, [this](const QString& text) {
        m_banner->clearActions();
        m_banner->showMessage(MessageBanner::Kind::Error, text);
    });
    connect(m_model, &TokenListModel::renameRefused, this, [this](const QString& text) {
        m_banner->clearActions();
        m_banner->showMessage(MessageBanner::Kind::Warning, text);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentral);
    updateCentral();

    if (m_vault.isReadOnly()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Your tokens are shown read-only."));
    }
    connect(m_import, &ImportController::message, this, [this](MessageBanner::Kind kind, const QString& text) {
        m_banner->clearActions();
        m_banner->showMessage(kind, text);
    });
    if (!presetsProblem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, presetsProblem);
    }
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->addAction());
    file->addSeparator();
    file->addAction(tr("&Import…"), m_import, &ImportController::chooseFile)->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Export Collection as Postman…"), m_import, [this] { m_import->exportCollection(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

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
                        dialog->open();
                    })
        ->setShortcut(QKeySequence::Preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* focusList = view->addAction(tr("Go to &Tokens"));
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(focusList, &QAction::triggered, this, [this] { m_tokenList->view()->setFocus(); });

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

void MainWindow::updateCentral()
{
    const int count = static_cast<int>(m_vault.tokens().size());
    m_welcome->setTokenCount(count);
    m_central->setCurrentWidget(count == 0 ? static_cast<QWidget*>(m_welcome) : m_workspace);
}

void MainWindow::showProblem(const QString& message)
{
    m_banner->clearActions();
    m_banner->showMessage(MessageBanner::Kind::Warning, message);
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
