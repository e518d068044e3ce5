#pragma once

#include "ShellScanner.h"

#include <QList>

// cmd.exe first (^ escapes, operators, %VARIABLES%), then the way curl.exe
// splits its command line (Microsoft C runtime rules: "…", \", "").
class WindowsCmdScanner : public ShellScanner
{
public:
    using ShellScanner::ShellScanner;
    bool run();

private:
    struct Char
    {
        QChar c;
        qsizetype at; // offset in the input
        bool special; // an operator character cmd acts on (or a line end)
    };
    void put(QChar c, qsizetype at, bool special = false) { m_chars.append({c, at, special}); }
    bool firstPass();
    // %NAME% at i: becomes {{NAME}}. Returns false (nothing consumed) when it is a plain %.
    bool variable(qsizetype& i);
    bool secondPass();
    QList<Char> m_chars;
};
