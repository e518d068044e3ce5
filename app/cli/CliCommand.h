#pragma once

#include "ExitCode.h"
#include "vault/TokenVault.h"

#include <QObject>
#include <QStringList>

class CliContext;
class QCommandLineParser;

// One subcommand of the command line. start() gets the arguments after the
// subcommand's name; the command emits finished() once, with the exit code,
// when its (possibly asynchronous) work is done.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext& context, QObject* parent = nullptr);

    virtual void start(const QStringList& arguments) = 0;

    // The exit code for a failed vault operation.
    static int exitCodeFor(TokenVault::Error error);

signals:
    void finished(int exitCode);

protected:
    // Emits finished(code) from the event loop.
    void finish(int code);
    // Prints `message` and a pointer to --help; finishes with ExitUsage.
    void usageError(const QString& message, const QString& command);
    // Parses `arguments` (with a leading program name added); on failure reports
    // a usage error and returns false. Handles --help itself (returns false, exit 0).
    bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command);

    CliContext& m_context;

private:
    bool m_finished = false;
};
