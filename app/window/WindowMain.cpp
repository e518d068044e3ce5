// The window side of Latchkey, built as a module (latchkey-window.so) that
// main.cpp loads only when a window is wanted: the command line never loads
// Qt Widgets or Gui, which keeps `latchkey --version` and every subcommand fast.
// This file wires the parts of the window together and nothing else.
#include "MainWindow.h"
#include "StartupProbe.h"
#include "http/RequestRunner.h"
#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int latchkey_window_main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(AppPaths::applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.invalid"));
    QApplication::setApplicationDisplayName(QStringLiteral("Latchkey"));
    QApplication::setDesktopFileName(QStringLiteral("latchkey"));
    Translations::install(app);

    KeychainSecretStore secrets;
    TokenVault vault(&secrets, AppPaths::tokensFile());
    const JsonFile::LoadResult loaded = vault.load();
    const ProviderCatalog catalog = ProviderCatalog::load(AppPaths::userProvidersDir());

    RequestRunner runner;
    MainWindow window(vault, catalog, runner);
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
