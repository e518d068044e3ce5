// presets.json: round trips, names, collections, order, undo, migration and damaged files.
#include "presets/PresetStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class PresetStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_keepsEverything();
    void file_isPrivate_versioned_andHoldsNoSecret();
    void names_areUniqueIgnoringCase_data();
    void names_areUniqueIgnoringCase();
    void uniqueName_countsUp();
    void rename_duplicate_move();
    void remove_thenRestore_putsItBack();
    void collections_addRenameRemove();
    void migration_fromSchema1_keepsTheOldFile();
    void migrate_schema1_table();
    void corruptFile_isKeptAside_andTheStoreStartsEmpty();
    void newerFile_isReadOnly_andUntouched();
    void changed_isEmitted();

private:
    QString path() const { return QDir(m_dir->path()).filePath(QStringLiteral("presets.json")); }
    static Preset sample(const QString& name)
    {
        RequestSpec spec;
        spec.url = QStringLiteral("/repos/{{owner}}/issues?since={{since}}");
        spec.tokenId = QStringLiteral("token-1");
        spec.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        Preset preset = Preset::create(name, spec);
        preset.description = QStringLiteral("Issues of one owner");
        preset.variables = {{QStringLiteral("owner"), QStringLiteral("octocat")}, {QStringLiteral("since"), {}}};
        return preset;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void PresetStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void PresetStoreTest::roundTrip_keepsEverything()
{
    PresetStore store(path());
    store.load();
    Preset preset = sample(QStringLiteral("Issues"));
    preset.folder = QStringLiteral("Reports/Weekly");
    preset.recipe = QStringLiteral("github/assigned-issues");
    preset.tableLayout = QJsonObject {{QStringLiteral("columns"), QJsonArray {QStringLiteral("title")}}};
    const PresetStore::Result added = store.add(preset);
    QVERIFY2(added.ok(), qPrintable(added.error));

    PresetStore again(path());
    QCOMPARE(again.load().status, JsonFile::Status::Ok);
    QCOMPARE(again.presets().size(), 1);
    const Preset loaded = again.presets().first();
    QCOMPARE(loaded.id, added.id);
    QCOMPARE(loaded.name, preset.name);
    QCOMPARE(loaded.description, preset.description);
    QCOMPARE(loaded.folder, preset.folder);
    QCOMPARE(loaded.recipe, preset.recipe);
    QCOMPARE(loaded.tableLayout, preset.tableLayout);
    QCOMPARE(loaded.request.url, preset.request.url);
    QCOMPARE(loaded.request.tokenId, preset.request.tokenId);
    QCOMPARE(loaded.request.headers, preset.request.headers);
    QCOMPARE(loaded.variables, preset.variables);
    QCOMPARE(loaded.collectionId, again.collections().first().id);
    QCOMPARE(loaded.usedVariables(), (QStringList {QStringLiteral("owner"), QStringLiteral("since")}));
    QCOMPARE(loaded.defaults().value(QStringLiteral("owner")), QStringLiteral("octocat"));
    QVERIFY(!loaded.defaults().contains(QStringLiteral("since")));
}

void PresetStoreTest::file_isPrivate_versioned_andHoldsNoSecret()
{
    PresetStore store(path());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("A"))).ok());
    QFile file(path());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("latchkey.presets"));
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), PresetStore::schemaVersion);
    // The token is referenced by id only.
    const QJsonObject request = root.value(QStringLiteral("presets"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("request"))
                                    .toObject();
    QCOMPARE(request.value(QStringLiteral("token")).toString(), QStringLiteral("token-1"));
}

void PresetStoreTest::names_areUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same") << QStringLiteral("My issues") << false;
    QTest::newRow("other case") << QStringLiteral("MY ISSUES") << false;
    QTest::newRow("spaces around") << QStringLiteral("  my issues ") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("too long") << QString(121, QLatin1Char('x')) << false;
    QTest::newRow("different") << QStringLiteral("My issues 2") << true;
    QTest::newRow("unicode") << QStringLiteral("Mes problèmes ✓") << true;
}

void PresetStoreTest::names_areUniqueIgnoringCase()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    PresetStore store(path());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("My issues"))).ok());
    const PresetStore::Result result = store.add(sample(name));
    QCOMPARE(result.ok(), accepted);
    QCOMPARE(store.presets().size(), accepted ? 2 : 1);
    if (!accepted) {
        QVERIFY(!result.error.isEmpty());
    }
}

void PresetStoreTest::uniqueName_countsUp()
{
    PresetStore store(path());
    store.load();
    QCOMPARE(store.uniqueName(QStringLiteral("Repos")), QStringLiteral("Repos"));
    QVERIFY(store.add(sample(QStringLiteral("Repos"))).ok());
    QCOMPARE(store.uniqueName(QStringLiteral("repos")), QStringLiteral("repos 2"));
    QVERIFY(store.add(sample(QStringLiteral("Repos 2"))).ok());
    QCOMPARE(store.uniqueName(QStringLiteral("Repos")), QStringLiteral("Repos 3"));
}

void PresetStoreTest::rename_duplicate_move()
{
    PresetStore store(path());
    store.load();
    const QString a = store.add(sample(QStringLiteral("A"))).id;
    const QString b = store.add(sample(QStringLiteral("B"))).id;
    QVERIFY(store.rename(a, QStringLiteral("Alpha")).ok());
    QVERIFY(!store.rename(a, QStringLiteral("b")).ok());
    QCOMPARE(store.preset(a)->name, QStringLiteral("Alpha"));

    const PresetStore::Result copy = store.duplicate(a);
    QVERIFY(copy.ok());
    QVERIFY(copy.id != a);
    QCOMPARE(store.preset(copy.id)->name, QStringLiteral("Alpha (copy)"));
    QCOMPARE(store.preset(copy.id)->request.url, store.preset(a)->request.url);
    QCOMPARE(store.duplicate(a).ok(), true);
    QCOMPARE(store.presets().last().name, QStringLiteral("Alpha (copy) 2"));

    // Move B to the front, into a folder of a new collection.
    const QString reports = store.addCollection(QStringLiteral("Reports")).id;
    QVERIFY(store.move(b, reports, QStringLiteral(" Weekly "), 0).ok());
    QCOMPARE(store.preset(b)->collectionId, reports);
    QCOMPARE(store.preset(b)->folder, QStringLiteral("Weekly"));
    QVERIFY(store.move(a, reports, {}, 0).ok());
    QCOMPARE(store.presetsIn(reports).first().id, a);
    QCOMPARE(store.presetsIn(reports).last().id, b);
    QVERIFY(!store.move(a, QStringLiteral("nowhere"), {}, 0).ok());

    PresetStore again(path());
    again.load();
    QCOMPARE(again.presetsIn(reports).size(), 2);
    QCOMPARE(again.presetsIn(reports).first().id, a);
    QCOMPARE(again.find(QStringLiteral("ALPHA"))->id, a);
    QCOMPARE(again.find(b)->id, b);
    QVERIFY(!again.find(QStringLiteral("nothing")));
}

void PresetStoreTest::remove_thenRestore_putsItBack()
{
    PresetStore store(path());
    store.load();
    store.add(sample(QStringLiteral("A")));
    const QString b = store.add(sample(QStringLiteral("B"))).id;
    store.add(sample(QStringLiteral("C")));
    const auto removed = store.remove(b);
    QVERIFY(removed);
    QCOMPARE(removed->second, 1);
    QCOMPARE(store.presets().size(), 2);
    QVERIFY(!store.find(QStringLiteral("B")));
    {
        PresetStore onDisk(path());
        onDisk.load();
        QCOMPARE(onDisk.presets().size(), 2);
    }
    QVERIFY(store.restore(removed->first, removed->second).ok());
    QCOMPARE(store.presets().at(1).id, b);
    QCOMPARE(store.presets().at(1).name, QStringLiteral("B"));
    PresetStore onDisk(path());
    onDisk.load();
    QCOMPARE(onDisk.presets().at(1).id, b);
    QVERIFY(!store.remove(QStringLiteral("missing")));
}

void PresetStoreTest::collections_addRenameRemove()
{
    PresetStore store(path());
    store.load();
    const QString mine = store.defaultCollectionId();
    QVERIFY(!mine.isEmpty());
    const PresetStore::Result added = store.addCollection(QStringLiteral("Weekly reports"));
    QVERIFY(added.ok());
    QVERIFY(!store.addCollection(QStringLiteral("weekly REPORTS")).ok());
    QVERIFY(!store.addCollection(QStringLiteral(" ")).ok());
    QVERIFY(store.renameCollection(added.id, QStringLiteral("Reports")).ok());
    QCOMPARE(store.collection(added.id)->name, QStringLiteral("Reports"));

    Preset inside = sample(QStringLiteral("Inside"));
    inside.collectionId = added.id;
    const QString id = store.add(inside).id;
    QVERIFY(!store.removeCollection(added.id).ok()); // not empty
    store.remove(id);
    QVERIFY(store.removeCollection(added.id).ok());
    QVERIFY(!store.collection(added.id));

    // A preset naming a collection that is gone lands in the default one.
    Preset stray = sample(QStringLiteral("Stray"));
    stray.collectionId = QStringLiteral("gone");
    QCOMPARE(store.preset(store.add(stray).id)->collectionId, mine);
}

void PresetStoreTest::migration_fromSchema1_keepsTheOldFile()
{
    const QByteArray schema1 = R"({"kind":"latchkey.presets","schema":1,"presets":[
        {"id":"p-1","name":"My repos","method":"GET","url":"/user/repos","token":"t-9",
         "headers":{"Accept":"application/vnd.github+json"}},
        {"name":"Post it","method":"POST","url":"https://example.com/x","body":"{\"a\":1}"}]})";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(schema1);
    file.close();

    PresetStore store(path());
    const JsonFile::LoadResult result = store.load();
    QCOMPARE(result.status, JsonFile::Status::Ok);
    QCOMPARE(result.schema, 1);
    QCOMPARE(store.presets().size(), 2);
    const Preset repos = *store.find(QStringLiteral("My repos"));
    QCOMPARE(repos.id, QStringLiteral("p-1"));
    QCOMPARE(repos.request.url, QStringLiteral("/user/repos"));
    QCOMPARE(repos.request.tokenId, QStringLiteral("t-9"));
    QCOMPARE(repos.request.headers.size(), 1);
    QCOMPARE(repos.request.headers.first().second, QStringLiteral("application/vnd.github+json"));
    const Preset post = *store.find(QStringLiteral("Post it"));
    QCOMPARE(post.request.method, QStringLiteral("POST"));
    QCOMPARE(post.request.body, QStringLiteral("{\"a\":1}"));
    QCOMPARE(store.collections().size(), 1);
    QCOMPARE(repos.collectionId, store.collections().first().id);

    // The old file is kept as it was; the new one has the current schema.
    QFile old(path() + QStringLiteral(".schema1"));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), schema1);
    PresetStore again(path());
    const JsonFile::LoadResult reloaded = again.load();
    QCOMPARE(reloaded.schema, PresetStore::schemaVersion);
    QCOMPARE(again.presets().size(), 2);
    QCOMPARE(again.find(QStringLiteral("My repos"))->id, QStringLiteral("p-1"));
}

void PresetStoreTest::migrate_schema1_table()
{
    const QJsonObject root = QJsonDocument::fromJson(R"({"presets":[{"name":"x","url":"/a"}]})").object();
    const QJsonObject migrated = PresetStore::migrate(root, 1);
    QCOMPARE(migrated.value(QStringLiteral("collections")).toArray().size(), 1);
    const QJsonObject preset = migrated.value(QStringLiteral("presets")).toArray().first().toObject();
    QCOMPARE(preset.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
    QCOMPARE(Preset::fromJson(preset).request.method, QStringLiteral("GET"));
    QVERIFY(!Preset::fromJson(preset).id.isEmpty());
    // The current schema passes through unchanged.
    QCOMPARE(PresetStore::migrate(migrated, PresetStore::schemaVersion), migrated);
}

void PresetStoreTest::corruptFile_isKeptAside_andTheStoreStartsEmpty()
{
    const QByteArray garbage = "{\"kind\":\"latchkey.presets\",\"schema\":2,\"presets\":[{\"name\":";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    PresetStore store(path());
    const JsonFile::LoadResult result = store.load();
    QCOMPARE(result.status, JsonFile::Status::Corrupt);
    QVERIFY(!result.message.isEmpty());
    QFile aside(result.movedAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    QVERIFY(store.presets().isEmpty());
    QVERIFY(store.add(sample(QStringLiteral("Fresh"))).ok());
    QVERIFY(QFile::exists(result.movedAsidePath));
}

void PresetStoreTest::newerFile_isReadOnly_andUntouched()
{
    const QByteArray future = R"({"kind":"latchkey.presets","schema":99,"presets":[]})";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(future);
    file.close();
    PresetStore store(path());
    QCOMPARE(store.load().status, JsonFile::Status::TooNew);
    QVERIFY(store.isReadOnly());
    const PresetStore::Result added = store.add(sample(QStringLiteral("X")));
    QVERIFY(!added.ok());
    QVERIFY(added.error.contains(QStringLiteral("not changing")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), future);
}

void PresetStoreTest::changed_isEmitted()
{
    PresetStore store(path());
    store.load();
    QSignalSpy changed(&store, &PresetStore::changed);
    const QString id = store.add(sample(QStringLiteral("A"))).id;
    store.rename(id, QStringLiteral("B"));
    store.remove(id);
    QCOMPARE(changed.count(), 3);
    store.add(sample(QStringLiteral("")));
    QCOMPARE(changed.count(), 3); // refused: nothing changed
}

QTEST_GUILESS_MAIN(PresetStoreTest)
#include "PresetStoreTest.moc"
