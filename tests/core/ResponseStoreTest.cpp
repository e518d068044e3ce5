// The last answer of each preset, kept to be looked at again without sending.
#include "presets/ResponseStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ResponseStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void save_load_roundTrip();
    void cookies_areNeverKept();
    void unchecked_orHugeBodies_areDropped();
    void missing_isNotFound();
    void remove_deletesTheFile();
    void fileFor_cannotEscapeTheFolder();

private:
    static Response answer(const QByteArray& body)
    {
        Response r;
        r.outcome = Response::Outcome::Received;
        r.status = 200;
        r.reason = QStringLiteral("OK");
        r.httpVersion = QStringLiteral("HTTP/1.1");
        r.finalUrl = QUrl(QStringLiteral("https://api.github.com/user/repos"));
        r.headers.append("Content-Type", "application/json");
        r.headers.append("Set-Cookie", "session=SESSIONSECRET");
        r.headers.append("X-RateLimit-Remaining", "4999");
        r.body = body;
        r.bodySize = body.size();
        r.timings.totalMs = 212;
        r.echoesChecked = true;
        return r;
    }
    ResponseStore::Stored load(ResponseStore& store, const QString& id)
    {
        ResponseStore::Stored stored;
        bool done = false;
        store.load(id, this, [&](const ResponseStore::Stored& s) {
            stored = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            qWarning("load did not finish");
        }
        return stored;
    }

    QTemporaryDir m_dir;
};

void ResponseStoreTest::save_load_roundTrip()
{
    ResponseStore store(m_dir.path());
    static const char raw[] = "[{\"name\":\"latchkey\"}]\n\x01\xff binary too";
    const QByteArray body(raw, sizeof(raw) - 1);
    store.save(QStringLiteral("11111111-aaaa"), answer(body));
    store.flush();
    QFile file(store.fileFor(QStringLiteral("11111111-aaaa")));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const ResponseStore::Stored stored = load(store, QStringLiteral("11111111-aaaa"));
    QVERIFY(stored.found);
    QVERIFY(!stored.bodyDropped);
    QCOMPARE(stored.response.status, 200);
    QCOMPARE(stored.response.reason, QStringLiteral("OK"));
    QCOMPARE(stored.response.body, body);
    QCOMPARE(stored.response.bodySize, body.size());
    QCOMPARE(stored.response.timings.totalMs, 212);
    QCOMPARE(stored.response.finalUrl, QUrl(QStringLiteral("https://api.github.com/user/repos")));
    QCOMPARE(stored.response.headers.value("X-RateLimit-Remaining"), QByteArray("4999"));
    QVERIFY(stored.receivedAt.isValid());
}

void ResponseStoreTest::cookies_areNeverKept()
{
    ResponseStore store(m_dir.path());
    store.save(QStringLiteral("cookie"), answer("{}"));
    store.flush();
    QFile file(store.fileFor(QStringLiteral("cookie")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("SESSIONSECRET"));
    QVERIFY(!load(store, QStringLiteral("cookie")).response.headers.contains("Set-Cookie"));
}

void ResponseStoreTest::unchecked_orHugeBodies_areDropped()
{
    ResponseStore store(m_dir.path());
    Response unchecked = answer("{\"echo\":\"maybe a token\"}");
    unchecked.echoesChecked = false;
    store.save(QStringLiteral("unchecked"), unchecked);
    store.save(QStringLiteral("huge"), answer(QByteArray(ResponseStore::maxBodyBytes + 1, 'x')));
    store.flush();
    for (const QString& id : {QStringLiteral("unchecked"), QStringLiteral("huge")}) {
        const ResponseStore::Stored stored = load(store, id);
        QVERIFY(stored.found);
        QVERIFY(stored.bodyDropped);
        QVERIFY(stored.response.body.isEmpty());
        QCOMPARE(stored.response.status, 200);
    }
}

void ResponseStoreTest::missing_isNotFound()
{
    ResponseStore store(m_dir.path());
    QVERIFY(!load(store, QStringLiteral("never-saved")).found);
    Response failed;
    failed.outcome = Response::Outcome::Timeout;
    store.save(QStringLiteral("failed"), failed);
    store.flush();
    QVERIFY(!load(store, QStringLiteral("failed")).found);
}

void ResponseStoreTest::remove_deletesTheFile()
{
    ResponseStore store(m_dir.path());
    store.save(QStringLiteral("gone"), answer("{}"));
    store.flush();
    QVERIFY(QFile::exists(store.fileFor(QStringLiteral("gone"))));
    store.remove(QStringLiteral("gone"));
    store.flush();
    QVERIFY(!QFile::exists(store.fileFor(QStringLiteral("gone"))));
}

void ResponseStoreTest::fileFor_cannotEscapeTheFolder()
{
    ResponseStore store(m_dir.path());
    const QString path = store.fileFor(QStringLiteral("../../etc/passwd"));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_dir.path()).absolutePath());
}

QTEST_GUILESS_MAIN(ResponseStoreTest)
#include "ResponseStoreTest.moc"
