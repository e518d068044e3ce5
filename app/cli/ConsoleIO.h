#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// The terminal side of the command line: stdout for results, stderr for
// status and errors, stdin for secrets (read without echo when it is a terminal).
class ConsoleIO
{
public:
    static void out(const QString& text); // stdout, as is
    static void outLine(const QString& text); // stdout + newline
    static void outBytes(const QByteArray& bytes);
    static void err(const QString& text); // stderr + newline
    static void error(const QString& text); // "latchkey: " + text on stderr

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();
    static int terminalWidth(); // columns of stdout's terminal, 0 when not a terminal

    // Reads a secret: the whole of stdin when it is a pipe or file, or one
    // line typed at a prompt on stderr with echo off when it is a terminal.
    // `ok` is false when stdin could not be read or was too large.
    static QString readSecret(const QString& prompt, bool* ok);
    // Asks a yes/no question on the terminal; false when stdin is not a terminal.
    static bool confirm(const QString& question);
};
