#pragma once

#include "ShellScanner.h"

// PowerShell: backtick escapes and continuations, '…' with '', "…" with "",
// $NAME, ${NAME} and $env:NAME, $(…) kept as written.
class PowerShellScanner : public ShellScanner
{
public:
    using ShellScanner::ShellScanner;
    bool run();

private:
    static QChar escaped(QChar e);
    bool singleQuoted(qsizetype& i);
    bool doubleQuoted(qsizetype& i);
    bool dollar(qsizetype& i);
};
