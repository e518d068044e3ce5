// `latchkey send`, run as a person would, against the local servers.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

class SendCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void path_prettyOnStdout_summaryOnStderr();
    void outputs_data();
    void outputs();
    void tokenPickedByHost();
    void otherHost_exit3();
    void write_exit3_thenYes();
    void networkFailures_exit1_data();
    void networkFailures_exit1();
    void usageErrors_exit2_data();
    void usageErrors_exit2();
    void unknownToken_exit5();
    void invalidJson_shownRawWithANote();
    void secretNeverPrinted();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) { return m_cli->run(arguments, input); }
    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
    QString m_httpbin = qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN");
    const QByteArray m_secret = "ghp_SendCli0123456789abcdefghijklmnopqr";
};

void SendCliTest::initTestCase()
{
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
    const CliRun added = cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("GH"),
                              QStringLiteral("--base-url"), m_server + QStringLiteral("/github")},
                             m_secret);
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void SendCliTest::cleanupTestCase()
{
    cli({QStringLiteral("tokens"), QStringLiteral("remove"), QStringLiteral("GH"), QStringLiteral("--yes")});
}

void SendCliTest::path_prettyOnStdout_summaryOnStderr()
{
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/user/repos?per_page=5"), QStringLiteral("--token"),
                            QStringLiteral("GH")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("[\n  {\n"));
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 5);
    QVERIFY2(run.errText().contains(QStringLiteral("200 OK — 5 items,")), run.err.constData());
}

void SendCliTest::outputs_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("check");
    QTest::newRow("raw") << QStringLiteral("raw") << QStringLiteral("{\"login\":\"octocat\"");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("\"status\": 200");
    QTest::newRow("headers") << QStringLiteral("headers") << QStringLiteral("HTTP/1.1 200 OK");
}

void SendCliTest::outputs()
{
    QFETCH(QString, output);
    QFETCH(QString, check);
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/user"), QStringLiteral("-t"), QStringLiteral("GH"),
                            QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(check), run.out.constData());
    if (output == QStringLiteral("json")) {
        const QJsonObject envelope = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(envelope[QStringLiteral("body")][QStringLiteral("login")].toString(), QStringLiteral("octocat"));
        QVERIFY(envelope[QStringLiteral("headers")].toObject().contains(QStringLiteral("X-RateLimit-Remaining")));
    }
}

void SendCliTest::tokenPickedByHost()
{
    const CliRun run = cli({QStringLiteral("send"), m_server + QStringLiteral("/github/user")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(QStringLiteral("Using the token \"GH\"")));
    QVERIFY(run.outText().contains(QStringLiteral("octocat")));
    // httpbin is another port of the same host: the token is not picked, nor sent.
    const CliRun other = cli({QStringLiteral("send"), m_httpbin + QStringLiteral("/headers")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(!other.errText().contains(QStringLiteral("Using the token")));
    QVERIFY(!other.out.contains("Authorization"));
}

void SendCliTest::otherHost_exit3()
{
    const CliRun run = cli({QStringLiteral("send"), m_httpbin + QStringLiteral("/headers"), QStringLiteral("--token"),
                            QStringLiteral("GH")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.errText().contains(QStringLiteral("is only sent to 127.0.0.1:")));
    QVERIFY(run.out.isEmpty());
}

void SendCliTest::write_exit3_thenYes()
{
    const QStringList post
        = {QStringLiteral("send"), QStringLiteral("POST"), QStringLiteral("/echo-auth"),       QStringLiteral("-t"),
           QStringLiteral("GH"),   QStringLiteral("-d"),   QStringLiteral("{\"name\": \"x\"}")};
    const CliRun refused = cli(post);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.errText().contains(QStringLiteral("explore mode")));
    QVERIFY(refused.errText().contains(QStringLiteral("--yes")));
    const CliRun sent = cli(post + QStringList {QStringLiteral("--yes"), QStringLiteral("-o"), QStringLiteral("raw")});
    QCOMPARE(sent.exitCode, 0);
    const QJsonObject echo = QJsonDocument::fromJson(sent.out).object();
    QCOMPARE(echo[QStringLiteral("method")].toString(), QStringLiteral("POST"));
    QVERIFY(echo[QStringLiteral("body")].toString().contains(QStringLiteral("\"name\"")));
}

void SendCliTest::networkFailures_exit1_data()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 port = closed.serverPort();
    closed.close();
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("refused") << QStringList {QStringLiteral("send"), QStringLiteral("http://127.0.0.1:%1/").arg(port)}
                             << QStringLiteral("refused the connection");
    QTest::newRow("unknown host") << QStringList {QStringLiteral("send"),
                                                  QStringLiteral("https://no-such-host.invalid/")}
                                  << QStringLiteral("Could not find the server");
    QTest::newRow("timeout") << QStringList {QStringLiteral("send"), m_httpbin + QStringLiteral("/delay/5"),
                                             QStringLiteral("--timeout"), QStringLiteral("1")}
                             << QStringLiteral("within 1 second");
    QTest::newRow("untrusted certificate")
        << QStringList {QStringLiteral("send"), qEnvironmentVariable("LATCHKEY_TEST_TLS") + QStringLiteral("/health")}
        << QStringLiteral("could not verify the identity");
}

void SendCliTest::networkFailures_exit1()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
}

void SendCliTest::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no address") << QStringList {QStringLiteral("send")} << QStringLiteral("one address");
    QTest::newRow("bad method") << QStringList {QStringLiteral("send"), QStringLiteral("FETCH"),
                                                QStringLiteral("/user")}
                                << QStringLiteral("not a method");
    QTest::newRow("path without token") << QStringList {QStringLiteral("send"), QStringLiteral("/user")}
                                        << QStringLiteral("--token");
    QTest::newRow("missing variable") << QStringList {QStringLiteral("send"), QStringLiteral("/repos/{{owner}}"),
                                                      QStringLiteral("-t"), QStringLiteral("GH")}
                                      << QStringLiteral("--var");
    QTest::newRow("bad output") << QStringList {QStringLiteral("send"), QStringLiteral("/user"), QStringLiteral("-o"),
                                                QStringLiteral("xml")}
                                << QStringLiteral("--output");
}

void SendCliTest::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    if (run.errText().contains(QStringLiteral("--help"))) {
        // Points to the command's own help.
        QVERIFY2(run.errText().contains(QStringLiteral("latchkey send --help")), run.err.constData());
    }
}

void SendCliTest::unknownToken_exit5()
{
    QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("/user"), QStringLiteral("--token"), QStringLiteral("ghost")})
                 .exitCode,
             5);
}

void SendCliTest::invalidJson_shownRawWithANote()
{
    const CliRun broken = cli({QStringLiteral("send"), m_server + QStringLiteral("/broken-json")});
    QCOMPARE(broken.exitCode, 0);
    QCOMPARE(broken.out, QByteArray("{\"not\": json"));
    QVERIFY2(broken.errText().contains(QStringLiteral("is not valid JSON; shown as received")), broken.err.constData());
}

void SendCliTest::secretNeverPrinted()
{
    for (const QString& output :
         {QStringLiteral("pretty"), QStringLiteral("raw"), QStringLiteral("json"), QStringLiteral("headers")}) {
        const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/user"), QStringLiteral("-t"),
                                QStringLiteral("GH"), QStringLiteral("-o"), output});
        QVERIFY(!run.out.contains(m_secret) && !run.err.contains(m_secret));
    }
    const CliRun refused = cli(
        {QStringLiteral("send"), m_httpbin + QStringLiteral("/headers"), QStringLiteral("-t"), QStringLiteral("GH")});
    QVERIFY(!refused.err.contains(m_secret));
    QCOMPARE(m_dirs->filesContaining(m_secret), QStringList());
}

QTEST_GUILESS_MAIN(SendCliTest)
#include "SendCliTest.moc"
