// The window with the real keychain store and no keychain to reach: it says
// so, and adding a token fails with the same message, writing nothing.
#include "AddTokenDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestDirs.h"
#include "TokenActions.h"
#include "http/RequestRunner.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class KeychainUnavailableGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void window_showsKeychainMessage_andAddingWritesNothing();
};

void KeychainUnavailableGuiTest::initTestCase()
{
    // No session bus and no X display to autolaunch one: no keychain at all.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/latchkey-test-bus");
    qunsetenv("DISPLAY");
}

void KeychainUnavailableGuiTest::window_showsKeychainMessage_andAddingWritesNothing()
{
    TestDirs dirs;
    KeychainSecretStore secrets;
    TokenVault vault(&secrets, AppPaths::tokensFile());
    vault.load();
    const ProviderCatalog catalog = ProviderCatalog::load();
    RequestRunner runner;
    MainWindow window(vault, catalog, runner);
    window.show();
    window.checkKeychain();
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 20000);
    QCOMPARE(window.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(window.banner()->text().contains(QStringLiteral("No keychain service is available")),
             qPrintable(window.banner()->text()));

    window.tokenActions()->addAction()->trigger();
    AddTokenDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddTokenDialog*>()) && dialog->isVisible());
    const QByteArray secret = "ghp_UnavailableKeychain0123456789abcdef";
    QTest::keyClicks(dialog->tokenField(), QString::fromLatin1(secret));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->problemText().contains(QStringLiteral("No keychain service is available")), 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY(vault.tokens().isEmpty());
    QCOMPARE(dirs.filesContaining(secret), QStringList());
}

QTEST_MAIN(KeychainUnavailableGuiTest)
#include "KeychainUnavailableGuiTest.moc"
