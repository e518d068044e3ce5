// `latchkey tokens …` run as a separate process against the real keychain.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

QByteArray secretToolLookup(const QString& id)
{
    QProcess tool;
    tool.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("latchkey"), QStringLiteral("user"), id});
    tool.waitForFinished(10000);
    return tool.exitCode() == 0 ? tool.readAllStandardOutput() : QByteArray();
}

} // namespace

class TokensCliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void add_fromPipe_storesInKeychainOnly();
    void list_emptyAndFilled();
    void listJson_isMachineReadableAndHasNoSecret();
    void add_withBaseUrlHostsAndHeaders();
    void add_badInput_isUsageError_data();
    void add_badInput_isUsageError();
    void add_duplicateName_isUsageError();
    void rename_andErrors();
    void remove_deletesSecretAndMetadata();
    void remove_unknownToken_isNotFound();
    void corruptTokensFile_isKeptAsideAndCliStillWorks();

private:
    CliRun tokens(const QStringList& arguments, const QByteArray& input = {})
    {
        return m_cli->run(QStringList {QStringLiteral("tokens")} + arguments, input);
    }
    QJsonArray listJson()
    {
        const CliRun run = tokens({QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }
    QString idOf(const QString& name)
    {
        const QJsonArray list = listJson();
        for (const QJsonValue& value : list) {
            if (value[QStringLiteral("name")].toString() == name) {
                return value[QStringLiteral("id")].toString();
            }
        }
        return {};
    }

    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
};

void TokensCliTest::init()
{
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
}

void TokensCliTest::cleanup()
{
    // Leave the shared test keychain as we found it.
    const QJsonArray list = listJson();
    for (const QJsonValue& value : list) {
        tokens({QStringLiteral("remove"), value[QStringLiteral("id")].toString(), QStringLiteral("--yes")});
    }
    m_cli.reset();
    m_dirs.reset();
}

void TokensCliTest::add_fromPipe_storesInKeychainOnly()
{
    const QByteArray secret = "ghp_PipedSecret0123456789abcdefghijklmno";
    const CliRun run = tokens(
        {QStringLiteral("add"), QStringLiteral("Piped"), QStringLiteral("--provider"), QStringLiteral("github")},
        "  " + secret + "  \n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QStringLiteral("Added \"Piped\"")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("Removed spaces")), run.err.constData());
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

    const QString id = idOf(QStringLiteral("Piped"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(secretToolLookup(id), secret);
    QCOMPARE(m_dirs->filesContaining(secret), QStringList());
    QVERIFY(QFile::exists(QDir(m_dirs->appDataDir()).filePath(QStringLiteral("tokens.json"))));
}

void TokensCliTest::list_emptyAndFilled()
{
    CliRun empty = tokens({});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.errText().contains(QStringLiteral("No tokens yet")));

    QCOMPARE(tokens({QStringLiteral("add"), QStringLiteral("Work GitHub"), QStringLiteral("--provider"),
                     QStringLiteral("github")},
                    "ghp_one")
                 .exitCode,
             0);
    QCOMPARE(tokens({QStringLiteral("add"), QStringLiteral("Home GitLab"), QStringLiteral("--provider"),
                     QStringLiteral("gitlab")},
                    "glpat-two")
                 .exitCode,
             0);
    const CliRun filled = tokens({});
    QCOMPARE(filled.exitCode, 0);
    const QStringList lines = filled.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(filled.outText().contains(QStringLiteral("Work GitHub")));
    QVERIFY(filled.outText().contains(QStringLiteral("Home GitLab")));
    QVERIFY(!filled.out.contains("ghp_one") && !filled.out.contains("glpat-two"));
}

void TokensCliTest::listJson_isMachineReadableAndHasNoSecret()
{
    QCOMPARE(
        tokens({QStringLiteral("add"), QStringLiteral("J"), QStringLiteral("--provider"), QStringLiteral("github")},
               "secret-for-json-listing")
            .exitCode,
        0);
    const CliRun run = tokens({QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject token = doc.array().first().toObject();
    QCOMPARE(token[QStringLiteral("name")].toString(), QStringLiteral("J"));
    QCOMPARE(token[QStringLiteral("id")].toString().size(), 36);
    QVERIFY(token.contains(QStringLiteral("created")));
    QVERIFY(!run.out.contains("secret-for-json-listing"));
}

void TokensCliTest::add_withBaseUrlHostsAndHeaders()
{
    const CliRun run = tokens(
        {QStringLiteral("add"), QStringLiteral("Self-hosted"), QStringLiteral("--provider"), QStringLiteral("gitlab"),
         QStringLiteral("--base-url"), QStringLiteral("https://gitlab.example.com/api/v4/"), QStringLiteral("--host"),
         QStringLiteral("Registry.Example.com"), QStringLiteral("-H"), QStringLiteral("X-Team: blue")},
        "glpat-selfhosted");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject token = listJson().first().toObject();
    QCOMPARE(token[QStringLiteral("baseUrl")].toString(), QStringLiteral("https://gitlab.example.com/api/v4"));
    QCOMPARE(token[QStringLiteral("hosts")].toArray().first().toString(), QStringLiteral("registry.example.com"));
    QCOMPARE(token[QStringLiteral("headers")].toArray().first()[QStringLiteral("name")].toString(),
             QStringLiteral("X-Team"));
    QCOMPARE(token[QStringLiteral("provider")].toString(), QStringLiteral("gitlab"));
}

void TokensCliTest::add_badInput_isUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QStringList {QStringLiteral("add")} << QByteArray("x") << QStringLiteral("name");
    QTest::newRow("empty token") << QStringList {QStringLiteral("add"), QStringLiteral("E")} << QByteArray("\n")
                                 << QStringLiteral("empty");
    QTest::newRow("token with a space") << QStringList {QStringLiteral("add"), QStringLiteral("S")}
                                        << QByteArray("ghp_abc def\n") << QStringLiteral("in the middle");
    QTest::newRow("bad base url") << QStringList {QStringLiteral("add"), QStringLiteral("U"),
                                                  QStringLiteral("--base-url"), QStringLiteral("gitlab.example.com")}
                                  << QByteArray("x") << QStringLiteral("not a web address");
    QTest::newRow("secret header") << QStringList {QStringLiteral("add"), QStringLiteral("H"), QStringLiteral("-H"),
                                                   QStringLiteral("Authorization: Bearer abc")}
                                   << QByteArray("x") << QStringLiteral("carries a secret");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("add"), QStringLiteral("O"),
                                                    QStringLiteral("--frob")}
                                    << QByteArray("x") << QStringLiteral("frob");
    QTest::newRow("unknown action") << QStringList {QStringLiteral("frobnicate")} << QByteArray()
                                    << QStringLiteral("frobnicate");
}

void TokensCliTest::add_badInput_isUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const CliRun run = tokens(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QVERIFY(listJson().isEmpty());
}

void TokensCliTest::add_duplicateName_isUsageError()
{
    QCOMPARE(
        tokens({QStringLiteral("add"), QStringLiteral("Twice"), QStringLiteral("--provider"), QStringLiteral("github")},
               "first")
            .exitCode,
        0);
    const CliRun again = tokens(
        {QStringLiteral("add"), QStringLiteral("twice"), QStringLiteral("--provider"), QStringLiteral("github")},
        "second");
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.errText().contains(QStringLiteral("already exists")));
    QCOMPARE(listJson().size(), 1);
}

void TokensCliTest::rename_andErrors()
{
    QCOMPARE(
        tokens({QStringLiteral("add"), QStringLiteral("A"), QStringLiteral("--provider"), QStringLiteral("github")},
               "a")
            .exitCode,
        0);
    QCOMPARE(
        tokens({QStringLiteral("add"), QStringLiteral("B"), QStringLiteral("--provider"), QStringLiteral("github")},
               "b")
            .exitCode,
        0);
    QCOMPARE(tokens({QStringLiteral("rename"), QStringLiteral("a"), QStringLiteral("B")}).exitCode, 2);
    QCOMPARE(tokens({QStringLiteral("rename"), QStringLiteral("nope"), QStringLiteral("C")}).exitCode, 5);
    const CliRun ok = tokens({QStringLiteral("rename"), QStringLiteral("a"), QStringLiteral("Alpha")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!idOf(QStringLiteral("Alpha")).isEmpty());
    QVERIFY(idOf(QStringLiteral("A")).isEmpty());
}

void TokensCliTest::remove_deletesSecretAndMetadata()
{
    QCOMPARE(tokens({QStringLiteral("add"), QStringLiteral("Doomed"), QStringLiteral("--provider"),
                     QStringLiteral("github")},
                    "doomed-secret")
                 .exitCode,
             0);
    const QString id = idOf(QStringLiteral("Doomed"));
    QCOMPARE(secretToolLookup(id), QByteArray("doomed-secret"));
    const CliRun run = tokens({QStringLiteral("remove"), QStringLiteral("doomed")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(QStringLiteral("Removed")));
    QVERIFY(secretToolLookup(id).isEmpty());
    QVERIFY(listJson().isEmpty());
}

void TokensCliTest::remove_unknownToken_isNotFound()
{
    const CliRun run = tokens({QStringLiteral("remove"), QStringLiteral("ghost")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.errText().contains(QStringLiteral("no token named")));
}

void TokensCliTest::corruptTokensFile_isKeptAsideAndCliStillWorks()
{
    QDir().mkpath(m_dirs->appDataDir());
    const QString path = QDir(m_dirs->appDataDir()).filePath(QStringLiteral("tokens.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"kind\": \"latchkey.tokens\", \"schema\": 1, \"tokens\": [ {\"id\": ");
    }
    const CliRun run = tokens({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QStringLiteral("could not be read")), run.err.constData());
    const QStringList aside = QDir(m_dirs->appDataDir()).entryList({QStringLiteral("tokens.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(
        tokens({QStringLiteral("add"), QStringLiteral("After"), QStringLiteral("--provider"), QStringLiteral("github")},
               "x")
            .exitCode,
        0);
    QCOMPARE(QDir(m_dirs->appDataDir()).entryList({QStringLiteral("tokens.json.corrupt-*")}), aside);
}

QTEST_GUILESS_MAIN(TokensCliTest)
#include "TokensCliTest.moc"
