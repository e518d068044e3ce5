#include "PosixShellScanner.h"

#include <QStringDecoder>

bool PosixShellScanner::run()
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
        if (c == QLatin1Char('\\')) {
            if (!escapeOrContinuation(
                    i, +[](QChar e) { return e; })) {
                return false;
            }
        } else if (c == QLatin1Char('\'')) {
            begin(i);
            quoted = true;
            const qsizetype close = s.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                return fail(i, ShellWords::tr("The single quote (') opened here is never closed."));
            }
            appendText(i + 1, close);
            i = close + 1;
        } else if (c == QLatin1Char('"')) {
            begin(i);
            quoted = true;
            if (!doubleQuoted(i)) {
                return false;
            }
        } else if (c == QLatin1Char('$')) {
            begin(i);
            if (!dollar(i, false)) {
                return false;
            }
        } else if (c == QLatin1Char('`')) {
            begin(i);
            if (!backquote(i)) {
                return false;
            }
        } else if (QStringView(u"|&;<>()").contains(c)) {
            if (!operatorAt(i)) {
                return false;
            }
        } else {
            begin(i);
            cur += c;
            ++i;
        }
    }
    return finish(n);
}

bool PosixShellScanner::operatorAt(qsizetype& i)
{
    const QChar c = s[i];
    qsizetype from = i;
    QString text;
    const bool redirect = c == QLatin1Char('<') || c == QLatin1Char('>');
    bool allDigits = inWord && !quoted && !cur.isEmpty();
    for (const QChar d : std::as_const(cur)) {
        allDigits = allDigits && d.unicode() < 128 && d.isDigit();
    }
    if (redirect && allDigits && start + cur.size() == i) {
        text = cur; // 2>file: the digits belong to the operator
        from = start;
        cur.clear();
        inWord = false;
    } else if (!finish(i)) {
        return false;
    }
    static const QStringList pairs = {
        QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral(";;"), QStringLiteral(">>"), QStringLiteral("<<"),
        QStringLiteral(">&"), QStringLiteral("<&"), QStringLiteral("&>"), QStringLiteral(">|"), QStringLiteral("|&")};
    const QString two = s.mid(i, 2);
    if (two.size() == 2 && pairs.contains(two)) {
        text += two;
        i += 2;
    } else {
        text += c;
        ++i;
    }
    return op(text, from, i);
}

bool PosixShellScanner::doubleQuoted(qsizetype& i)
{
    const qsizetype open = i;
    ++i;
    while (i < n) {
        const QChar c = s[i];
        if (c == QLatin1Char('"')) {
            ++i;
            return true;
        }
        if (c == QLatin1Char('\\') && i + 1 < n) {
            const QChar next = s[i + 1];
            if (next == QLatin1Char('$') || next == QLatin1Char('`') || next == QLatin1Char('"')
                || next == QLatin1Char('\\')) {
                cur += next;
                i += 2;
            } else if (next == QLatin1Char('\n')) {
                i += 2;
            } else if (next == QLatin1Char('\r') && i + 2 < n && s[i + 2] == QLatin1Char('\n')) {
                i += 3;
            } else {
                cur += c;
                ++i;
            }
        } else if (c == QLatin1Char('$')) {
            if (!dollar(i, true)) {
                return false;
            }
        } else if (c == QLatin1Char('`')) {
            if (!backquote(i)) {
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

bool PosixShellScanner::backquote(qsizetype& i)
{
    const qsizetype close = s.indexOf(QLatin1Char('`'), i + 1);
    if (close < 0) {
        return fail(i, ShellWords::tr("The backquote (`) opened here is never closed."));
    }
    appendText(i, close + 1);
    noteSubstitution();
    i = close + 1;
    return true;
}

bool PosixShellScanner::dollar(qsizetype& i, bool inDoubleQuotes)
{
    const QChar next = i + 1 < n ? s[i + 1] : QChar();
    if (next == QLatin1Char('{')) {
        qsizetype k = i + 2;
        const qsizetype limit = qMin(n, i + 2 + maxNameScan);
        while (k < limit && s[k] != QLatin1Char('}') && s[k] != QLatin1Char('\n')) {
            ++k;
        }
        qsizetype nameEnd = i + 2;
        while (nameEnd < k && isNameChar(s[nameEnd])) {
            ++nameEnd;
        }
        if (k < limit && s[k] == QLatin1Char('}') && nameEnd > i + 2 && isNameStart(s[i + 2])) {
            addTemplate(s.mid(i + 2, nameEnd - i - 2)); // ${NAME} and ${NAME:-default}
            i = k + 1;
            return true;
        }
        cur += QLatin1Char('$');
        ++i;
        return true;
    }
    if (isNameStart(next)) {
        qsizetype k = i + 1;
        while (k < n && isNameChar(s[k])) {
            ++k;
        }
        addTemplate(s.mid(i + 1, k - i - 1));
        i = k;
        return true;
    }
    if (next == QLatin1Char('(')) {
        return dollarParen(i);
    }
    if (!inDoubleQuotes && next == QLatin1Char('\'')) {
        quoted = true;
        return ansiC(i);
    }
    if (!inDoubleQuotes && next == QLatin1Char('"')) {
        quoted = true; // $"…": a translatable string, read as "…"
        ++i;
        return doubleQuoted(i);
    }
    cur += QLatin1Char('$');
    ++i;
    return true;
}

int PosixShellScanner::hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'a' && u <= 'f') {
        return u - 'a' + 10;
    }
    if (u >= 'A' && u <= 'F') {
        return u - 'A' + 10;
    }
    return -1;
}

// $'…' at i: bash's ANSI-C quoting. \xHH and octal escapes are bytes, read as UTF-8 together.
bool PosixShellScanner::ansiC(qsizetype& i)
{
    const qsizetype open = i;
    QByteArray bytes;
    qsizetype k = i + 2;
    auto appendCode = [&bytes](char32_t code) {
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            code = 0xFFFD;
        }
        bytes += QString::fromUcs4(&code, 1).toUtf8();
    };
    while (k < n) {
        const QChar c = s[k];
        if (c == QLatin1Char('\'')) {
            // Not QString::fromUtf8: it would drop a leading U+FEFF.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            cur += decoder(bytes);
            i = k + 1;
            return true;
        }
        if (c != QLatin1Char('\\') || k + 1 >= n) {
            if (c.isHighSurrogate() && k + 1 < n && s[k + 1].isLowSurrogate()) {
                bytes += QStringView(s).mid(k, 2).toUtf8();
                k += 2;
            } else if (c == QLatin1Char('\r') && k + 1 < n && s[k + 1] == QLatin1Char('\n')) {
                ++k;
            } else {
                bytes += QStringView(s).mid(k, 1).toUtf8();
                ++k;
            }
            continue;
        }
        const QChar e = s[k + 1];
        k += 2;
        switch (e.unicode()) {
        case 'a':
            bytes += '\a';
            break;
        case 'b':
            bytes += '\b';
            break;
        case 'e':
        case 'E':
            bytes += '\x1b';
            break;
        case 'f':
            bytes += '\f';
            break;
        case 'n':
            bytes += '\n';
            break;
        case 'r':
            bytes += '\r';
            break;
        case 't':
            bytes += '\t';
            break;
        case 'v':
            bytes += '\v';
            break;
        case '\\':
        case '\'':
        case '"':
        case '?':
            bytes += char(e.unicode());
            break;
        case 'c':
            if (k < n) {
                bytes += char(s[k].unicode() & 0x1f);
                ++k;
            }
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int maxDigits = e == QLatin1Char('x') ? 2 : (e == QLatin1Char('u') ? 4 : 8);
            char32_t value = 0;
            int digits = 0;
            while (digits < maxDigits && k < n && hexValue(s[k]) >= 0) {
                value = value * 16 + char32_t(hexValue(s[k]));
                ++k;
                ++digits;
            }
            if (digits == 0) {
                bytes += '\\';
                bytes += char(e.unicode());
            } else if (e == QLatin1Char('x')) {
                bytes += char(value);
            } else {
                appendCode(value);
            }
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int value = e.unicode() - '0';
                for (int digits = 1; digits < 3 && k < n && s[k] >= QLatin1Char('0') && s[k] <= QLatin1Char('7');
                     ++digits) {
                    value = value * 8 + (s[k].unicode() - '0');
                    ++k;
                }
                bytes += char(value & 0xff);
            } else {
                bytes += '\\';
                bytes += QStringView(&e, 1).toUtf8();
            }
        }
    }
    return fail(open, ShellWords::tr("The $' opened here is never closed."));
}
