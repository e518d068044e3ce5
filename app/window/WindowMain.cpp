// The window side of Latchkey, built as a module (latchkey-window.so) that
// main.cpp loads only when a window is wanted: the command line never loads
// Qt Widgets or Gui, which keeps `latchkey --version` and every subcommand fast.
// This file wires the parts of the window together and nothing else.
#include "MainWindow.h"
#include "StartupProbe.h"
#include "StartupWarmup.h"
#include "http/RequestRunner.h"
#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QApplication>

#include <future>

extern "C" Q_DECL_EXPORT int latchkey_window_main(int argc, char** argv)
{
    // The names come first: the data paths are made from them.
    QCoreApplication::setApplicationName(QString::fromLatin1(AppPaths::applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.invalid"));
    // Constructing QApplication mostly waits for the display; meanwhile, two threads read the
    // font configuration and the provider files. (Translations are installed later, so a provider
    // file's problems are in English: they only go to the log, below.)
    StartupWarmup warmup;
    auto catalogLoading = std::async(
        std::launch::async, [userDir = AppPaths::userProvidersDir()] { return ProviderCatalog::load(userDir); });
    QApplication app(argc, argv);
    warmup.applicationCreated();
    QApplication::setApplicationDisplayName(QStringLiteral("Latchkey"));
    QApplication::setDesktopFileName(QStringLiteral("latchkey"));
    Translations::install(app);

    KeychainSecretStore secrets;
    TokenVault vault(&secrets, AppPaths::tokensFile());
    const JsonFile::LoadResult loaded = vault.load();
    const ProviderCatalog catalog = catalogLoading.get();

    RequestRunner runner;
    warmup.waitForFonts();
    MainWindow window(vault, catalog, runner);
    warmup.finish();
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
    // The keychain check loads the keychain's libraries and talks to it over D-Bus; the window
    // shows first, and says so in its banner if the keychain cannot be used.
    StartupProbe::afterFirstPaint(&window, [&window] { window.checkKeychain(); });
    window.show();
    return QApplication::exec();
}
