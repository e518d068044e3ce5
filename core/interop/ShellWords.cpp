#include "ShellWords.h"

#include "PosixShellScanner.h"
#include "PowerShellScanner.h"
#include "WindowsCmdScanner.h"

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
        ok = WindowsCmdScanner(text, result).run();
        break;
    case Dialect::PowerShell:
        ok = PowerShellScanner(text, result).run();
        break;
    case Dialect::Auto:
    case Dialect::Posix:
        ok = PosixShellScanner(text, result).run();
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
