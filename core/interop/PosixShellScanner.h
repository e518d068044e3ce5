#pragma once

#include "ShellScanner.h"

// POSIX shells: '…', "…" with \-escapes, $'…' ANSI-C strings, backslash
// escapes and continuations, ${NAME} and $NAME, $(…) and `…` kept as written.
class PosixShellScanner : public ShellScanner
{
public:
    using ShellScanner::ShellScanner;
    bool run();

private:
    bool operatorAt(qsizetype& i);
    bool doubleQuoted(qsizetype& i);
    bool backquote(qsizetype& i);
    bool dollar(qsizetype& i, bool inDoubleQuotes);
    static int hexValue(QChar c);
    // $'…' at i: bash's ANSI-C quoting. \xHH and octal escapes are bytes, read as UTF-8 together.
    bool ansiC(qsizetype& i);
};
