#include "ConsoleIO.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

#include <cstdio>

namespace {

constexpr qint64 maxSecretInput = 64 * 1024;

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// A pipe or a typed line ends with one newline; that is not part of the secret
// (anything else around it is cleaned, and reported, by TokenInput).
QString withoutFinalNewline(QString text)
{
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
        if (text.endsWith(QLatin1Char('\r'))) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace

void ConsoleIO::out(const QString& text)
{
    writeTo(stdout, text.toUtf8());
}

void ConsoleIO::outLine(const QString& text)
{
    writeTo(stdout, text.toUtf8() + '\n');
}

void ConsoleIO::outBytes(const QByteArray& bytes)
{
    writeTo(stdout, bytes);
}

void ConsoleIO::err(const QString& text)
{
    writeTo(stderr, text.toUtf8() + '\n');
}

void ConsoleIO::error(const QString& text)
{
    err(QStringLiteral("latchkey: ") + text);
}

bool ConsoleIO::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

bool ConsoleIO::stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDOUT_FILENO) == 1;
#else
    return false;
#endif
}

bool ConsoleIO::stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

int ConsoleIO::terminalWidth()
{
#ifdef Q_OS_UNIX
    winsize size {};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok ? columns : 0;
}

QString ConsoleIO::readSecret(const QString& prompt, bool* ok)
{
    *ok = false;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    if (!stdinIsTerminal()) {
        QByteArray bytes = in.read(maxSecretInput + 1);
        if (bytes.size() > maxSecretInput) {
            bytes.fill('\0');
            return {};
        }
        *ok = true;
        QString text = QString::fromUtf8(bytes);
        bytes.fill('\0');
        return withoutFinalNewline(text);
    }
#ifdef Q_OS_UNIX
    writeTo(stderr, prompt.toUtf8());
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line = in.readLine(maxSecretInput);
    if (canHide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    *ok = true;
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return withoutFinalNewline(text);
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

bool ConsoleIO::confirm(const QString& question)
{
    if (!stdinIsTerminal()) {
        return false;
    }
    writeTo(stderr, (question + QStringLiteral(" [y/N] ")).toUtf8());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return false;
    }
    const QString answer = QString::fromUtf8(in.readLine(64)).trimmed().toLower();
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes");
}
