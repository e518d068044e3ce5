// The real `latchkey` executable starting its window (offscreen).
#include "CliRunner.h"
#include "TestDirs.h"

#include <QDir>
#include <QFile>
#include <QTest>

class AppStartTest : public QObject
{
    Q_OBJECT

private slots:
    void window_startsAndPaints();
    void corruptTokensFile_isKeptAside_andWindowStillStarts();
    void brokenProviderFile_isSkippedAndLogged_andWindowStillStarts();
};

namespace {

QProcessEnvironment windowEnvironment(const TestDirs& dirs)
{
    QProcessEnvironment env = dirs.environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LATCHKEY_BENCH_QUIT_AFTER_PAINT"), QStringLiteral("1"));
    return env;
}

} // namespace

void AppStartTest::window_startsAndPaints()
{
    TestDirs dirs;
    const CliRun run = CliRunner(windowEnvironment(dirs)).run({}, {}, 30000);
    QVERIFY2(run.finished, "the window did not paint and quit in time");
    QCOMPARE(run.exitCode, 0);
}

void AppStartTest::corruptTokensFile_isKeptAside_andWindowStillStarts()
{
    TestDirs dirs;
    QDir().mkpath(dirs.appDataDir());
    const QString path = QDir(dirs.appDataDir()).filePath(QStringLiteral("tokens.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"kind\": \"latchkey.tokens\", \"schema\": 1, \"tokens\": [ garbage");
    }
    const CliRun run = CliRunner(windowEnvironment(dirs)).run({}, {}, 30000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(dirs.appDataDir()).entryList({QStringLiteral("tokens.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(QDir(dirs.appDataDir()).filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().endsWith("garbage"));
}

void AppStartTest::brokenProviderFile_isSkippedAndLogged_andWindowStillStarts()
{
    // The provider files are read on another thread while the window starts; what it
    // finds wrong still reaches the log, and the built-in services are all there.
    TestDirs dirs;
    const QString providers = QDir(dirs.appDataDir()).filePath(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(providers));
    QFile broken(QDir(providers).filePath(QStringLiteral("acme.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"id\": \"acme\", ");
    broken.close();

    const CliRun run = CliRunner(windowEnvironment(dirs)).run({}, {}, 30000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QStringLiteral("provider file skipped: acme.json: not valid JSON")),
             qPrintable(run.errText()));
    QVERIFY(broken.exists()); // a user's file is never changed
}

QTEST_GUILESS_MAIN(AppStartTest)
#include "AppStartTest.moc"
