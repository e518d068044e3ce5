// The command line as a whole: version, help, unknown commands, no display needed.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QTest>

class GeneralCliTest : public QObject
{
    Q_OBJECT

private slots:
    void version_printsVersion();
    void help_listsCommandsAndExitCodes();
    void unknownCommand_isUsageError();
    void subcommand_needsNoDisplay();
    void subcommandHelp_namesTheCommand();
};

void GeneralCliTest::version_printsVersion()
{
    const CliRun run = CliRunner().run({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText().trimmed(), QStringLiteral("latchkey " LATCHKEY_VERSION));
}

void GeneralCliTest::help_listsCommandsAndExitCodes()
{
    const CliRun run = CliRunner().run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("tokens add NAME")));
    QVERIFY(run.outText().contains(QStringLiteral("Exit codes")));
}

void GeneralCliTest::unknownCommand_isUsageError()
{
    const CliRun run = CliRunner().run({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QStringLiteral("not a Latchkey command")));
}

void GeneralCliTest::subcommand_needsNoDisplay()
{
    TestDirs dirs;
    QProcessEnvironment env = dirs.environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const CliRun run = CliRunner(env).run({QStringLiteral("tokens")});
    QCOMPARE(run.exitCode, 0);
}

void GeneralCliTest::subcommandHelp_namesTheCommand()
{
    const CliRun run = CliRunner().run({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().startsWith(QStringLiteral("Usage: latchkey tokens add")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("--base-url")));
}

QTEST_GUILESS_MAIN(GeneralCliTest)
#include "GeneralCliTest.moc"
