// Presets, recipes and the history in the window, through real widgets, the real
// keychain and the provider-shaped server: "Done when" a person with a GitHub
// token opens the Recipes gallery, clicks "My repositories", sees the answer,
// tweaks it, saves it as their own preset, and runs it again tomorrow from the
// window or the terminal. Also rename, duplicate, delete with undo, drag and
// drop, search, the history, and a scan of every file the session wrote.
#include "CliRunner.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PresetController.h"
#include "PresetTreeModel.h"
#include "PresetsPanel.h"
#include "RecipesPage.h"
#include "RequestEditor.h"
#include "RequestWorkspace.h"
#include "ResponseView.h"
#include "SavePresetDialog.h"
#include "TestDirs.h"
#include "http/RequestRunner.h"
#include "i18n/Translations.h"
#include "presets/History.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

class PresetsGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recipe_run_tweak_save_runAgainTomorrow_windowAndTerminal();
    void rename_duplicate_delete_undo();
    void dragAndDrop_movesToAnotherCollection();
    void search_filtersTree();
    void tableLayout_keptWhenSavedBeforeAnyAnswer_appliedToTheNextTable();
    void history_recordsOpensSavesClears();
    void fullSession_noSecretInAnyFile();

private:
    void openWindow();
    QString addGitHubToken(const QString& name, const QString& secret);
    QAction* menuAction(const QString& text) const;
    SavePresetDialog* waitForSaveDialog() const;
    QModelIndex presetIndex(const QString& presetId) const;
    void waitForAnswer() const;
    // Types `address` into the address field and presses Return; waits for the answer.
    void typeAndSend(const QString& address) const;
    // Presses Ctrl+Return in the window; waits for the answer.
    void sendWithShortcut(QWidget* focus) const;
    QString addPreset(const QString& name, const QString& path, const QString& collectionId = {});

    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
    QString m_tokenId;
    const QString m_secret = QStringLiteral("ghp_PresetsGui0123456789abcdefghijklmn");
};

void PresetsGuiTest::initTestCase()
{
    QVERIFY2(!m_server.isEmpty(), "run inside tests/fixtures/test-env.sh");
    Translations::install(*QCoreApplication::instance());
    m_catalog = ProviderCatalog::load();
}

void PresetsGuiTest::init()
{
    m_dirs = std::make_unique<TestDirs>();
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_vault = std::make_unique<TokenVault>(m_secrets.get(), AppPaths::tokensFile());
    m_vault->load();
    m_runner = std::make_unique<RequestRunner>();
    m_tokenId = addGitHubToken(QStringLiteral("Work GitHub"), m_secret);
    QVERIFY(!m_tokenId.isEmpty());
    openWindow();
}

void PresetsGuiTest::cleanup()
{
    m_window.reset();
    m_runner.reset();
    m_vault.reset();
    m_secrets.reset();
    m_dirs.reset();
}

void PresetsGuiTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_vault, m_catalog, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString PresetsGuiTest::addGitHubToken(const QString& name, const QString& secret)
{
    // A GitHub token whose API lives on the provider-shaped server (as on GitHub Enterprise).
    TokenRecord record = TokenRecord::create(name, QStringLiteral("github"));
    record.baseUrl = m_server + QStringLiteral("/github");
    QString id;
    bool done = false;
    m_vault->addToken(record, secret, [&](const TokenVault::Result& result) {
        id = result.tokenId;
        done = true;
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.message));
        }
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000)) {
        qWarning("the keychain did not answer");
    }
    return id;
}

QAction* PresetsGuiTest::menuAction(const QString& text) const
{
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == text) {
            return action;
        }
    }
    return nullptr;
}

SavePresetDialog* PresetsGuiTest::waitForSaveDialog() const
{
    SavePresetDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<SavePresetDialog*>()) && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr;
}

QModelIndex PresetsGuiTest::presetIndex(const QString& presetId) const
{
    QTreeView* view = m_window->presetsPanel()->view();
    const auto* model = view->model();
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(PresetTreeModel::IdRole).toString() == presetId
                && index.data(PresetTreeModel::KindRole).toInt() == int(PresetTreeModel::Kind::Preset)) {
                return index;
            }
            pending.append(index);
        }
    }
    return {};
}

void PresetsGuiTest::waitForAnswer() const
{
    RequestWorkspace* workspace = m_window->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isSending(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->response()->isDigestReady(), 20000);
}

void PresetsGuiTest::typeAndSend(const QString& address) const
{
    QLineEdit* field = m_window->workspace()->editor()->addressField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, address);
    QSignalSpy finished(m_window->workspace(), &RequestWorkspace::finished);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    waitForAnswer();
}

void PresetsGuiTest::sendWithShortcut(QWidget* focus) const
{
    QSignalSpy finished(m_window->workspace(), &RequestWorkspace::finished);
    QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    waitForAnswer();
}

QString PresetsGuiTest::addPreset(const QString& name, const QString& path, const QString& collectionId)
{
    RequestSpec spec;
    spec.tokenId = m_tokenId;
    spec.method = QStringLiteral("GET");
    spec.url = path;
    Preset preset = Preset::create(name, spec);
    preset.collectionId = collectionId;
    const PresetStore::Result result = m_window->presetStore().add(preset);
    return result.id;
}

void PresetsGuiTest::recipe_run_tweak_save_runAgainTomorrow_windowAndTerminal()
{
    // The tabs that do not show at start are built when they first show.
    QVERIFY(!m_window->findChild<PresetsPanel*>());
    QVERIFY(!m_window->findChild<HistoryPanel*>());
    QVERIFY(!m_window->findChild<RecipesPage*>());
    QVERIFY(!m_window->findChild<QTabWidget*>(QStringLiteral("responseTabs")));
    QTabBar* tabs = m_window->sidebarTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
    QTRY_VERIFY(m_window->findChild<HistoryPanel*>() && m_window->findChild<HistoryPanel*>()->isVisible());
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());

    // View → Recipes: the gallery lists the GitHub token's recipes.
    QAction* recipes = menuAction(QStringLiteral("Recipes"));
    QVERIFY(recipes);
    QCOMPARE(recipes->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    recipes->trigger();
    RecipesPage* page = m_window->recipesPage();
    QTRY_VERIFY(page->isVisible());
    QTreeWidget* list = page->list();
    QList<QTreeWidgetItem*> found = list->findItems(QStringLiteral("My repositories"), Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QVERIFY(!list->findItems(QStringLiteral("Issues assigned to me"), Qt::MatchRecursive).isEmpty());
    QVERIFY(!list->findItems(QStringLiteral("My notifications"), Qt::MatchRecursive).isEmpty());

    // One click on Run.
    list->setCurrentItem(found.first());
    auto* run = page->findChild<QPushButton*>(QStringLiteral("runRecipeButton"));
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    RequestWorkspace* workspace = m_window->workspace();
    QTRY_VERIFY(workspace->isVisible());
    waitForAnswer();
    QVERIFY2(workspace->response()->summaryText().startsWith(QStringLiteral("200 OK — 100 items")),
             qPrintable(workspace->response()->summaryText()));
    QCOMPARE(workspace->editor()->addressField()->text(), QStringLiteral("/user/repos?sort=updated&per_page=100"));
    // The answer has the larger part of the area (the editor is built after the area).
    QVERIFY2(
        workspace->response()->height() > workspace->editor()->height(),
        qPrintable(QStringLiteral("%1 vs %2").arg(workspace->response()->height()).arg(workspace->editor()->height())));
    QTRY_COMPARE(m_window->history().entries().size(), 1);

    // Tweak it: five per page.
    QLineEdit* address = workspace->editor()->addressField();
    typeAndSend(QStringLiteral("/user/repos?sort=updated&per_page=5"));
    QVERIFY2(workspace->response()->summaryText().startsWith(QStringLiteral("200 OK — 5 items")),
             qPrintable(workspace->response()->summaryText()));

    // Ctrl+S: named after the recipe; saved under a name of one's own.
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    SavePresetDialog* dialog = waitForSaveDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("My repositories"));
    dialog->nameField()->selectAll();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Five latest repositories"));
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->presetStore().presets().size(), 1);
    const Preset saved = m_window->presetStore().presets().first();
    QCOMPARE(saved.name, QStringLiteral("Five latest repositories"));
    QCOMPARE(saved.recipe, QStringLiteral("github/my-repos"));
    QCOMPARE(saved.request.tokenId, m_tokenId);
    QCOMPARE(saved.request.url, QStringLiteral("/user/repos?sort=updated&per_page=5"));
    QCOMPARE(workspace->presetId(), saved.id);
    // It shows in the sidebar, selected.
    QVERIFY(presetIndex(saved.id).isValid());
    QCOMPARE(m_window->presetsPanel()->currentPresetId(), saved.id);

    // Ctrl+S again on an opened preset saves in place, no dialog.
    address->setFocus();
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("/user/repos?sort=updated&per_page=4"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QTRY_COMPARE(m_window->presetStore().presets().first().request.url,
                 QStringLiteral("/user/repos?sort=updated&per_page=4"));
    QVERIFY(!m_window->findChild<SavePresetDialog*>() || !m_window->findChild<SavePresetDialog*>()->isVisible());
    // Run it so its last answer is kept.
    sendWithShortcut(m_window->presetsPanel()->view());
    QVERIFY(workspace->response()->summaryText().startsWith(QStringLiteral("200 OK — 4 items")));

    // Tomorrow: a new window on the same files.
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->presetStore().presets().size(), 1);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QTRY_VERIFY(m_window->presetsPanel()->isVisible());
    QTreeView* tree = m_window->presetsPanel()->view();
    QTRY_VERIFY(m_window->presetsPanel()->searchField()->hasFocus());
    QTest::keyClick(m_window->presetsPanel()->searchField(), Qt::Key_Down);
    QVERIFY(tree->hasFocus());
    tree->setCurrentIndex(presetIndex(saved.id));
    QTest::keyClick(tree, Qt::Key_Return);
    // Its last answer shows without sending.
    workspace = m_window->workspace();
    QCOMPARE(workspace->presetId(), saved.id);
    QTRY_VERIFY(workspace->response()->isDigestReady());
    const QStringList kept = workspace->response()->summaryText().split(QLatin1Char('\n'));
    QVERIFY2(kept.size() >= 2 && kept.at(0).startsWith(QStringLiteral("The last answer, from "))
                 && kept.at(1).startsWith(QStringLiteral("200 OK — 4 items")),
             qPrintable(kept.join(QLatin1Char('|'))));
    QVERIFY(!workspace->isSending());
    QCOMPARE(m_window->history().entries().size(), 3);
    // And runs again.
    sendWithShortcut(tree);
    QTRY_COMPARE(m_window->history().entries().size(), 4);
    QCOMPARE(m_window->history().entries().last().presetId, saved.id);

    // From the terminal, with the same keychain and files.
    CliRunner cli(m_dirs->environment());
    const CliRun terminal = cli.run({QStringLiteral("run"), QStringLiteral("Five latest repositories"),
                                     QStringLiteral("--output"), QStringLiteral("csv")});
    QVERIFY2(terminal.exitCode == 0, qPrintable(terminal.errText()));
    QCOMPARE(terminal.outText().trimmed().split(QLatin1Char('\n')).size(), 5); // header + 4 rows
    QVERIFY(!terminal.outText().contains(m_secret));
    QVERIFY(!terminal.errText().contains(m_secret));
}

void PresetsGuiTest::rename_duplicate_delete_undo()
{
    const QString first = addPreset(QStringLiteral("Alpha"), QStringLiteral("/user"));
    const QString second = addPreset(QStringLiteral("Beta"), QStringLiteral("/user/repos"));
    PresetsPanel* panel = m_window->presetsPanel();
    m_window->sidebarTabs()->setCurrentWidget(panel->parentWidget());
    QTRY_VERIFY(panel->isVisible());
    QTreeView* tree = panel->view();
    QTRY_VERIFY(presetIndex(second).isValid());

    // F2 renames in place.
    tree->setFocus();
    tree->setCurrentIndex(presetIndex(first));
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->model()->flags(presetIndex(first)) & Qt::ItemIsEditable);
    QTest::keyClick(tree, Qt::Key_F2);
    auto* editor = tree->findChild<QLineEdit*>();
    QTRY_VERIFY((editor = tree->findChild<QLineEdit*>()) && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("My profile"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->presetStore().preset(first)->name, QStringLiteral("My profile"));
    QCOMPARE(presetIndex(first).data().toString(), QStringLiteral("My profile"));

    // A taken name is refused and said.
    tree->setCurrentIndex(presetIndex(first));
    QVERIFY(!tree->model()->setData(presetIndex(first), QStringLiteral("beta")));
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("Beta")), qPrintable(m_window->banner()->text()));
    QCOMPARE(m_window->presetStore().preset(first)->name, QStringLiteral("My profile"));

    // Ctrl+D duplicates, and offers to rename the copy.
    tree->setFocus();
    tree->setCurrentIndex(presetIndex(second));
    QTest::keySequence(tree, QKeySequence(Qt::CTRL | Qt::Key_D));
    QTRY_COMPARE(m_window->presetStore().presets().size(), 3);
    QTRY_VERIFY((editor = tree->findChild<QLineEdit*>()) && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QStringList names;
    for (const Preset& preset : m_window->presetStore().presets()) {
        names.append(preset.name);
    }
    QCOMPARE(names.size(), 3);
    QVERIFY2(names.contains(QStringLiteral("Beta (copy)")) || names.contains(QStringLiteral("Beta copy")),
             qPrintable(names.join(QLatin1Char('|'))));

    // Delete removes at once and offers Undo; Ctrl+Z brings it back where it was.
    const int position
        = int(std::find_if(m_window->presetStore().presets().cbegin(), m_window->presetStore().presets().cend(),
                           [&](const Preset& preset) { return preset.id == second; })
              - m_window->presetStore().presets().cbegin());
    tree->setFocus();
    tree->setCurrentIndex(presetIndex(second));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY(!m_window->presetStore().preset(second));
    QVERIFY(!presetIndex(second).isValid());
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("Deleted \"Beta\"")));
    auto undoButton = [this]() -> QPushButton* {
        for (QPushButton* button : m_window->banner()->findChildren<QPushButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Undo") && button->isVisible()) {
                return button;
            }
        }
        return nullptr;
    };
    QTRY_VERIFY(undoButton());
    QVERIFY(m_window->presets()->undoAction()->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_VERIFY(m_window->presetStore().preset(second));
    QCOMPARE(m_window->presetStore().preset(second)->name, QStringLiteral("Beta"));
    QCOMPARE(m_window->presetStore().presets().at(position).id, second);
    QVERIFY(presetIndex(second).isValid());
    QVERIFY(!m_window->presets()->undoAction()->isEnabled());

    // Deleted and undone through the banner's button too.
    tree->setCurrentIndex(presetIndex(first));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY(!m_window->presetStore().preset(first));
    QTRY_VERIFY(undoButton());
    QTest::mouseClick(undoButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->presetStore().preset(first));

    // What the store wrote survives a new window.
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->presetStore().presets().size(), 3);
    QCOMPARE(m_window->presetStore().preset(first)->name, QStringLiteral("My profile"));
}

void PresetsGuiTest::dragAndDrop_movesToAnotherCollection()
{
    PresetStore& store = m_window->presetStore();
    const QString a = addPreset(QStringLiteral("A"), QStringLiteral("/user"));
    const QString b = addPreset(QStringLiteral("B"), QStringLiteral("/user/repos"));
    const QString c = addPreset(QStringLiteral("C"), QStringLiteral("/notifications"));
    const PresetStore::Result reports = store.addCollection(QStringLiteral("Reports"));
    QVERIFY(reports.ok());
    PresetsPanel* panel = m_window->presetsPanel();
    m_window->sidebarTabs()->setCurrentWidget(panel->parentWidget());
    QTRY_VERIFY(panel->isVisible());
    QTreeView* tree = panel->view();
    QAbstractItemModel* model = tree->model();
    QTRY_VERIFY(presetIndex(c).isValid());

    // C dragged above A, in the same collection.
    std::unique_ptr<QMimeData> mime(model->mimeData({presetIndex(c)}));
    QVERIFY(mime);
    const QModelIndex aIndex = presetIndex(a);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, aIndex.row(), 0, aIndex.parent()));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, aIndex.row(), 0, aIndex.parent()));
    QTRY_COMPARE(store.presetsIn(store.preset(a)->collectionId).first().id, c);

    // B dropped onto the Reports collection (a view drops on an item with row and column -1).
    QModelIndex reportsIndex;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PresetTreeModel::IdRole).toString() == reports.id) {
            reportsIndex = model->index(row, 0);
        }
    }
    QVERIFY(reportsIndex.isValid());
    mime.reset(model->mimeData({presetIndex(b)}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, reportsIndex));
    QTRY_COMPARE(store.preset(b)->collectionId, reports.id);
    QTRY_VERIFY(presetIndex(b).isValid());
    QCOMPARE(presetIndex(b).parent().data(PresetTreeModel::IdRole).toString(), reports.id);

    // From the keyboard: Alt+Down and Alt+Up move the selected preset one place.
    const QString collection = store.preset(a)->collectionId;
    auto order = [&store, &collection] {
        QStringList ids;
        for (const Preset& preset : store.presetsIn(collection)) {
            ids.append(preset.id);
        }
        return ids;
    };
    QCOMPARE(order(), (QStringList {c, a}));
    tree->setFocus();
    tree->setCurrentIndex(presetIndex(c));
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(order(), (QStringList {a, c}));
    QCOMPARE(panel->currentPresetId(), c);
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier); // already last: nothing happens
    QCOMPARE(order(), (QStringList {a, c}));
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(order(), (QStringList {c, a}));

    // Something that is not a preset is not accepted.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!model->canDropMimeData(&text, Qt::MoveAction, -1, -1, presetIndex(b).parent()));
}

void PresetsGuiTest::search_filtersTree()
{
    addPreset(QStringLiteral("Open issues"), QStringLiteral("/issues"));
    addPreset(QStringLiteral("My repositories"), QStringLiteral("/user/repos"));
    addPreset(QStringLiteral("Notifications"), QStringLiteral("/notifications"));
    PresetsPanel* panel = m_window->presetsPanel();
    m_window->sidebarTabs()->setCurrentWidget(panel->parentWidget());
    QTRY_VERIFY(panel->isVisible());
    auto visiblePresets = [panel] {
        QStringList names;
        const QAbstractItemModel* model = panel->view()->model();
        QList<QModelIndex> pending {QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(PresetTreeModel::KindRole).toInt() == int(PresetTreeModel::Kind::Preset)) {
                    names.append(index.data().toString());
                }
                pending.append(index);
            }
        }
        return names;
    };
    QTRY_COMPARE(visiblePresets().size(), 3);
    QTest::keyClicks(panel->searchField(), QStringLiteral("repo"));
    QTRY_COMPARE(visiblePresets(), QStringList {QStringLiteral("My repositories")});
    // Down goes from the search box to the match; Enter opens it.
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    QVERIFY(panel->view()->hasFocus());
    panel->view()->setCurrentIndex(presetIndex(m_window->presetStore().find(QStringLiteral("My repositories"))->id));
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QTRY_COMPARE(m_window->workspace()->editor()->addressField()->text(), QStringLiteral("/user/repos"));
    panel->searchField()->clear();
    QTRY_COMPARE(visiblePresets().size(), 3);
}

void PresetsGuiTest::tableLayout_keptWhenSavedBeforeAnyAnswer_appliedToTheNextTable()
{
    // A preset with a table layout (sorted by name, descending) and no kept answer.
    RequestSpec spec;
    spec.method = QStringLiteral("GET");
    spec.url = QStringLiteral("/user/repos");
    spec.tokenId = m_tokenId;
    Preset preset = Preset::create(QStringLiteral("Sorted repositories"), spec);
    const QJsonObject layout {{QStringLiteral("version"), 1},
                              {QStringLiteral("columns"), QJsonObject()},
                              {QStringLiteral("sort"),
                               QJsonObject {{QStringLiteral("column"), QStringLiteral("name")},
                                            {QStringLiteral("order"), QStringLiteral("descending")}}}};
    preset.tableLayout = layout;
    const PresetStore::Result added = m_window->presetStore().add(preset);
    QVERIFY(added.ok());

    // Opened and saved again before any answer: the layout stays, and the answer area is not built for it.
    m_window->presets()->open(added.id);
    m_window->presets()->save();
    QCOMPARE(m_window->presetStore().preset(added.id)->tableLayout, layout);
    QVERIFY(!m_window->findChild<QTabWidget*>(QStringLiteral("responseTabs")));

    // The first answer's table is sorted as the preset says.
    typeAndSend(QStringLiteral("/user/repos"));
    QVERIFY(m_window->findChild<QTabWidget*>(QStringLiteral("responseTabs")));
    const QJsonObject shown = m_window->workspace()->response()->tableLayout(); // the table's own, now
    QCOMPARE(shown.value(QStringLiteral("sort")).toObject(), layout.value(QStringLiteral("sort")).toObject());
}

void PresetsGuiTest::history_recordsOpensSavesClears()
{
    RequestWorkspace* workspace = m_window->workspace();
    RequestEditor* editor = workspace->editor();
    editor->setCurrentToken(m_tokenId);
    typeAndSend(QStringLiteral("/user"));
    typeAndSend(QStringLiteral("/notifications"));
    QTRY_COMPARE(m_window->history().entries().size(), 2);

    HistoryPanel* panel = m_window->historyPanel();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QTRY_VERIFY(panel->isVisible());
    QListView* list = panel->view();
    QCOMPARE(list->model()->rowCount(), 2);
    // Newest first, with status, time and size.
    const QString newest = list->model()->index(0, 0).data().toString();
    QVERIFY2(newest.contains(QStringLiteral("/notifications")) && newest.contains(QStringLiteral("200")),
             qPrintable(newest));
    QVERIFY(!newest.contains(m_secret));

    // Search.
    QTest::keyClicks(panel->searchField(), QStringLiteral("/user"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    // Open it in the request area.
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(editor->addressField()->text(), QStringLiteral("/user"));

    // Save as preset from the history.
    m_window->presets()->saveHistory(panel->currentEntryId());
    SavePresetDialog* dialog = waitForSaveDialog();
    QVERIFY(dialog);
    dialog->nameField()->selectAll();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Who am I"));
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->presetStore().find(QStringLiteral("Who am I")));
    QCOMPARE(m_window->presetStore().find(QStringLiteral("Who am I"))->request.url, QStringLiteral("/user"));

    // Clear History… asks first.
    panel->searchField()->clear();
    m_window->presets()->clearHistory();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("clearHistoryConfirmation")))
                && box->isVisible());
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("clearHistoryConfirmation")));
    QCOMPARE(m_window->history().entries().size(), 2);
    m_window->presets()->clearHistory();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("clearHistoryConfirmation")))
                && box->isVisible());
    QAbstractButton* clear = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            clear = button;
        }
    }
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(m_window->history().entries().size(), 0);
    QTRY_COMPARE(list->model()->rowCount(), 0);
    // Presets stay.
    QVERIFY(m_window->presetStore().find(QStringLiteral("Who am I")));
}

void PresetsGuiTest::fullSession_noSecretInAnyFile()
{
    // A second token in the real keychain.
    const QString second = QStringLiteral("ghp_SecondSession987654321zyxwvutsrqponm");
    const QString secondId = addGitHubToken(QStringLiteral("Home GitHub"), second);
    QVERIFY(!secondId.isEmpty());

    // Send, save, run every GitHub recipe, open and run the preset, all with both tokens.
    RequestWorkspace* workspace = m_window->workspace();
    workspace->editor()->setCurrentToken(secondId);
    typeAndSend(QStringLiteral("/user?check=1"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    SavePresetDialog* dialog = waitForSaveDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->presetStore().presets().size(), 1);
    const QString presetId = m_window->presetStore().presets().first().id;

    QAction* recipes = menuAction(QStringLiteral("Recipes"));
    for (const QString& tokenId : {m_tokenId, secondId}) {
        recipes->trigger();
        QTreeWidget* list = m_window->recipesPage()->list();
        QStringList recipeIds;
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toString() == tokenId
                && !(*it)->data(0, Qt::UserRole + 2).toString().isEmpty()) {
                recipeIds.append((*it)->data(0, Qt::UserRole + 2).toString());
            }
        }
        QVERIFY(recipeIds.size() >= 3);
        for (const QString& recipeId : std::as_const(recipeIds)) {
            QSignalSpy finished(workspace, &RequestWorkspace::finished);
            m_window->presets()->runRecipe(tokenId, recipeId);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        }
    }
    QSignalSpy finished(workspace, &RequestWorkspace::finished);
    m_window->presets()->run(presetId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(m_window->history().entries().size() >= 8);
    m_window->history().flush();

    // The secrets are in the keychain …
    QByteArray read;
    bool done = false;
    m_vault->readSecret(secondId, [&](const TokenVault::Result& result) {
        read = result.secret;
        done = result.ok();
    });
    QTRY_VERIFY(done);
    QCOMPARE(read, second.toUtf8());
    // … and in no file the session wrote.
    m_window.reset();
    const QStringList files = m_dirs->filesContaining(QByteArray("ghp_"));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
    QVERIFY(m_dirs->filesContaining(m_secret.toUtf8()).isEmpty());
    QVERIFY(m_dirs->filesContaining(second.toUtf8()).isEmpty());
    // The scan does look: the files are there and it finds what they do hold.
    QVERIFY(!m_dirs->filesContaining(QByteArray("Home GitHub")).isEmpty());
    QVERIFY(!m_dirs->filesContaining(QByteArray("/user?check=1")).isEmpty());
}

QTEST_MAIN(PresetsGuiTest)
#include "PresetsGuiTest.moc"
