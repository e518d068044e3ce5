// Latchkey: a command-line subcommand when one is named, otherwise the window.
// The window lives in a module loaded only when needed (see window/WindowMain.cpp),
// so the command line never pays for loading Qt Widgets.
#include "cli/CliMain.h"
#include "cli/ConsoleIO.h"
#include "i18n/Translations.h"
#include "storage/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

using WindowMain = int (*)(int, char**);

// latchkey-window.so next to the executable (build tree), or in the installed
// library directory (relative to the executable, so the install can move).
QStringList windowModuleCandidates()
{
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir dir = QFileInfo(exe).absoluteDir();
    return {dir.filePath(QStringLiteral("latchkey-window.so")),
            QDir::cleanPath(dir.filePath(QStringLiteral(LATCHKEY_WINDOW_MODULE_RELATIVE "/latchkey-window.so")))};
}

int runWindow(int argc, char** argv)
{
    QStringList problems;
    for (const QString& candidate : windowModuleCandidates()) {
        if (!QFileInfo::exists(candidate)) {
            continue;
        }
        QLibrary module(candidate);
        const auto entry = reinterpret_cast<WindowMain>(module.resolve("latchkey_window_main"));
        if (entry) {
            return entry(argc, argv);
        }
        problems.append(module.errorString());
    }
    ConsoleIO::error(
        QCoreApplication::translate("main",
                                    "The window part of Latchkey (latchkey-window.so) could not be "
                                    "loaded%1. The command line still works: latchkey --help. "
                                    "Reinstalling Latchkey should fix the window.")
            .arg(problems.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problems.join(QStringLiteral("; ")))));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    int exitCode = 0;
    if (CliMain::handleFastPath(argc, argv, &exitCode)) {
        return exitCode;
    }
    if (!CliMain::wantsCommandLine(argc, argv)) {
        return runWindow(argc, argv);
    }
    // Subcommands never create a window and never need a display.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(AppPaths::applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
    Translations::install(app);
    return CliMain::run(QCoreApplication::arguments());
}
