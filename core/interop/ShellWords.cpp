#include "ShellWords.h"

#include "ImportLimits.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace {

using Result = ShellWords::Result;
using Word = ShellWords::Word;

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f') || c == QLatin1Char('\v')
        || c == QChar(0x00A0);
}

bool isNameStart(QChar c)
{
    return (c.unicode() < 128 && c.isLetter()) || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

// Longest a variable name in ${…} or %…% may be before the text is taken literally (keeps scans short).
constexpr qsizetype maxNameScan = 256;

// Shared state of the three scanners: the word being built and the result.
class Scanner
{
public:
    Scanner(const QString& text, Result& result)
        : s(text)
        , n(text.size())
        , r(result)
    { }

protected:
    bool fail(qsizetype at, const QString& message)
    {
        r.error = ImportError::atText(s, at, message);
        return false;
    }

    void begin(qsizetype at)
    {
        if (!inWord) {
            inWord = true;
            start = at;
            quoted = false;
        }
    }

    bool finish(qsizetype at)
    {
        if (!inWord) {
            return true;
        }
        inWord = false;
        const bool pushed = push({cur, start, at, false}, at);
        cur.clear();
        return pushed;
    }

    bool push(const Word& word, qsizetype at)
    {
        if (r.words.size() >= ImportLimits::maxWords) {
            return fail(at,
                        ShellWords::tr("The command has more than %1 words; Latchkey stops reading there.")
                            .arg(ImportLimits::maxWords));
        }
        r.words.append(word);
        return true;
    }

    bool op(const QString& text, qsizetype from, qsizetype to) { return push({text, from, to, true}, from); }

    void addTemplate(const QString& name)
    {
        cur += QStringLiteral("{{") + name + QStringLiteral("}}");
        noteVariable(name);
    }

    void noteVariable(const QString& name)
    {
        if (!variableSet.contains(name)) {
            variableSet.insert(name);
            r.variables.append(name);
        }
    }

    void noteSubstitution()
    {
        const QString note
            = ShellWords::tr("Command substitutions such as $(…) were not run; they were kept as written.");
        if (!r.notes.contains(note)) {
            r.notes.append(note);
        }
    }

    // After a continuation character at `i - 1`: the index after "[ \t]*\r?\n", or -1.
    qsizetype continuationEnd(qsizetype i) const
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
    qsizetype placeholderEnd(qsizetype i) const
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
    void appendText(qsizetype from, qsizetype to)
    {
        for (qsizetype k = from; k < to; ++k) {
            if (s[k] == QLatin1Char('\r') && k + 1 < to && s[k + 1] == QLatin1Char('\n')) {
                continue;
            }
            cur += s[k];
        }
    }

    // $(…) or $((…)) starting at i ("$("): kept as written. Quotes inside are skipped over.
    bool dollarParen(qsizetype& i)
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

    const QString& s;
    const qsizetype n;
    Result& r;
    QString cur;
    bool inWord = false;
    bool quoted = false;
    qsizetype start = 0;
    QSet<QString> variableSet;
};

// ---------------------------------------------------------------- POSIX sh

class PosixScanner : public Scanner
{
public:
    using Scanner::Scanner;

    bool run()
    {
        qsizetype i = 0;
        while (i < n) {
            const QChar c = s[i];
            if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
                ++i;
            } else if (isBlank(c) || c == QLatin1Char('\r')) {
                if (!finish(i)) {
                    return false;
                }
                ++i;
            } else if (c == QLatin1Char('\n')) {
                if (!finish(i) || !op(QStringLiteral("\n"), i, i + 1)) {
                    return false;
                }
                ++i;
            } else if (c == QLatin1Char('\\')) {
                const qsizetype after = continuationEnd(i + 1);
                if (after >= 0) {
                    if (!finish(i)) {
                        return false;
                    }
                    i = after;
                } else if (i + 1 < n) {
                    begin(i);
                    quoted = true;
                    cur += s[i + 1];
                    i += 2;
                } else {
                    ++i; // a lone backslash at the very end
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
            } else if (c == QLatin1Char('#') && !inWord) {
                while (i < n && s[i] != QLatin1Char('\n')) {
                    ++i;
                }
            } else if (c == QLatin1Char('<') && placeholderEnd(i) > 0) {
                begin(i); // <YOUR-TOKEN> in documentation: a placeholder, not a redirection
                const qsizetype end = placeholderEnd(i);
                cur += s.mid(i, end - i);
                i = end;
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

private:
    bool operatorAt(qsizetype& i)
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
        static const QStringList pairs
            = {QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral(";;"), QStringLiteral(">>"),
               QStringLiteral("<<"), QStringLiteral(">&"), QStringLiteral("<&"), QStringLiteral("&>"),
               QStringLiteral(">|"), QStringLiteral("|&")};
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

    bool doubleQuoted(qsizetype& i)
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

    bool backquote(qsizetype& i)
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

    bool dollar(qsizetype& i, bool inDoubleQuotes)
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

    static int hexValue(QChar c)
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
    bool ansiC(qsizetype& i)
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
};

// ---------------------------------------------------------------- Windows cmd

// cmd.exe first (^ escapes, operators, %VARIABLES%), then the way curl.exe
// splits its command line (Microsoft C runtime rules: "…", \", "").
class CmdScanner : public Scanner
{
public:
    using Scanner::Scanner;

    bool run()
    {
        if (!firstPass()) {
            return false;
        }
        return secondPass();
    }

private:
    struct Char
    {
        QChar c;
        qsizetype at; // offset in the input
        bool special; // an operator character cmd acts on (or a line end)
    };

    void put(QChar c, qsizetype at, bool special = false) { m_chars.append({c, at, special}); }

    bool firstPass()
    {
        m_chars.reserve(n);
        bool inQuote = false;
        qsizetype i = 0;
        while (i < n) {
            const QChar c = s[i];
            if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('\n')) {
                inQuote = false;
                put(c, i, true);
                ++i;
                continue;
            }
            if (c == QLatin1Char('%') && variable(i)) {
                continue;
            }
            if (inQuote) {
                if (c == QLatin1Char('"')) {
                    inQuote = false;
                }
                put(c, i);
                ++i;
                continue;
            }
            if (c == QLatin1Char('^')) {
                const qsizetype after = continuationEnd(i + 1);
                if (after >= 0) {
                    // ^ at a line end: the line goes on, and its first character is taken literally.
                    i = after;
                    if (i < n) {
                        if (s[i] == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
                            ++i;
                        }
                        put(s[i], i);
                        ++i;
                    }
                } else if (i + 1 < n) {
                    put(s[i + 1], i + 1);
                    i += 2;
                } else {
                    ++i;
                }
                continue;
            }
            if (c == QLatin1Char('"')) {
                inQuote = true;
            }
            put(c, i, QStringView(u"&|<>").contains(c));
            ++i;
        }
        return true;
    }

    // %NAME% at i: becomes {{NAME}}. Returns false (nothing consumed) when it is a plain %.
    bool variable(qsizetype& i)
    {
        qsizetype k = i + 1;
        const qsizetype limit = qMin(n, i + 1 + maxNameScan);
        if (k >= n || !isNameStart(s[k])) {
            return false;
        }
        while (k < limit && isNameChar(s[k])) {
            ++k;
        }
        if (k >= limit || s[k] != QLatin1Char('%')) {
            return false;
        }
        const QString name = s.mid(i + 1, k - i - 1);
        const QString replacement = QStringLiteral("{{") + name + QStringLiteral("}}");
        for (const QChar c : replacement) {
            put(c, i);
        }
        noteVariable(name);
        i = k + 1;
        return true;
    }

    bool secondPass()
    {
        const qsizetype count = m_chars.size();
        bool inQuote = false;
        qsizetype openAt = 0;
        qsizetype i = 0;
        while (i < count) {
            const Char& ch = m_chars[i];
            const QChar c = ch.c;
            if (ch.special) {
                if (!finish(ch.at)) {
                    return false;
                }
                inQuote = false;
                QString text(c);
                qsizetype to = ch.at + 1;
                if (i + 1 < count && m_chars[i + 1].special && m_chars[i + 1].c == c && c != QLatin1Char('\n')) {
                    text += c; // && || >>
                    to = m_chars[i + 1].at + 1;
                    ++i;
                }
                if (!op(text, ch.at, to)) {
                    return false;
                }
                ++i;
                continue;
            }
            if (!inQuote && (isBlank(c) || c == QLatin1Char('\r'))) {
                if (!finish(ch.at)) {
                    return false;
                }
                ++i;
                continue;
            }
            begin(ch.at);
            if (c == QLatin1Char('\\')) {
                qsizetype k = i;
                while (k < count && m_chars[k].c == QLatin1Char('\\') && !m_chars[k].special) {
                    ++k;
                }
                const qsizetype slashes = k - i;
                if (k < count && m_chars[k].c == QLatin1Char('"') && !m_chars[k].special) {
                    cur += QString(slashes / 2, QLatin1Char('\\'));
                    if (slashes % 2 == 1) {
                        cur += QLatin1Char('"');
                        i = k + 1;
                    } else {
                        i = k; // the quote toggles, below
                    }
                } else {
                    cur += QString(slashes, QLatin1Char('\\'));
                    i = k;
                }
                continue;
            }
            if (c == QLatin1Char('"')) {
                quoted = true;
                if (inQuote && i + 1 < count && m_chars[i + 1].c == QLatin1Char('"') && !m_chars[i + 1].special) {
                    cur += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                inQuote = !inQuote;
                openAt = ch.at;
                ++i;
                continue;
            }
            cur += c;
            ++i;
        }
        if (inQuote) {
            return fail(openAt, ShellWords::tr("The double quote (\") opened here is never closed."));
        }
        return finish(n);
    }

    QList<Char> m_chars;
};

// ---------------------------------------------------------------- PowerShell

class PowerShellScanner : public Scanner
{
public:
    using Scanner::Scanner;

    bool run()
    {
        qsizetype i = 0;
        while (i < n) {
            const QChar c = s[i];
            if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) {
                ++i;
            } else if (isBlank(c) || c == QLatin1Char('\r')) {
                if (!finish(i)) {
                    return false;
                }
                ++i;
            } else if (c == QLatin1Char('\n')) {
                if (!finish(i) || !op(QStringLiteral("\n"), i, i + 1)) {
                    return false;
                }
                ++i;
            } else if (c == QLatin1Char('`')) {
                const qsizetype after = continuationEnd(i + 1);
                if (after >= 0) {
                    if (!finish(i)) {
                        return false;
                    }
                    i = after;
                } else if (i + 1 < n) {
                    begin(i);
                    quoted = true;
                    cur += escaped(s[i + 1]);
                    i += 2;
                } else {
                    ++i;
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
            } else if (c == QLatin1Char('#') && !inWord) {
                while (i < n && s[i] != QLatin1Char('\n')) {
                    ++i;
                }
            } else if (c == QLatin1Char('<') && placeholderEnd(i) > 0) {
                begin(i);
                const qsizetype end = placeholderEnd(i);
                cur += s.mid(i, end - i);
                i = end;
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

private:
    static QChar escaped(QChar e)
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

    bool singleQuoted(qsizetype& i)
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

    bool doubleQuoted(qsizetype& i)
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

    bool dollar(qsizetype& i)
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
};

} // namespace

ShellWords::Dialect ShellWords::detect(QStringView text)
{
    // Read the text as POSIX quoting would, and look for a ^ or ` continuation (or ^") outside quotes:
    // a ` or ^ inside '…' belongs to the text (a JSON body, a regular expression), not to cmd or PowerShell.
    enum class State {
        None,
        Single,
        Double,
        AnsiC,
    };
    State state = State::None;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        switch (state) {
        case State::Single:
            if (c == QLatin1Char('\'')) {
                state = State::None;
            }
            continue;
        case State::AnsiC:
        case State::Double:
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == (state == State::Double ? QLatin1Char('"') : QLatin1Char('\''))) {
                state = State::None;
            }
            continue;
        case State::None:
            break;
        }
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('\'')) {
            state = State::Single;
        } else if (c == QLatin1Char('"')) {
            state = State::Double;
        } else if (c == QLatin1Char('$') && i + 1 < n && text[i + 1] == QLatin1Char('\'')) {
            state = State::AnsiC;
            ++i;
        } else if (c == QLatin1Char('`') || c == QLatin1Char('^')) {
            if (c == QLatin1Char('^') && i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                return Dialect::WindowsCmd;
            }
            qsizetype k = i + 1;
            while (k < n && (text[k] == QLatin1Char(' ') || text[k] == QLatin1Char('\t'))) {
                ++k;
            }
            if (k < n && (text[k] == QLatin1Char('\n') || text[k] == QLatin1Char('\r'))) {
                return c == QLatin1Char('`') ? Dialect::PowerShell : Dialect::WindowsCmd;
            }
        }
    }
    return Dialect::Posix;
}

ShellWords::Result ShellWords::split(const QString& text, Dialect dialect)
{
    Result result;
    result.dialect = dialect == Dialect::Auto ? detect(text) : dialect;
    bool ok = false;
    switch (result.dialect) {
    case Dialect::WindowsCmd:
        ok = CmdScanner(text, result).run();
        break;
    case Dialect::PowerShell:
        ok = PowerShellScanner(text, result).run();
        break;
    case Dialect::Auto:
    case Dialect::Posix:
        ok = PosixScanner(text, result).run();
        break;
    }
    if (!ok) {
        const ImportError error = result.error;
        const Dialect used = result.dialect;
        result = Result();
        result.error = error;
        result.dialect = used;
    }
    return result;
}

QString ShellWords::quote(const QString& word)
{
    if (word.isEmpty()) {
        return QStringLiteral("''");
    }
    bool safe = true;
    bool control = false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != '\n' && u != '\t') {
            control = true;
        }
        if (u == 0x7f) {
            control = true;
        }
        const bool plain = u < 128 && (c.isLetterOrNumber() || QStringView(u"_@%+=:,./-").contains(c));
        safe = safe && plain;
    }
    if (safe) {
        return word;
    }
    if (!control) {
        QString quoted = word;
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    QString out = QStringLiteral("$'");
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (c == QLatin1Char('\\') || c == QLatin1Char('\'')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u == '\r') {
            out += QStringLiteral("\\r");
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}
