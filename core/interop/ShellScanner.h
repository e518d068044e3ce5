#pragma once

#include "ShellWords.h"

#include <QSet>
#include <QString>

// What the three shells' scanners share (PosixShellScanner, WindowsCmdScanner,
// PowerShellScanner): the word being built, the result, and the syntax that
// reads the same in them. ShellWords::split runs them; nothing else does.
class ShellScanner
{
public:
    ShellScanner(const QString& text, ShellWords::Result& result)
        : s(text)
        , n(text.size())
        , r(result)
    { }

protected:
    using Word = ShellWords::Word;

    // What a shared piece of syntax did with the character at i.
    enum class Step {
        NotMine, // not that syntax: i is unchanged
        Done, // read: i is past it
        Failed, // an error is in the result
    };

    static bool isBlank(QChar c);
    static bool isNameStart(QChar c);
    static bool isNameChar(QChar c);
    // Longest a variable name in ${…} or %…% may be before the text is taken literally (keeps scans short).
    static constexpr qsizetype maxNameScan = 256;

    bool fail(qsizetype at, const QString& message);
    void begin(qsizetype at);
    bool finish(qsizetype at);
    bool push(const Word& word, qsizetype at);
    bool op(const QString& text, qsizetype from, qsizetype to) { return push({text, from, to, true}, from); }
    void addTemplate(const QString& name);
    void noteVariable(const QString& name);
    void noteSubstitution();
    // After a continuation character at `i - 1`: the index after "[ \t]*\r?\n", or -1.
    qsizetype continuationEnd(qsizetype i) const;
    // At '<': the index after "<name>" (a documentation placeholder such as <YOUR-TOKEN>), or -1.
    qsizetype placeholderEnd(qsizetype i) const;
    // Appends s[from, to) with CRLF turned into LF.
    void appendText(qsizetype from, qsizetype to);
    // $(…) or $((…)) starting at i ("$("): kept as written. Quotes inside are skipped over.
    bool dollarParen(qsizetype& i);

    // What POSIX shells and PowerShell read alike, outside quotes: the CR of a CRLF is
    // skipped, a blank ends the word, a line end ends it and is an operator ("\n"), a #
    // at the start of a word comments out the rest of the line, and <NAME> (as in
    // documentation's <YOUR-TOKEN>) is a placeholder, not a redirection.
    Step separatorCommentOrPlaceholder(qsizetype& i);
    // The escape character at i (\ or `): before a line end, the line goes on; before
    // anything else, the next character is taken as `meaning` says.
    bool escapeOrContinuation(qsizetype& i, QChar (*meaning)(QChar));

    const QString& s;
    const qsizetype n;
    ShellWords::Result& r;
    QString cur;
    bool inWord = false;
    bool quoted = false;
    qsizetype start = 0;
    QSet<QString> variableSet;
};
