#include "WindowsCmdScanner.h"

bool WindowsCmdScanner::run()
{
    if (!firstPass()) {
        return false;
    }
    return secondPass();
}

bool WindowsCmdScanner::firstPass()
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
bool WindowsCmdScanner::variable(qsizetype& i)
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

bool WindowsCmdScanner::secondPass()
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
