// `latchkey import` and `latchkey export`, run as a person would, with the
// real keychain and the local httpbin; and the exported Postman collection run
// by newman, Postman's own command-line runner.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ImportExportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dryRunJson_masksSecrets_savesNothing();
    void importCurl_tokenInKeychain_secretInNoFile();
    void referenceUsesExistingToken();
    void ignoredOptionsAreListed();
    void malformed_errorWithPosition_nothingImported_data();
    void malformed_errorWithPosition_nothingImported();
    void postmanCollection_foldersAndEnvironmentSecrets();
    void harEntriesArePicked();
    void exportCurl_placeholderUnlessWithToken();
    void exportPostman_noSecret_roundTrip();
    void exportedCollectionRunsInNewman();
    void usageAndNotFound_data();
    void usageAndNotFound();
    void noKeychain_exit4_nothingWritten();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) { return m_cli->run(arguments, input); }
    QJsonObject presetsFile() const;
    QString tokenId(const QString& name);
    QString writeFile(const QString& name, const QByteArray& bytes);

    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
    QTemporaryDir m_work;
    QString m_httpbin = qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN");
    QString m_fixtures = QStringLiteral(LATCHKEY_FIXTURES_DIR "/interop");
    const QByteArray m_secret = "ghp_ImportCli0123456789abcdefghijklmnop";
    const QByteArray m_httpbinSecret = "hb-import-secret-0123456789abcdef";
};

void ImportExportCliTest::initTestCase()
{
    QVERIFY(!m_httpbin.isEmpty());
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
}

void ImportExportCliTest::cleanupTestCase()
{
    const CliRun listed = cli({QStringLiteral("tokens"), QStringLiteral("--json")});
    for (const QJsonValue& token : QJsonDocument::fromJson(listed.out).array()) {
        cli({QStringLiteral("tokens"), QStringLiteral("remove"), token[QStringLiteral("name")].toString(),
             QStringLiteral("--yes")});
    }
}

QJsonObject ImportExportCliTest::presetsFile() const
{
    QFile file(QDir(m_dirs->appDataDir()).filePath(QStringLiteral("presets.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString ImportExportCliTest::tokenId(const QString& name)
{
    const CliRun listed = cli({QStringLiteral("tokens"), QStringLiteral("--json")});
    for (const QJsonValue& token : QJsonDocument::fromJson(listed.out).array()) {
        if (token[QStringLiteral("name")].toString() == name) {
            return token[QStringLiteral("id")].toString();
        }
    }
    return {};
}

QString ImportExportCliTest::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(m_work.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(bytes);
    return path;
}

void ImportExportCliTest::dryRunJson_masksSecrets_savesNothing()
{
    const QByteArray command = "curl -X POST https://api.github.com/repos/octo/hello/issues -H 'Authorization: Bearer "
        + m_secret + "' -H 'Accept: application/vnd.github+json' --data-raw '{\"title\":\"Found a bug\"}'";
    const CliRun run
        = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--dry-run"), QStringLiteral("--json")},
              command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(m_secret));
    QVERIFY(!run.err.contains(m_secret));
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("curl"));
    const QJsonObject request = root[QStringLiteral("requests")][0][QStringLiteral("request")].toObject();
    QCOMPARE(request[QStringLiteral("method")].toString(), QStringLiteral("POST"));
    QCOMPARE(request[QStringLiteral("url")].toString(),
             QStringLiteral("https://api.github.com/repos/octo/hello/issues"));
    QCOMPARE(request[QStringLiteral("bodyType")].toString(), QStringLiteral("json"));
    const QJsonObject credential = root[QStringLiteral("credentials")][0].toObject();
    QCOMPARE(credential[QStringLiteral("hasSecret")].toBool(), true);
    QCOMPARE(credential[QStringLiteral("provider")].toString(), QStringLiteral("github"));
    QCOMPARE(credential[QStringLiteral("action")].toString(), QStringLiteral("new-token"));
    QCOMPARE(root[QStringLiteral("dryRun")].toBool(), true);
    // Nothing saved: no presets file, no token.
    QVERIFY(presetsFile().isEmpty());
    QCOMPARE(tokenId(QStringLiteral("GitHub")), QString());
    QCOMPARE(m_dirs->filesContaining(m_secret), QStringList());

    const CliRun people = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--dry-run")}, command);
    QCOMPARE(people.exitCode, 0);
    QVERIFY2(people.outText().contains(QStringLiteral("would be kept in the keychain as the new token \"GitHub\"")),
             people.out.constData());
    QVERIFY(!people.out.contains(m_secret));
}

void ImportExportCliTest::importCurl_tokenInKeychain_secretInNoFile()
{
    const QString file = writeFile(
        QStringLiteral("github.sh"),
        "curl -L \\\n  -H \"Accept: application/vnd.github+json\" \\\n  -H \"Authorization: Bearer " + m_secret
            + "\" \\\n  -H \"X-GitHub-Api-Version: 2022-11-28\" \\\n  https://api.github.com/user/repos?per_page=5\n");
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--collection"), QStringLiteral("GitHub")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("Imported 1 preset into the collection \"GitHub\"")),
             run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("the new token \"GitHub\"")));
    QVERIFY(!run.out.contains(m_secret) && !run.err.contains(m_secret));

    // The token exists, recognised as GitHub's, and the preset refers to it by id.
    const QString id = tokenId(QStringLiteral("GitHub"));
    QVERIFY(!id.isEmpty());
    const QJsonObject presets = presetsFile();
    const QJsonArray list = presets[QStringLiteral("presets")].toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject request = list.at(0)[QStringLiteral("request")].toObject();
    QCOMPARE(request[QStringLiteral("token")].toString(), id);
    QCOMPARE(request[QStringLiteral("url")].toString(), QStringLiteral("https://api.github.com/user/repos?per_page=5"));
    QVERIFY(!QJsonDocument(request).toJson().contains("Authorization"));

    // The secret is in the keychain (read back through an explicit export) and in no file at all.
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("GitHub"), QStringLiteral("--as"),
                                 QStringLiteral("curl"), QStringLiteral("--with-token")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(m_secret));
    QCOMPARE(m_dirs->filesContaining(m_secret), QStringList());
    QCOMPARE(TestDirs::filesUnder(m_work.path(), m_secret), QStringList {file}); // only the file we wrote
}

void ImportExportCliTest::referenceUsesExistingToken()
{
    const CliRun added = cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("Httpbin"),
                              QStringLiteral("--base-url"), m_httpbin},
                             m_httpbinSecret);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    // Documentation style: the token is only referred to.
    const QByteArray command = "curl " + m_httpbin.toUtf8() + "/bearer -H \"Authorization: Bearer $MY_TOKEN\"";
    const CliRun run = cli(
        {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--collection"), QStringLiteral("Httpbin")},
        command);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("The presets use your token \"Httpbin\"")), run.out.constData());
    bool found = false;
    for (const QJsonValue& preset : presetsFile()[QStringLiteral("presets")].toArray()) {
        if (preset[QStringLiteral("request")][QStringLiteral("url")].toString().endsWith(QStringLiteral("/bearer"))) {
            QCOMPARE(preset[QStringLiteral("request")][QStringLiteral("token")].toString(),
                     tokenId(QStringLiteral("Httpbin")));
            found = true;
        }
    }
    QVERIFY(found);
}

void ImportExportCliTest::ignoredOptionsAreListed()
{
    const QByteArray command = "curl -s -k --compressed -o out.json " + m_httpbin.toUtf8() + "/get?show=1";
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--collection"),
                            QStringLiteral("Httpbin"), QStringLiteral("--json")},
                           command);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QStringList ignored = root[QStringLiteral("ignored")].toVariant().toStringList();
    for (const QString& option : {QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("--compressed")}) {
        QVERIFY2(ignored.contains(option), qPrintable(ignored.join(QLatin1Char(' '))));
    }
    const CliRun people = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--dry-run")}, command);
    QVERIFY2(people.outText().contains(QStringLiteral("Ignored options: ")), people.out.constData());
}

void ImportExportCliTest::malformed_errorWithPosition_nothingImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("position");
    QTest::newRow("unterminated quote") << QStringLiteral("malformed/unterminated-quote.txt")
                                        << QStringLiteral("Line ");
    QTest::newRow("truncated collection")
        << QStringLiteral("malformed/truncated-collection.postman_collection.json") << QStringLiteral("Line ");
    QTest::newRow("wrong shape") << QStringLiteral("malformed/wrong-shape.postman_collection.json")
                                 << QStringLiteral("At item");
    QTest::newRow("truncated HAR") << QStringLiteral("malformed/truncated-session.har") << QStringLiteral("Line ");
}

void ImportExportCliTest::malformed_errorWithPosition_nothingImported()
{
    QFETCH(QString, file);
    QFETCH(QString, position);
    TestDirs dirs;
    const CliRun run = CliRunner(dirs.environment()).run({QStringLiteral("import"), QDir(m_fixtures).filePath(file)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Nothing was imported")), run.err.constData());
    QVERIFY2(run.errText().contains(position), run.err.constData());
    QVERIFY(!QFile::exists(QDir(dirs.appDataDir()).filePath(QStringLiteral("presets.json"))));
    QVERIFY(!QFile::exists(QDir(dirs.appDataDir()).filePath(QStringLiteral("tokens.json"))));
}

void ImportExportCliTest::postmanCollection_foldersAndEnvironmentSecrets()
{
    TestDirs dirs;
    CliRunner runner(dirs.environment());
    const QString collection
        = QDir(m_fixtures).filePath(QStringLiteral("postman/latchkey-demo.postman_collection.json"));
    const CliRun dry
        = runner.run({QStringLiteral("import"), collection, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("postman-collection"));
    QVERIFY(root[QStringLiteral("requests")].toArray().size() >= 2);
    const CliRun run = runner.run({QStringLiteral("import"), collection, QStringLiteral("--no-new-tokens")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(QDir(dirs.appDataDir()).filePath(QStringLiteral("presets.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject presets = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(presets[QStringLiteral("presets")].toArray().size(), root[QStringLiteral("requests")].toArray().size());
    bool inFolder = false;
    for (const QJsonValue& preset : presets[QStringLiteral("presets")].toArray()) {
        inFolder = inFolder || !preset[QStringLiteral("folder")].toString().isEmpty();
    }
    QVERIFY(inFolder);
    QCOMPARE(presets[QStringLiteral("collections")].toArray().last()[QStringLiteral("name")].toString(),
             root[QStringLiteral("name")].toString());
}

void ImportExportCliTest::harEntriesArePicked()
{
    TestDirs dirs;
    CliRunner runner(dirs.environment());
    const QString har = QDir(m_fixtures).filePath(QStringLiteral("har/browser-session.har"));
    const CliRun dry
        = runner.run({QStringLiteral("import"), har, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonArray requests = QJsonDocument::fromJson(dry.out).object()[QStringLiteral("requests")].toArray();
    QVERIFY(requests.size() >= 2);
    QVERIFY(requests.at(0).toObject().contains(QStringLiteral("entry")));
    const CliRun run = runner.run({QStringLiteral("import"), har, QStringLiteral("--entries"), QStringLiteral("2"),
                                   QStringLiteral("--no-new-tokens"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object()[QStringLiteral("presets")].toArray().size(), 1);
    const CliRun bad = runner.run({QStringLiteral("import"), har, QStringLiteral("--entries"), QStringLiteral("999")});
    QCOMPARE(bad.exitCode, 2);
}

void ImportExportCliTest::exportCurl_placeholderUnlessWithToken()
{
    const CliRun plain
        = cli({QStringLiteral("export"), QStringLiteral("GitHub"), QStringLiteral("--as"), QStringLiteral("curl")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(m_secret));
    QVERIFY2(plain.outText().contains(QStringLiteral("\"Authorization: Bearer $LATCHKEY_TOKEN\"")),
             plain.out.constData());
    QVERIFY(plain.outText().contains(QStringLiteral("https://api.github.com/user/repos?per_page=5")));
    QVERIFY(!plain.errText().contains(QStringLiteral("Warning")));

    const QString out = QDir(m_work.path()).filePath(QStringLiteral("with-token.sh"));
    const CliRun with = cli({QStringLiteral("export"), QStringLiteral("GitHub"), QStringLiteral("--as"),
                             QStringLiteral("curl"), QStringLiteral("--with-token"), QStringLiteral("--out"), out});
    QCOMPARE(with.exitCode, 0);
    QVERIFY(with.errText().contains(QStringLiteral("Warning: the export holds your real token")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_secret));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    file.remove();
}

void ImportExportCliTest::exportPostman_noSecret_roundTrip()
{
    const QString out = QDir(m_work.path()).filePath(QStringLiteral("github.postman_collection.json"));
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("GitHub"), QStringLiteral("--as"),
                            QStringLiteral("postman"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString environment = QDir(m_work.path()).filePath(QStringLiteral("github.postman_environment.json"));
    QFile collectionFile(out);
    QFile environmentFile(environment);
    QVERIFY(collectionFile.open(QIODevice::ReadOnly));
    QVERIFY(environmentFile.open(QIODevice::ReadOnly));
    const QByteArray collectionBytes = collectionFile.readAll();
    const QByteArray environmentBytes = environmentFile.readAll();
    QVERIFY(!collectionBytes.contains(m_secret));
    QVERIFY(!environmentBytes.contains(m_secret));
    QVERIFY(collectionBytes.contains("{{token}}"));
    const QJsonArray values = QJsonDocument::fromJson(environmentBytes).object()[QStringLiteral("values")].toArray();
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0)[QStringLiteral("key")].toString(), QStringLiteral("token"));
    QCOMPARE(values.at(0)[QStringLiteral("value")].toString(), QString());
    QCOMPARE(values.at(0)[QStringLiteral("type")].toString(), QStringLiteral("secret"));

    // Imported again, the collection gives the same request.
    const CliRun again = cli({QStringLiteral("import"), out, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject request = QJsonDocument::fromJson(again.out)
                                    .object()[QStringLiteral("requests")][0][QStringLiteral("request")]
                                    .toObject();
    QCOMPARE(request[QStringLiteral("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(request[QStringLiteral("url")].toString(), QStringLiteral("https://api.github.com/user/repos?per_page=5"));

    // With --with-token, the environment holds the secret (and says so).
    const QString secretOut = QDir(m_work.path()).filePath(QStringLiteral("secret.postman_collection.json"));
    const CliRun with
        = cli({QStringLiteral("export"), QStringLiteral("GitHub"), QStringLiteral("--as"), QStringLiteral("postman"),
               QStringLiteral("--out"), secretOut, QStringLiteral("--with-token")});
    QCOMPARE(with.exitCode, 0);
    QVERIFY(with.errText().contains(QStringLiteral("Warning")));
    const QString secretEnvironment = QDir(m_work.path()).filePath(QStringLiteral("secret.postman_environment.json"));
    QCOMPARE(TestDirs::filesUnder(m_work.path(), m_secret).contains(secretEnvironment), true);
    QVERIFY(!TestDirs::filesUnder(m_work.path(), m_secret).contains(secretOut));
    QFile::remove(secretOut);
    QFile::remove(secretEnvironment);
}

void ImportExportCliTest::exportedCollectionRunsInNewman()
{
    const QString newman = qEnvironmentVariable("LATCHKEY_NEWMAN");
    if (newman.isEmpty() || !QFile::exists(newman)) {
        if (!QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty()) {
            QFAIL("npm is installed but newman is not: the newman_install test (npm install) failed.");
        }
        QSKIP("newman cannot be installed: npm is not available on this machine (Debian package npm).");
    }
    // Three requests to httpbin in one collection: one needs the token.
    const QString base = m_httpbin;
    const QList<QByteArray> commands
        = {"curl " + base.toUtf8() + "/bearer -H 'Authorization: Bearer " + m_httpbinSecret + "'",
           "curl '" + base.toUtf8() + "/get?city=Lisbon&page=2' -H 'Accept: application/json'",
           "curl -X POST " + base.toUtf8()
               + "/post -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d '{\"title\":\"hi\"}'"};
    for (const QByteArray& command : commands) {
        const CliRun run = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--collection"),
                                QStringLiteral("Newman"), QStringLiteral("--use-token"), QStringLiteral("Httpbin")},
                               command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QString out = QDir(m_work.path()).filePath(QStringLiteral("newman.postman_collection.json"));
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("Newman"), QStringLiteral("--as"),
                                 QStringLiteral("postman"), QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QString environment = QDir(m_work.path()).filePath(QStringLiteral("newman.postman_environment.json"));
    QCOMPARE(TestDirs::filesUnder(m_work.path(), m_httpbinSecret), QStringList());

    auto runNewman = [&](const QStringList& extra, const QString& report) -> QJsonObject {
        const CliRun run = m_cli->runProgram(newman,
                                             QStringList {QStringLiteral("run"), out, QStringLiteral("-e"), environment,
                                                          QStringLiteral("--reporters"), QStringLiteral("json"),
                                                          QStringLiteral("--reporter-json-export"), report}
                                                 + extra,
                                             {}, 120000);
        if (!run.finished) {
            return {};
        }
        QFile file(report);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning() << run.out << run.err;
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    auto codes = [](const QJsonObject& report) {
        QHash<QString, int> byName;
        for (const QJsonValue& execution : report[QStringLiteral("run")][QStringLiteral("executions")].toArray()) {
            byName.insert(execution[QStringLiteral("item")][QStringLiteral("name")].toString(),
                          execution[QStringLiteral("response")][QStringLiteral("code")].toInt());
        }
        return byName;
    };

    // With the token given to newman (never in the files), every request answers 200.
    const QJsonObject withToken
        = runNewman({QStringLiteral("--env-var"), QStringLiteral("token=") + QString::fromUtf8(m_httpbinSecret)},
                    QDir(m_work.path()).filePath(QStringLiteral("report-token.json")));
    QVERIFY2(!withToken.isEmpty(), "newman did not write a report");
    QCOMPARE(withToken[QStringLiteral("run")][QStringLiteral("failures")].toArray().size(), 0);
    const QHash<QString, int> ok = codes(withToken);
    QCOMPARE(ok.size(), 3);
    for (auto it = ok.begin(); it != ok.end(); ++it) {
        QVERIFY2(it.value() == 200, qPrintable(QStringLiteral("%1 → %2").arg(it.key()).arg(it.value())));
    }
    // Without it, the bearer endpoint refuses: the collection carried no token of its own.
    const QJsonObject without = runNewman({}, QDir(m_work.path()).filePath(QStringLiteral("report-empty.json")));
    QVERIFY(!without.isEmpty());
    const QHash<QString, int> noToken = codes(without);
    QVERIFY2(std::any_of(noToken.begin(), noToken.end(), [](int code) { return code == 401; }),
             "the bearer request should be refused without a token");
}

void ImportExportCliTest::usageAndNotFound_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("import without file") << QStringList {QStringLiteral("import")} << 2;
    QTest::newRow("import missing file") << QStringList {QStringLiteral("import"), QStringLiteral("/no/such/file")}
                                         << 5;
    QTest::newRow("export without --as") << QStringList {QStringLiteral("export"), QStringLiteral("GitHub")} << 2;
    QTest::newRow("export bad --as") << QStringList {QStringLiteral("export"), QStringLiteral("GitHub"),
                                                     QStringLiteral("--as"), QStringLiteral("word")}
                                     << 2;
    QTest::newRow("export unknown") << QStringList {QStringLiteral("export"), QStringLiteral("Nope"),
                                                    QStringLiteral("--as"), QStringLiteral("curl")}
                                    << 5;
    QTest::newRow("import unknown token") << QStringList {
        QStringLiteral("import"),
        QDir(QStringLiteral(LATCHKEY_FIXTURES_DIR "/interop")).filePath(QStringLiteral("curl/github-get-user.txt")),
        QStringLiteral("--use-token"),
        QStringLiteral("Nope")} << 5;
}

void ImportExportCliTest::usageAndNotFound()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

void ImportExportCliTest::noKeychain_exit4_nothingWritten()
{
    TestDirs dirs;
    QProcessEnvironment env = dirs.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    const QByteArray secret = "ghp_ImportNoKeychain0123456789abcdefgh";
    const CliRun run = CliRunner(env).run({QStringLiteral("import"), QStringLiteral("-")},
                                          "curl https://api.github.com/user -H 'Authorization: token " + secret + "'");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("Nothing was imported")), run.err.constData());
    QVERIFY(!run.err.contains(secret));
    QCOMPARE(dirs.filesContaining(secret), QStringList());
    QVERIFY(!QFile::exists(QDir(dirs.appDataDir()).filePath(QStringLiteral("presets.json"))));
}

QTEST_GUILESS_MAIN(ImportExportCliTest)
#include "ImportExportCliTest.moc"
