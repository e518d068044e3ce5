// Latchkey: the window, or a command-line subcommand when one is named.
#include "MainWindow.h"
#include "StartupProbe.h"
#include "cli/CliMain.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(AppPaths::applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.invalid"));
}

int runWindow()
{
    KeychainSecretStore secrets;
    TokenVault vault(&secrets, AppPaths::tokensFile());
    const JsonFile::LoadResult loaded = vault.load();
    const ProviderCatalog catalog = ProviderCatalog::load(AppPaths::userProvidersDir());

    MainWindow window(vault, catalog);
    if (!loaded.message.isEmpty()) {
        window.showProblem(loaded.message);
    }
    for (const QString& problem : catalog.problems()) {
        qWarning("latchkey: provider file skipped: %s", qUtf8Printable(problem));
    }
    // For bench/: quit once the window has painted, to measure start-up from outside.
    if (qEnvironmentVariableIsSet("LATCHKEY_BENCH_QUIT_AFTER_PAINT")) {
        StartupProbe::quitAfterFirstPaint(&window);
    }
    window.show();
    window.checkKeychain();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    int exitCode = 0;
    if (CliMain::handleFastPath(argc, argv, &exitCode)) {
        return exitCode;
    }
    if (CliMain::wantsCommandLine(argc, argv)) {
        // Subcommands never create a window and never need a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        return CliMain::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Latchkey"));
    QApplication::setDesktopFileName(QStringLiteral("latchkey"));
    return runWindow();
}
