#include "PowerShellScanner.h"

bool PowerShellScanner::run()
{
    qsizetype i = 0;
    while (i < n) {
        const Step step = separatorCommentOrPlaceholder(i);
        if (step == Step::Failed) {
            return false;
        }
        if (step == Step::Done) {
            continue;
        }
        const QChar c = s[i];
        if (c == QLatin1Char('`')) {
            if (!escapeOrContinuation(i, &PowerShellScanner::escaped)) {
                return false;
            }
        } else if (c == QLatin1Char('\'')) {
            begin(i);
            quoted = true;
            if (!singleQuoted(i)) {
                return false;
            }
        } else if (c == QLatin1Char('"')) {
            begin(i);
            quoted = true;
            if (!doubleQuoted(i)) {
                return false;
            }
        } else if (c == QLatin1Char('$')) {
            begin(i);
            if (!dollar(i)) {
                return false;
            }
        } else if (QStringView(u"|&;<>").contains(c)) {
            if (!finish(i)) {
                return false;
            }
            QString text(c);
            if (i + 1 < n && (s[i + 1] == c || (c == QLatin1Char('>') && s[i + 1] == QLatin1Char('&')))) {
                text += s[i + 1];
            }
            if (!op(text, i, i + text.size())) {
                return false;
            }
            i += text.size();
        } else {
            begin(i);
            cur += c;
            ++i;
        }
    }
    return finish(n);
}

QChar PowerShellScanner::escaped(QChar e)
{
    switch (e.unicode()) {
    case '0':
        return QChar(0);
    case 'a':
        return QLatin1Char('\a');
    case 'b':
        return QLatin1Char('\b');
    case 'e':
        return QChar(0x1b);
    case 'f':
        return QLatin1Char('\f');
    case 'n':
        return QLatin1Char('\n');
    case 'r':
        return QLatin1Char('\r');
    case 't':
        return QLatin1Char('\t');
    case 'v':
        return QLatin1Char('\v');
    default:
        return e;
    }
}

bool PowerShellScanner::singleQuoted(qsizetype& i)
{
    const qsizetype open = i;
    qsizetype k = i + 1;
    while (k < n) {
        if (s[k] == QLatin1Char('\'')) {
            if (k + 1 < n && s[k + 1] == QLatin1Char('\'')) {
                cur += QLatin1Char('\'');
                k += 2;
                continue;
            }
            i = k + 1;
            return true;
        }
        if (!(s[k] == QLatin1Char('\r') && k + 1 < n && s[k + 1] == QLatin1Char('\n'))) {
            cur += s[k];
        }
        ++k;
    }
    return fail(open, ShellWords::tr("The single quote (') opened here is never closed."));
}

bool PowerShellScanner::doubleQuoted(qsizetype& i)
{
    const qsizetype open = i;
    ++i;
    while (i < n) {
        const QChar c = s[i];
        if (c == QLatin1Char('"')) {
            if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                cur += c;
                i += 2;
                continue;
            }
            ++i;
            return true;
        }
        if (c == QLatin1Char('`') && i + 1 < n) {
            cur += escaped(s[i + 1]);
            i += 2;
        } else if (c == QLatin1Char('$')) {
            if (!dollar(i)) {
                return false;
            }
        } else if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
            ++i;
        } else {
            cur += c;
            ++i;
        }
    }
    return fail(open, ShellWords::tr("The double quote (\") opened here is never closed."));
}

bool PowerShellScanner::dollar(qsizetype& i)
{
    const QChar next = i + 1 < n ? s[i + 1] : QChar();
    if (next == QLatin1Char('(')) {
        return dollarParen(i);
    }
    if (next == QLatin1Char('{')) {
        const qsizetype limit = qMin(n, i + 2 + maxNameScan);
        qsizetype k = i + 2;
        while (k < limit && s[k] != QLatin1Char('}')) {
            ++k;
        }
        if (k < limit && k > i + 2) {
            addTemplate(s.mid(i + 2, k - i - 2).section(QLatin1Char(':'), -1));
            i = k + 1;
            return true;
        }
    } else if (isNameStart(next)) {
        qsizetype k = i + 1;
        while (k < n && isNameChar(s[k])) {
            ++k;
        }
        qsizetype nameStart = i + 1;
        if (k < n && s[k] == QLatin1Char(':')
            && s.mid(i + 1, k - i - 1).compare(QStringLiteral("env"), Qt::CaseInsensitive) == 0) {
            nameStart = k + 1; // $env:NAME
            k = nameStart;
            while (k < n && isNameChar(s[k])) {
                ++k;
            }
        }
        if (k > nameStart) {
            addTemplate(s.mid(nameStart, k - nameStart));
            i = k;
            return true;
        }
    }
    cur += QLatin1Char('$');
    ++i;
    return true;
}
