#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real `latchkey` executable (LATCHKEY_BIN) as a person would in a
// terminal, with the given standard input and environment.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

class CliRunner
{
public:
    explicit CliRunner(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
        : m_environment(std::move(environment))
    { }

    static QString binary() { return qEnvironmentVariable("LATCHKEY_BIN"); }

    QProcessEnvironment& environment() { return m_environment; }

    CliRun run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000) const
    {
        return runProgram(binary(), arguments, input, timeoutMs);
    }

    CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                      int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(program, arguments);
        CliRun result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        process.write(input);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(timeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QProcessEnvironment m_environment;
};
