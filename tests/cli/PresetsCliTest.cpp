// `latchkey send --save`, `presets`, `show` and `run`, as a person would use them.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class PresetsCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noPresets_saysHowToMakeOne();
    void sendSave_thenPresetsListsIt();
    void show_printsTheRequest_tokenAsPlaceholder();
    void run_sendsItAgain_andKeepsTheAnswer();
    void run_variables_defaultsAndOverrides();
    void run_missingVariable_exit2();
    void run_unknownPreset_exit5();
    void save_sameNameUpdates_badNameRefused();
    void history_recordsEverySend_withoutSecrets();
    void noFileHoldsTheSecret();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) { return m_cli->run(arguments, input); }
    QJsonArray presets()
    {
        const CliRun run = cli({QStringLiteral("presets"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }

    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
    const QByteArray m_secret = "ghp_PresetsCli0123456789abcdefghijklmn";
};

void PresetsCliTest::initTestCase()
{
    QVERIFY2(!m_server.isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
    const CliRun added = cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("GH"),
                              QStringLiteral("--base-url"), m_server + QStringLiteral("/github")},
                             m_secret);
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void PresetsCliTest::cleanupTestCase()
{
    cli({QStringLiteral("tokens"), QStringLiteral("remove"), QStringLiteral("GH"), QStringLiteral("--yes")});
}

void PresetsCliTest::noPresets_saysHowToMakeOne()
{
    const CliRun run = cli({QStringLiteral("presets")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("--save")), run.err.constData());
    QCOMPARE(presets().size(), 0);
}

void PresetsCliTest::sendSave_thenPresetsListsIt()
{
    const CliRun sent
        = cli({QStringLiteral("send"), QStringLiteral("/user/repos?per_page=5"), QStringLiteral("--token"),
               QStringLiteral("GH"), QStringLiteral("--save"), QStringLiteral("My repositories")});
    QCOMPARE(sent.exitCode, 0);
    QVERIFY2(sent.errText().contains(QStringLiteral("Saved as the preset \"My repositories\"")), sent.err.constData());
    const QJsonArray list = presets();
    QCOMPARE(list.size(), 1);
    const QJsonObject preset = list.first().toObject();
    QCOMPARE(preset.value(QStringLiteral("name")).toString(), QStringLiteral("My repositories"));
    QCOMPARE(preset.value(QStringLiteral("token")).toString(), QStringLiteral("GH"));
    QCOMPARE(preset.value(QStringLiteral("url")).toString(), QStringLiteral("/user/repos?per_page=5"));
    QCOMPARE(preset.value(QStringLiteral("collection")).toString(), QStringLiteral("My presets"));

    const CliRun table = cli({QStringLiteral("presets")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().contains(QStringLiteral("My repositories")));
    QVERIFY(table.outText().contains(QStringLiteral("GET /user/repos?per_page=5")));
}

void PresetsCliTest::show_printsTheRequest_tokenAsPlaceholder()
{
    const CliRun shown = cli({QStringLiteral("show"), QStringLiteral("my repositories")});
    QCOMPARE(shown.exitCode, 0);
    const QString text = shown.outText();
    QVERIFY2(text.contains(QStringLiteral("GET %1/github/user/repos?per_page=5").arg(m_server)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Authorization: Bearer {{token}}")));
    QVERIFY(text.contains(QStringLiteral("X-GitHub-Api-Version: 2022-11-28")));
    QVERIFY(!shown.out.contains(m_secret) && !shown.err.contains(m_secret));

    const CliRun json = cli({QStringLiteral("show"), QStringLiteral("My repositories"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(object.value(QStringLiteral("token")).toString(), QStringLiteral("GH"));
    QVERIFY(
        object.value(QStringLiteral("headers")).toArray().contains(QStringLiteral("Authorization: Bearer {{token}}")));
    QVERIFY(!json.out.contains(m_secret));

    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("Nothing")}).exitCode, 5);
    QCOMPARE(cli({QStringLiteral("show")}).exitCode, 2);
}

void PresetsCliTest::run_sendsItAgain_andKeepsTheAnswer()
{
    const CliRun run = cli(
        {QStringLiteral("run"), QStringLiteral("My repositories"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject envelope = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(envelope.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(envelope.value(QStringLiteral("body")).toArray().size(), 5);
    QVERIFY(run.errText().contains(QStringLiteral("200 OK")));
    // The answer is kept for the window, under the preset's id.
    const QString id = presets().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(QFile::exists(QDir(m_dirs->appDataDir()).filePath(QStringLiteral("responses/%1.json").arg(id))));
}

void PresetsCliTest::run_variables_defaultsAndOverrides()
{
    // {{owner}} gets a default from --var when saving; run uses it, or the value given now.
    const CliRun saved
        = cli({QStringLiteral("send"), QStringLiteral("/echo-auth?owner={{owner}}"), QStringLiteral("--token"),
               QStringLiteral("GH"), QStringLiteral("--var"), QStringLiteral("owner=octocat"), QStringLiteral("--save"),
               QStringLiteral("Echo owner"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(saved.exitCode, 0);
    const CliRun byDefault
        = cli({QStringLiteral("run"), QStringLiteral("Echo owner"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(byDefault.exitCode, 0);
    QVERIFY2(QJsonDocument::fromJson(byDefault.out)
                 .object()
                 .value(QStringLiteral("url"))
                 .toString()
                 .contains(QStringLiteral("owner=octocat")),
             byDefault.out.constData());
    const CliRun overridden = cli({QStringLiteral("run"), QStringLiteral("Echo owner"), QStringLiteral("--var"),
                                   QStringLiteral("owner=hubot"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(overridden.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(overridden.out)
                .object()
                .value(QStringLiteral("url"))
                .toString()
                .contains(QStringLiteral("owner=hubot")));
    // The echoed Authorization header is masked.
    QVERIFY(!overridden.out.contains(m_secret));
}

void PresetsCliTest::run_missingVariable_exit2()
{
    const CliRun saved = cli({QStringLiteral("send"), QStringLiteral("/user/repos?since={{since}}"),
                              QStringLiteral("--token"), QStringLiteral("GH"), QStringLiteral("--var"),
                              QStringLiteral("since=2026-01-01"), QStringLiteral("--save"), QStringLiteral("Since")});
    QCOMPARE(saved.exitCode, 0);
    // The default is remembered, so run works without --var ...
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("Since"), QStringLiteral("-q")}).exitCode, 0);
    // ... and a variable nobody gave a value is named.
    const CliRun sent = cli({QStringLiteral("send"), QStringLiteral("/user/repos?q={{query}}"),
                             QStringLiteral("--token"), QStringLiteral("GH")});
    QCOMPARE(sent.exitCode, 2);
    QVERIFY(sent.errText().contains(QStringLiteral("query")));
    QVERIFY(sent.errText().contains(QStringLiteral("--var")));
}

void PresetsCliTest::run_unknownPreset_exit5()
{
    const CliRun run = cli({QStringLiteral("run"), QStringLiteral("Nope")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.errText().contains(QStringLiteral("latchkey presets")));
    QCOMPARE(cli({QStringLiteral("run")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
}

void PresetsCliTest::save_sameNameUpdates_badNameRefused()
{
    const int before = presets().size();
    const CliRun again = cli({QStringLiteral("send"), QStringLiteral("/user/repos?per_page=2"),
                              QStringLiteral("--token"), QStringLiteral("GH"), QStringLiteral("--save"),
                              QStringLiteral("MY REPOSITORIES"), QStringLiteral("-q")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(presets().size(), before);
    const CliRun shown = cli({QStringLiteral("show"), QStringLiteral("My repositories"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(shown.out)
                .object()
                .value(QStringLiteral("url"))
                .toString()
                .endsWith(QStringLiteral("per_page=2")));

    const CliRun blank = cli({QStringLiteral("send"), QStringLiteral("/user"), QStringLiteral("--token"),
                              QStringLiteral("GH"), QStringLiteral("--save"), QStringLiteral("  ")});
    QCOMPARE(blank.exitCode, 2);
    QCOMPARE(presets().size(), before);
}

void PresetsCliTest::history_recordsEverySend_withoutSecrets()
{
    QFile file(QDir(m_dirs->appDataDir()).filePath(QStringLiteral("history.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY2(lines.size() >= 8, QByteArray::number(lines.size()).constData());
    QVERIFY(lines.first().contains("latchkey.history"));
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(last.value(QStringLiteral("url")).toString().startsWith(m_server));
}

void PresetsCliTest::noFileHoldsTheSecret()
{
    QDirIterator it(m_dirs->root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_secret), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 4); // tokens, presets, history, kept answers
}

QTEST_GUILESS_MAIN(PresetsCliTest)
#include "PresetsCliTest.moc"
