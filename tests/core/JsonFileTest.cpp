#include "storage/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class JsonFileTest : public QObject
{
    Q_OBJECT

private slots:
    void save_writesKindSchemaAndOwnerOnlyPermissions();
    void load_missingFile_isEmptyAndWritable();
    void load_roundTrip();
    void load_corruptFile_isMovedAsideNotOverwritten_data();
    void load_corruptFile_isMovedAsideNotOverwritten();
    void load_newerSchema_isReadOnly();
    void save_createsPrivateDirectory();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
};

void JsonFileTest::save_writesKindSchemaAndOwnerOnlyPermissions()
{
    const JsonFile file(path(QStringLiteral("a.json")), QStringLiteral("latchkey.test"), 3);
    QString error;
    QVERIFY2(file.save(QJsonObject {{QStringLiteral("x"), 1}}, &error), qPrintable(error));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.contains("\"kind\": \"latchkey.test\""));
    QVERIFY(bytes.contains("\"schema\": 3"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(file.path());
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
}

void JsonFileTest::load_missingFile_isEmptyAndWritable()
{
    const JsonFile file(path(QStringLiteral("missing.json")), QStringLiteral("latchkey.test"), 1);
    const auto result = file.load();
    QCOMPARE(result.status, JsonFile::Status::Missing);
    QVERIFY(result.writable());
    QVERIFY(result.root.isEmpty());
}

void JsonFileTest::load_roundTrip()
{
    const JsonFile file(path(QStringLiteral("round.json")), QStringLiteral("latchkey.test"), 2);
    QVERIFY(file.save(QJsonObject {{QStringLiteral("items"), QJsonArray {1, 2, 3}}}));
    const auto result = file.load();
    QCOMPARE(result.status, JsonFile::Status::Ok);
    QCOMPARE(result.schema, 2);
    QCOMPARE(result.root.value(QStringLiteral("items")).toArray().size(), 3);
}

void JsonFileTest::load_corruptFile_isMovedAsideNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray("{\"kind\": \"latchkey.test\", \"schema\": 1, \"tok");
    QTest::newRow("not json") << QByteArray("hello, world");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("wrong kind") << QByteArray("{\"kind\": \"something.else\", \"schema\": 1}");
    QTest::newRow("no schema") << QByteArray("{\"kind\": \"latchkey.test\"}");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
}

void JsonFileTest::load_corruptFile_isMovedAsideNotOverwritten()
{
    QFETCH(QByteArray, content);
    const QString target = path(QStringLiteral("corrupt-%1.json").arg(QTest::currentDataTag()));
    {
        QFile raw(target);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(content);
    }
    const JsonFile file(target, QStringLiteral("latchkey.test"), 1);
    const auto result = file.load();
    QCOMPARE(result.status, JsonFile::Status::Corrupt);
    QVERIFY(result.writable());
    QVERIFY(!QFile::exists(target));
    QVERIFY(result.movedAsidePath.startsWith(target + QStringLiteral(".corrupt-")));
    QVERIFY2(result.message.contains(result.movedAsidePath), qPrintable(result.message));
    QFile aside(result.movedAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content);
}

void JsonFileTest::load_newerSchema_isReadOnly()
{
    const QString target = path(QStringLiteral("newer.json"));
    const JsonFile newer(target, QStringLiteral("latchkey.test"), 9);
    QVERIFY(newer.save({}));
    const JsonFile older(target, QStringLiteral("latchkey.test"), 1);
    const auto result = older.load();
    QCOMPARE(result.status, JsonFile::Status::TooNew);
    QVERIFY(!result.writable());
    QVERIFY(result.message.contains(QStringLiteral("newer version")));
    QVERIFY(QFile::exists(target));
}

void JsonFileTest::save_createsPrivateDirectory()
{
    const QString dir = path(QStringLiteral("nested/deeper"));
    const JsonFile file(QDir(dir).filePath(QStringLiteral("f.json")), QStringLiteral("latchkey.test"), 1);
    QVERIFY(file.save({}));
    QCOMPARE(QFile::permissions(dir) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(JsonFileTest)
#include "JsonFileTest.moc"
