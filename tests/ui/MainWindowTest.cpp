// The token flow in the window, driven through real widgets.
#include "MainWindow.h"

#include "MemorySecretStore.h"
#include "MessageBanner.h"
#include "SecretClipboard.h"
#include "ServicePicker.h"
#include "TokenActions.h"
#include "TokenDetailsPanel.h"
#include "TokenListModel.h"
#include "TokenListPanel.h"
#include "http/RequestRunner.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addToken_throughDialog_appearsInList();
    void addToken_keyboardOnly();
    void removeToken_asksFirst_keepKeeps_removeRemoves();
    void reveal_showsSecret_andHidesOnOtherToken();
    void copy_marksSecret_andClearsClipboardLater();
    void rename_withF2InTheList();
    void keychainUnavailable_bannerSaysSo_andTryAgainRechecks();
    void welcomePage_offersFirstToken();
    void tokenDetails_builtForTheFirstSelectedToken_reachedByTabAfterTheList();
    void testToken_showsAccountScopesExpiry();
    void testToken_rejected_offersTheTokenPage();

private:
    QString addDirectly(const QString& name, const QString& provider, const QString& secret);
    AddTokenDialog* waitForAddDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_vault = std::make_unique<TokenVault>(m_store.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_catalog = ProviderCatalog::load();
    m_window = std::make_unique<MainWindow>(*m_vault, m_catalog, m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_vault.reset();
    m_store.reset();
    m_dir.reset();
}

QString MainWindowTest::addDirectly(const QString& name, const QString& provider, const QString& secret)
{
    QString id;
    m_vault->addToken(TokenRecord::create(name, provider), secret,
                      [&id](const TokenVault::Result& r) { id = r.tokenId; });
    [&] { QTRY_VERIFY(!id.isEmpty()); }();
    return id;
}

AddTokenDialog* MainWindowTest::waitForAddDialog()
{
    AddTokenDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<AddTokenDialog*>()) && dialog->isVisible()); }();
    return dialog;
}

void MainWindowTest::addToken_throughDialog_appearsInList()
{
    auto* addButton = m_window->findChild<QPushButton*>(QStringLiteral("addTokenButton"));
    QVERIFY(addButton);
    QTest::mouseClick(addButton, Qt::LeftButton);
    AddTokenDialog* dialog = waitForAddDialog();
    QVERIFY(dialog);

    const QString secret = QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyz");
    QTest::keyClicks(dialog->tokenField(), secret);
    QCOMPARE(dialog->servicePicker()->currentProviderId(), QStringLiteral("github"));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("GitHub"));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

    QTRY_COMPARE(m_vault->tokens().size(), 1);
    const TokenRecord token = m_vault->tokens().first();
    QCOMPARE(token.name, QStringLiteral("GitHub"));
    QCOMPARE(token.providerId, QStringLiteral("github"));
    QCOMPARE(m_store->secrets.value(token.id), secret.toUtf8());

    QListView* list = m_window->tokenList()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("GitHub"));
    QTRY_COMPARE(m_window->tokenList()->currentTokenId(), token.id);
    QTRY_VERIFY(!m_window->findChild<AddTokenDialog*>());
    QCOMPARE(m_window->tokenDetails()->fieldText(QStringLiteral("detailHosts")), QStringLiteral("api.github.com"));
}

void MainWindowTest::addToken_keyboardOnly()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    AddTokenDialog* dialog = waitForAddDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->tokenField()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("glpat-abcdefghij0123456789"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->nameField());
    dialog->nameField()->selectAll();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Work GitLab"));
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_COMPARE(m_vault->tokens().size(), 1);
    QCOMPARE(m_vault->tokens().first().name, QStringLiteral("Work GitLab"));
    QCOMPARE(m_vault->tokens().first().providerId, QStringLiteral("gitlab"));
}

void MainWindowTest::removeToken_asksFirst_keepKeeps_removeRemoves()
{
    const QString id = addDirectly(QStringLiteral("Doomed"), QStringLiteral("github"), QStringLiteral("s3cret"));
    m_window->tokenList()->selectToken(id);
    m_window->tokenActions()->removeAction()->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->tokenActions()->removeConfirmation()) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Doomed")));
    // Escape means keep.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->tokenActions()->removeConfirmation());
    QCOMPARE(m_vault->tokens().size(), 1);

    m_window->tokenActions()->removeAction()->trigger();
    QTRY_VERIFY((box = m_window->tokenActions()->removeConfirmation()) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmRemove")), Qt::LeftButton);
    QTRY_VERIFY(m_vault->tokens().isEmpty());
    QVERIFY(m_store->secrets.isEmpty());
    QCOMPARE(m_window->tokenList()->view()->model()->rowCount(), 0);
}

void MainWindowTest::reveal_showsSecret_andHidesOnOtherToken()
{
    const QString first = addDirectly(QStringLiteral("One"), QStringLiteral("github"), QStringLiteral("secret-one"));
    addDirectly(QStringLiteral("Two"), QStringLiteral("gitlab"), QStringLiteral("secret-two"));
    m_window->tokenList()->selectToken(first);
    TokenDetailsPanel* details = m_window->tokenDetails();
    QVERIFY(!details->secretField()->text().contains(QStringLiteral("secret")));
    QTest::mouseClick(details->revealButton(), Qt::LeftButton);
    QTRY_COMPARE(details->secretField()->text(), QStringLiteral("secret-one"));
    QTest::mouseClick(details->revealButton(), Qt::LeftButton);
    QTRY_VERIFY(!details->secretField()->text().contains(QStringLiteral("secret")));

    QTest::mouseClick(details->revealButton(), Qt::LeftButton);
    QTRY_COMPARE(details->secretField()->text(), QStringLiteral("secret-one"));
    m_window->tokenList()->view()->setCurrentIndex(m_window->tokenList()->view()->model()->index(1, 0));
    QTRY_VERIFY(!details->secretField()->text().contains(QStringLiteral("secret")));
    QVERIFY(!details->revealButton()->isChecked());
}

void MainWindowTest::copy_marksSecret_andClearsClipboardLater()
{
    const QString id = addDirectly(QStringLiteral("Copied"), QStringLiteral("github"), QStringLiteral("copy-me-123"));
    m_window->tokenList()->selectToken(id);
    m_window->secretClipboard()->setClearAfter(300);
    m_window->tokenActions()->copyAction()->trigger();
    QClipboard* clipboard = QGuiApplication::clipboard();
    QTRY_COMPARE(clipboard->text(), QStringLiteral("copy-me-123"));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);

    // Something else copied in the meantime is left alone.
    m_window->tokenActions()->copyAction()->trigger();
    QTRY_COMPARE(clipboard->text(), QStringLiteral("copy-me-123"));
    clipboard->setText(QStringLiteral("the user's own text"));
    QTest::qWait(600);
    QCOMPARE(clipboard->text(), QStringLiteral("the user's own text"));
}

void MainWindowTest::rename_withF2InTheList()
{
    const QString id = addDirectly(QStringLiteral("Old"), QStringLiteral("github"), QStringLiteral("s"));
    addDirectly(QStringLiteral("Taken"), QStringLiteral("github"), QStringLiteral("t"));
    QListView* list = m_window->tokenList()->view();
    m_window->tokenList()->selectToken(id);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = list->findChild<QLineEdit*>()) && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("taken"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("already exists")));
    QCOMPARE(m_vault->token(id)->name, QStringLiteral("Old"));

    m_window->tokenActions()->renameAction()->trigger();
    QTRY_VERIFY((editor = list->findChild<QLineEdit*>()) && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("New name"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_vault->token(id)->name, QStringLiteral("New name"));
}

void MainWindowTest::keychainUnavailable_bannerSaysSo_andTryAgainRechecks()
{
    m_store->failWith = SecretStore::Error::Unavailable;
    m_window->checkKeychain();
    QTRY_VERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("simulated keychain failure")));
    QPushButton* tryAgain = nullptr;
    for (QPushButton* button : m_window->banner()->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Try again")) {
            tryAgain = button;
        }
    }
    QVERIFY(tryAgain);
    m_store->failWith = SecretStore::Error::None;
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTRY_VERIFY(!m_window->banner()->isVisible());
}

void MainWindowTest::welcomePage_offersFirstToken()
{
    auto* start = m_window->findChild<QPushButton*>(QStringLiteral("welcomeAddToken"));
    QVERIFY(start && start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(waitForAddDialog());
}

namespace {

// The widget Tab moves to from `from`, as QWidget::focusNextChild would pick it.
QWidget* nextTabStop(QWidget* from)
{
    QWidget* window = from->window();
    QWidget* next = from->nextInFocusChain();
    for (int steps = 0; next != from && steps < 1000; ++steps, next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(window) && next->isEnabled()
            && !next->focusProxy()) {
            return next;
        }
    }
    return nullptr;
}

} // namespace

void MainWindowTest::tokenDetails_builtForTheFirstSelectedToken_reachedByTabAfterTheList()
{
    // No token, nothing to detail: the panel is built when the first token is selected,
    // which keeps it out of a first start.
    QVERIFY(!m_window->findChild<TokenDetailsPanel*>());
    const QString id = addDirectly(QStringLiteral("Work"), QStringLiteral("github"),
                                   QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyz"));
    m_window->tokenList()->selectToken(id);
    TokenDetailsPanel* details = nullptr;
    QTRY_VERIFY((details = m_window->findChild<TokenDetailsPanel*>()) && details->isVisible());
    QCOMPARE(details, m_window->tokenDetails());
    QCOMPARE(details->fieldText(QStringLiteral("detailHosts")), QStringLiteral("api.github.com"));

    // Tab from the token list's last stop goes into the details, though they were built later.
    QWidget* lastInList = nullptr;
    for (QWidget* w = nextTabStop(m_window.get()); w && w != lastInList; w = nextTabStop(w)) {
        if (m_window->tokenList()->isAncestorOf(w)) {
            lastInList = w;
        } else if (lastInList) {
            break;
        }
    }
    QVERIFY(lastInList);
    QWidget* after = nextTabStop(lastInList);
    QVERIFY2(after && details->isAncestorOf(after), after ? after->metaObject()->className() : "nothing");
}

void MainWindowTest::testToken_showsAccountScopesExpiry()
{
    TokenRecord record = TokenRecord::create(QStringLiteral("Local GitHub"), QStringLiteral("github"));
    record.baseUrl = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER") + QStringLiteral("/github");
    QString id;
    m_vault->addToken(record, QStringLiteral("ghp_LocalGui0123456789abcdefghijklmnop"),
                      [&id](const TokenVault::Result& r) { id = r.tokenId; });
    QTRY_VERIFY(!id.isEmpty());
    m_window->tokenList()->selectToken(id);
    auto* test = m_window->tokenDetails()->findChild<QPushButton*>(QStringLiteral("testButton"));
    QVERIFY(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->tokenDetails()->testResultText().contains(QStringLiteral("It belongs to octocat")), 20000);
    TokenDetailsPanel* details = m_window->tokenDetails();
    QCOMPARE(details->fieldText(QStringLiteral("detailAccount")), QStringLiteral("octocat"));
    QCOMPARE(details->fieldText(QStringLiteral("detailScopes")), QStringLiteral("repo, read:user"));
    QVERIFY(details->fieldText(QStringLiteral("detailExpires")).startsWith(QStringLiteral("2027-01-15")));
    QVERIFY(details->fieldText(QStringLiteral("detailRateLimit")).contains(QStringLiteral("4,987")));
    // The list shows the account too.
    const QModelIndex row = m_window->tokenList()->view()->currentIndex();
    QVERIFY(row.data(TokenListModel::SubtitleRole).toString().contains(QStringLiteral("octocat")));
}

void MainWindowTest::testToken_rejected_offersTheTokenPage()
{
    TokenRecord record = TokenRecord::create(QStringLiteral("Revoked"), QStringLiteral("github"));
    record.baseUrl = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER") + QStringLiteral("/github");
    QString id;
    m_vault->addToken(record, QStringLiteral("ghp_revoked0000000000000000000000000000"),
                      [&id](const TokenVault::Result& r) { id = r.tokenId; });
    QTRY_VERIFY(!id.isEmpty());
    m_window->tokenList()->selectToken(id);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenDetails()->testResultText().contains(QStringLiteral("did not accept")),
                             20000);
    QVERIFY(m_window->tokenDetails()->testResultText().contains(QStringLiteral("Open the token page")));
    QVERIFY(m_window->tokenDetails()->testResultText().contains(QStringLiteral("settings/personal-access-tokens")));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
