#pragma once

#include "ImportError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Splits a command line into words the way a shell would, without running
// anything: POSIX shells ('…', "…" with \-escapes, $'…' ANSI-C strings,
// backslash escapes and `\` line continuations), Windows cmd (^ escapes and
// continuations, "…" with \" as curl.exe reads them, the ^"…^" of browsers'
// "Copy as cURL (cmd)") and PowerShell (backtick escapes and continuations,
// '…' with '', "…"). CRLF line ends are accepted everywhere.
//
// Shell variables are not expanded: $NAME, ${NAME}, %NAME% and $env:NAME
// become the template variable {{NAME}} (listed in `variables`). Command
// substitutions ($(…) and `…`) are kept as written. Operators (| & ; < > and
// line ends) come out as separate words marked isOperator, so a caller can
// stop at the end of the first command.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    enum class Dialect {
        Auto,
        Posix,
        WindowsCmd,
        PowerShell,
    };

    struct Word
    {
        QString text; // the word after quotes and escapes; for an operator, the operator ("\n" for a line end)
        qsizetype offset = 0; // where the word starts in the input
        qsizetype end = 0; // where it ends in the input (one past its last character)
        bool isOperator = false;
    };

    struct Result
    {
        QList<Word> words;
        Dialect dialect = Dialect::Posix;
        QStringList variables; // shell variables turned into {{name}}, in order
        QStringList notes; // what was kept as written (command substitutions)
        ImportError error; // unterminated quote at line L, column C; everything else is then empty
        bool ok() const { return error.isNull(); }
    };

    static Result split(const QString& text, Dialect dialect = Dialect::Auto);
    // Which shell the text was written for: a backtick continuation means
    // PowerShell, a ^ continuation or ^" means cmd, anything else POSIX.
    static Dialect detect(QStringView text);
    // One word quoted for a POSIX shell: as is when safe, '…' otherwise, $'…' when it holds control characters.
    static QString quote(const QString& word);
};
