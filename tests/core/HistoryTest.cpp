// history.jsonl: appended in order off the UI thread, capped, cleared, and read back.
#include "presets/History.h"

#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class HistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(*QCoreApplication::instance()); }
    void init();
    void append_flush_load_roundTrip();
    void cap_keepsTheNewest_onDiskToo();
    void setCap_trimsAtOnce();
    void capZero_keepsNothing();
    void clear_emptiesTheFile();
    void damagedLines_areSkippedAndCounted();
    void foreignFile_isKeptAside();
    void file_isPrivate();
    void search_matchesUrlMethodStatusOutcome();

private:
    QString path() const { return QDir(m_dir->path()).filePath(QStringLiteral("history.jsonl")); }
    static HistoryEntry entry(int n)
    {
        HistoryEntry e;
        e.id = QStringLiteral("id-%1").arg(n);
        e.when = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(n);
        e.method = QStringLiteral("GET");
        e.url = QStringLiteral("https://api.github.com/user/repos?page=%1").arg(n);
        e.status = 200;
        e.outcome = QStringLiteral("200 OK");
        e.durationMs = 100 + n;
        e.size = 1000 * n;
        e.request.url = e.url;
        return e;
    }
    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void HistoryTest::append_flush_load_roundTrip()
{
    History history(path(), 100);
    QSignalSpy changed(&history, &History::changed);
    for (int n = 1; n <= 5; ++n) {
        history.append(entry(n));
    }
    QCOMPARE(changed.count(), 5);
    history.flush();
    History again(path(), 100);
    const History::LoadReport report = again.load();
    QCOMPARE(report.skipped, 0);
    QVERIFY(report.message.isEmpty());
    QCOMPARE(again.entries().size(), 5);
    const HistoryEntry& third = again.entries().at(2);
    QCOMPARE(third.id, QStringLiteral("id-3"));
    QCOMPARE(third.when, entry(3).when);
    QCOMPARE(third.url, entry(3).url);
    QCOMPARE(third.status, 200);
    QCOMPARE(third.durationMs, 103);
    QCOMPARE(third.size, 3000);
    QCOMPARE(third.request.url, entry(3).url);
    QVERIFY(again.entry(QStringLiteral("id-5")));
    QVERIFY(!again.entry(QStringLiteral("id-6")));
}

void HistoryTest::cap_keepsTheNewest_onDiskToo()
{
    History history(path(), 20);
    for (int n = 1; n <= 100; ++n) {
        history.append(entry(n));
    }
    QCOMPARE(history.entries().size(), 20);
    QCOMPARE(history.entries().first().id, QStringLiteral("id-81"));
    QCOMPARE(history.entries().last().id, QStringLiteral("id-100"));
    history.flush();
    // The file is rewritten now and then: never much more than the cap.
    QVERIFY(fileBytes(path()).count('\n') <= 1 + 20 + 10);
    History again(path(), 20);
    again.load();
    QCOMPARE(again.entries().size(), 20);
    QCOMPARE(again.entries().last().id, QStringLiteral("id-100"));
}

void HistoryTest::setCap_trimsAtOnce()
{
    History history(path(), 50);
    for (int n = 1; n <= 30; ++n) {
        history.append(entry(n));
    }
    history.setCap(5);
    QCOMPARE(history.entries().size(), 5);
    QCOMPARE(history.entries().first().id, QStringLiteral("id-26"));
    history.flush();
    History again(path(), 5);
    again.load();
    QCOMPARE(again.entries().size(), 5);
}

void HistoryTest::capZero_keepsNothing()
{
    History history(path(), 0);
    history.append(entry(1));
    history.flush();
    QVERIFY(history.entries().isEmpty());
    QVERIFY(!QFile::exists(path()));
}

void HistoryTest::clear_emptiesTheFile()
{
    History history(path(), 10);
    history.append(entry(1));
    history.append(entry(2));
    history.clear();
    QVERIFY(history.entries().isEmpty());
    history.flush();
    QVERIFY(!fileBytes(path()).contains("id-1"));
    History again(path(), 10);
    QVERIFY(again.load().message.isEmpty());
    QVERIFY(again.entries().isEmpty());
}

void HistoryTest::damagedLines_areSkippedAndCounted()
{
    History history(path(), 10);
    history.append(entry(1));
    history.append(entry(2));
    history.flush();
    QFile file(path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"id\": \"half\n");
    file.write("not json at all\n");
    file.close();
    History again(path(), 10);
    const History::LoadReport report = again.load();
    QCOMPARE(report.skipped, 2);
    QVERIFY(report.message.contains(QStringLiteral("2 history lines")));
    QCOMPARE(again.entries().size(), 2);
}

void HistoryTest::foreignFile_isKeptAside()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a history\n");
    file.close();
    History history(path(), 10);
    const History::LoadReport report = history.load();
    QVERIFY(report.message.contains(QStringLiteral("kept as")));
    QVERIFY(!QFile::exists(path()));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("history.jsonl.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileBytes(QDir(m_dir->path()).filePath(aside.first())), QByteArray("this is not a history\n"));
}

void HistoryTest::file_isPrivate()
{
    History history(path(), 10);
    history.append(entry(1));
    history.flush();
    QCOMPARE(QFile(path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void HistoryTest::search_matchesUrlMethodStatusOutcome()
{
    const HistoryEntry e = entry(7);
    QVERIFY(e.matches(QString()));
    QVERIFY(e.matches(QStringLiteral("REPOS")));
    QVERIFY(e.matches(QStringLiteral("get")));
    QVERIFY(e.matches(QStringLiteral("200")));
    QVERIFY(e.matches(QStringLiteral("ok")));
    QVERIFY(!e.matches(QStringLiteral("gitlab")));
    QVERIFY(!e.matches(QStringLiteral("404")));
}

QTEST_GUILESS_MAIN(HistoryTest)
#include "HistoryTest.moc"
