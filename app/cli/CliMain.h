#pragma once

#include <QStringList>

// The command line: `latchkey <subcommand> …` without a window.
class CliMain
{
public:
    // True when argv asks for the command line rather than the window.
    static bool wantsCommandLine(int argc, char** argv);
    // Handled before any Qt object exists, so it stays fast: --version.
    static bool handleFastPath(int argc, char** argv, int* exitCode);
    // Runs the subcommand named in `arguments` (program name first) to completion.
    static int run(const QStringList& arguments);

    static QString helpText();
};
