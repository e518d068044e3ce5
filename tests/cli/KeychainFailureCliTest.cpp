// What a person sees when the keychain cannot be used: no keychain service at
// all, a locked keyring, a keychain that never answers. Each case gets its own
// D-Bus session, so the shared test keychain is never disturbed.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QElapsedTimer>
#include <QTest>

class KeychainFailureCliTest : public QObject
{
    Q_OBJECT

private slots:
    void noDBusSession_exitsWithCode4_writesNothing();
    void lockedKeyring_exitsWithCode4_saysLocked();
    void hungKeychain_timesOutWithCode4();

private:
    // Runs `script` with bash in a fresh test environment (own bus and keyring).
    CliRun inFreshEnvironment(const QString& script, const QString& keyring, TestDirs& dirs)
    {
        CliRunner runner(dirs.environment());
        runner.environment().insert(QStringLiteral("LATCHKEY_TEST_FRESH"), QStringLiteral("1"));
        runner.environment().insert(QStringLiteral("LATCHKEY_TEST_SERVERS"), QStringLiteral("0"));
        runner.environment().insert(QStringLiteral("LATCHKEY_TEST_KEYRING"), keyring);
        // The fresh environment makes its own XDG dirs; point the app back at this test's.
        const QString prelude = QStringLiteral("export XDG_DATA_HOME='%1' XDG_CONFIG_HOME='%2'\n")
                                    .arg(dirs.dataHome(), dirs.configHome());
        return runner.runProgram(qEnvironmentVariable("LATCHKEY_TEST_ENV_SCRIPT"),
                                 {QStringLiteral("bash"), QStringLiteral("-c"), prelude + script}, {}, 90000);
    }
};

void KeychainFailureCliTest::noDBusSession_exitsWithCode4_writesNothing()
{
    TestDirs dirs;
    QProcessEnvironment env = dirs.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    const QByteArray secret = "ghp_NoKeychainHere0123456789abcdefghijk";
    const CliRun run
        = CliRunner(env).run({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("X")}, secret);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("No keychain service is available")), run.err.constData());
    QVERIFY(run.errText().contains(QStringLiteral("never in a plain file")));
    QVERIFY(!run.err.contains(secret));
    QCOMPARE(dirs.filesContaining(secret), QStringList());
    QCOMPARE(dirs.filesContaining("\"X\""), QStringList());
}

void KeychainFailureCliTest::lockedKeyring_exitsWithCode4_saysLocked()
{
    TestDirs dirs;
    const CliRun run = inFreshEnvironment(QStringLiteral(R"(
"$LATCHKEY_BIN" tokens add First --provider github <<< first-secret || exit 90
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 91
"$LATCHKEY_BIN" tokens add Second --provider github <<< second-secret
echo "add=$?"
"$LATCHKEY_BIN" tokens remove First --yes
echo "remove=$?"
"$LATCHKEY_BIN" tokens --json
)"),
                                          QStringLiteral("gnome"), dirs);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("add=4")), run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("remove=4")), run.out.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("The keychain is locked")), run.err.constData());
    // The token whose secret could not be deleted is still listed; the refused one is not.
    QVERIFY(run.outText().contains(QStringLiteral("\"First\"")));
    QVERIFY(!run.outText().contains(QStringLiteral("\"Second\"")));
    QCOMPARE(dirs.filesContaining("second-secret"), QStringList());
}

void KeychainFailureCliTest::hungKeychain_timesOutWithCode4()
{
    TestDirs dirs;
    QElapsedTimer clock;
    clock.start();
    const CliRun run = inFreshEnvironment(QStringLiteral(R"(
"$HUNG_SECRET_SERVICE" > "$LATCHKEY_TEST_ROOT/hung.out" &
for i in $(seq 1 100); do grep -q ready "$LATCHKEY_TEST_ROOT/hung.out" 2>/dev/null && break; sleep 0.05; done
LATCHKEY_KEYCHAIN_TIMEOUT_MS=1500 "$LATCHKEY_BIN" tokens add Slow --provider github <<< slow-secret
echo "add=$?"
kill %1
)"),
                                          QStringLiteral("none"), dirs);
    QVERIFY2(run.outText().contains(QStringLiteral("add=4")), QByteArray(run.out + run.err).constData());
    QVERIFY2(run.errText().contains(QStringLiteral("did not answer within 1.5 seconds")), run.err.constData());
    QVERIFY2(clock.elapsed() < 30000, "the timeout, not D-Bus's own 25 s, must end the wait");
    QCOMPARE(dirs.filesContaining("slow-secret"), QStringList());
}

QTEST_GUILESS_MAIN(KeychainFailureCliTest)
#include "KeychainFailureCliTest.moc"
