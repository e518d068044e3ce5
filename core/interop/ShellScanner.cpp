#include "ShellScanner.h"

#include "ImportLimits.h"

bool ShellScanner::isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f') || c == QLatin1Char('\v')
        || c == QChar(0x00A0);
}

bool ShellScanner::isNameStart(QChar c)
{
    return (c.unicode() < 128 && c.isLetter()) || c == QLatin1Char('_');
}

bool ShellScanner::isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

bool ShellScanner::fail(qsizetype at, const QString& message)
{
    r.error = ImportError::atText(s, at, message);
    return false;
}

void ShellScanner::begin(qsizetype at)
{
    if (!inWord) {
        inWord = true;
        start = at;
        quoted = false;
    }
}

bool ShellScanner::finish(qsizetype at)
{
    if (!inWord) {
        return true;
    }
    inWord = false;
    const bool pushed = push({cur, start, at, false}, at);
    cur.clear();
    return pushed;
}

bool ShellScanner::push(const Word& word, qsizetype at)
{
    if (r.words.size() >= ImportLimits::maxWords) {
        return fail(at,
                    ShellWords::tr("The command has more than %1 words; Latchkey stops reading there.")
                        .arg(ImportLimits::maxWords));
    }
    r.words.append(word);
    return true;
}

void ShellScanner::addTemplate(const QString& name)
{
    cur += QStringLiteral("{{") + name + QStringLiteral("}}");
    noteVariable(name);
}

void ShellScanner::noteVariable(const QString& name)
{
    if (!variableSet.contains(name)) {
        variableSet.insert(name);
        r.variables.append(name);
    }
}

void ShellScanner::noteSubstitution()
{
    const QString note = ShellWords::tr("Command substitutions such as $(…) were not run; they were kept as written.");
    if (!r.notes.contains(note)) {
        r.notes.append(note);
    }
}

// After a continuation character at `i - 1`: the index after "[ \t]*\r?\n", or -1.
qsizetype ShellScanner::continuationEnd(qsizetype i) const
{
    while (i < n && (s[i] == QLatin1Char(' ') || s[i] == QLatin1Char('\t'))) {
        ++i;
    }
    if (i < n && s[i] == QLatin1Char('\n')) {
        return i + 1;
    }
    if (i + 1 < n && s[i] == QLatin1Char('\r') && s[i + 1] == QLatin1Char('\n')) {
        return i + 2;
    }
    return -1;
}

// At '<': the index after "<name>" (a documentation placeholder such as <YOUR-TOKEN>), or -1.
qsizetype ShellScanner::placeholderEnd(qsizetype i) const
{
    qsizetype k = i + 1;
    if (k >= n || !isNameStart(s[k])) {
        return -1;
    }
    const qsizetype limit = qMin(n, i + maxNameScan);
    while (k < limit && (isNameChar(s[k]) || s[k] == QLatin1Char('-') || s[k] == QLatin1Char('.'))) {
        ++k;
    }
    return k < limit && s[k] == QLatin1Char('>') ? k + 1 : -1;
}

// Appends s[from, to) with CRLF turned into LF.
void ShellScanner::appendText(qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (s[k] == QLatin1Char('\r') && k + 1 < to && s[k + 1] == QLatin1Char('\n')) {
            continue;
        }
        cur += s[k];
    }
}

// $(…) or $((…)) starting at i ("$("): kept as written. Quotes inside are skipped over.
bool ShellScanner::dollarParen(qsizetype& i)
{
    const qsizetype open = i;
    int depth = 0;
    qsizetype k = i + 1;
    for (; k < n; ++k) {
        const QChar c = s[k];
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0) {
                break;
            }
        } else if (c == QLatin1Char('\\')) {
            ++k;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype close = s.indexOf(QLatin1Char('\''), k + 1);
            if (close < 0) {
                k = n;
                break;
            }
            k = close;
        }
    }
    if (k >= n) {
        return fail(open, ShellWords::tr("The $( opened here is never closed."));
    }
    appendText(open, k + 1);
    noteSubstitution();
    i = k + 1;
    return true;
}

ShellScanner::Step ShellScanner::separatorCommentOrPlaceholder(qsizetype& i)
{
    const QChar c = s[i];
    if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
        ++i;
        return Step::Done;
    }
    if (isBlank(c) || c == QLatin1Char('\r')) {
        if (!finish(i)) {
            return Step::Failed;
        }
        ++i;
        return Step::Done;
    }
    if (c == QLatin1Char('\n')) {
        if (!finish(i) || !op(QStringLiteral("\n"), i, i + 1)) {
            return Step::Failed;
        }
        ++i;
        return Step::Done;
    }
    if (c == QLatin1Char('#') && !inWord) {
        while (i < n && s[i] != QLatin1Char('\n')) {
            ++i;
        }
        return Step::Done;
    }
    if (c == QLatin1Char('<')) {
        const qsizetype end = placeholderEnd(i);
        if (end > 0) {
            begin(i);
            cur += s.mid(i, end - i);
            i = end;
            return Step::Done;
        }
    }
    return Step::NotMine;
}

bool ShellScanner::escapeOrContinuation(qsizetype& i, QChar (*meaning)(QChar))
{
    const qsizetype after = continuationEnd(i + 1);
    if (after >= 0) {
        if (!finish(i)) {
            return false;
        }
        i = after;
    } else if (i + 1 < n) {
        begin(i);
        quoted = true;
        cur += meaning(s[i + 1]);
        i += 2;
    } else {
        ++i; // a lone escape character at the very end
    }
    return true;
}
