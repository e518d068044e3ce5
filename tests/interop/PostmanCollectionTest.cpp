// Postman collections: import of v2.1 and v2.0 (folders, auth inheritance,
// variables, bodies), export to v2.1, the round trip, and broken files.
#include "interop/PostmanCollection.h"

#include "InteropTestSupport.h"
#include "interop/ImportLimits.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace InteropTest;

class PostmanCollectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsFoldersAndRequests();
    void authIsInheritedAndTakenOut();
    void variablesAndCredentials();
    void importsV20();
    void roundTrip();
    void writesWhatPostmanLoads();
    void sharedAuthGoesOnTheCollection();
    void relativeAddressesUseBaseUrl();
    void wrappedAndShorthand();
    void malformed_data();
    void malformed();
    void folderDepthIsCapped();

private:
    const ImportedRequest* find(const ImportResult& result, const QString& name) const;
    ProviderCatalog m_catalog;
    ImportResult m_demo;
};

void PostmanCollectionTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
    m_demo = PostmanCollection::parse(readFixture(QStringLiteral("postman/latchkey-demo.postman_collection.json")),
                                      &m_catalog);
    QVERIFY2(m_demo.ok(), qPrintable(m_demo.error.toString()));
}

const ImportedRequest* PostmanCollectionTest::find(const ImportResult& result, const QString& name) const
{
    for (const ImportedRequest& request : result.requests) {
        if (request.name == name) {
            return &request;
        }
    }
    return nullptr;
}

void PostmanCollectionTest::importsFoldersAndRequests()
{
    QCOMPARE(m_demo.format, ImportFormat::PostmanCollection);
    QCOMPARE(m_demo.name, QStringLiteral("Latchkey demo"));
    QVERIFY(m_demo.description.contains(QStringLiteral("five seed services")));
    QCOMPARE(m_demo.requests.size(), 12);

    const ImportedRequest* repos = find(m_demo, QStringLiteral("My repositories"));
    QVERIFY(repos);
    QCOMPARE(repos->folderPath, QStringList {QStringLiteral("GitHub")});
    QCOMPARE(repos->description, QStringLiteral("Repositories you own or collaborate on."));
    QCOMPARE(repos->spec,
             spec("GET", "{{baseUrl}}/user/repos?per_page={{per_page}}&sort=updated",
                  {"Accept: application/vnd.github+json", "X-GitHub-Api-Version: 2022-11-28"}));

    const ImportedRequest* issue = find(m_demo, QStringLiteral("Create an issue"));
    QVERIFY(issue);
    QCOMPARE(issue->spec.method, QStringLiteral("POST"));
    QCOMPARE(issue->spec.url, QStringLiteral("{{baseUrl}}/repos/{{owner}}/{{repo}}/issues"));
    QCOMPARE(issue->spec.bodyType, QStringLiteral("json"));
    QVERIFY(issue->spec.body.contains(QStringLiteral("\"Found a bug\"")));
    QCOMPARE(issue->description, QStringLiteral("Opens an issue. **Writes!**"));
    QCOMPARE(issue->variables,
             (QList<ImportedRequest::Variable> {{QStringLiteral("owner"), QStringLiteral("octocat")},
                                                {QStringLiteral("repo"), QStringLiteral("hello-world")}}));

    const ImportedRequest* viewer = find(m_demo, QStringLiteral("Viewer"));
    QVERIFY(viewer);
    QCOMPARE(viewer->folderPath, (QStringList {QStringLiteral("GitHub"), QStringLiteral("GraphQL")}));
    QCOMPARE(viewer->spec.bodyType, QStringLiteral("json"));
    const QJsonObject graphql = QJsonDocument::fromJson(viewer->spec.body.toUtf8()).object();
    QVERIFY(graphql.value(QStringLiteral("query")).toString().startsWith(QStringLiteral("query($n: Int!)")));
    QCOMPARE(graphql.value(QStringLiteral("variables")).toObject().value(QStringLiteral("n")).toInt(), 5);

    const ImportedRequest* logTime = find(m_demo, QStringLiteral("Log time"));
    QVERIFY(logTime);
    QCOMPARE(logTime->spec,
             spec("POST", "https://api.harvestapp.com/v2/time_entries", {"Harvest-Account-Id: {{harvest_account_id}}"},
                  {}, "form",
                  {"project_id=14307913", "task_id=8083365", "spent_date=2024-03-21", "notes=Writing docs & tests"}));

    const ImportedRequest* upload = find(m_demo, QStringLiteral("Upload an image"));
    QVERIFY(upload);
    QCOMPARE(upload->spec.formFields, fields({"file_name=logo.png"}, QLatin1Char('=')));
    QVERIFY(upload->notes.join(QLatin1Char(' ')).contains(QStringLiteral("sends a file")));

    const ImportedRequest* cda = find(m_demo, QStringLiteral("Entries (Delivery API)"));
    QVERIFY(cda);
    QCOMPARE(cda->spec.url,
             QStringLiteral(
                 "https://cdn.contentful.com/spaces/{{space_id}}/environments/master/entries?content_type=blogPost"));

    const ImportedRequest* oauth = find(m_demo, QStringLiteral("Signed in with OAuth"));
    QVERIFY(oauth);
    QVERIFY(oauth->folderPath.isEmpty());
    QVERIFY(oauth->auth.isEmpty());
    QVERIFY(oauth->notes.join(QLatin1Char(' ')).contains(QStringLiteral("OAuth 2.0")));
    QVERIFY(m_demo.notes.join(QLatin1Char(' ')).contains(QStringLiteral("scripts")));
}

void PostmanCollectionTest::authIsInheritedAndTakenOut()
{
    auto authOf = [this](const QString& name) -> QStringList {
        const ImportedRequest* request = find(m_demo, name);
        return request ? authStrings(*request) : QStringList {QStringLiteral("missing")};
    };
    // Collection → folder → request.
    QCOMPARE(authOf(QStringLiteral("My repositories")), QStringList {"bearer Authorization github_token"});
    QCOMPARE(authOf(QStringLiteral("Viewer")), QStringList {"bearer Authorization github_token"});
    QCOMPARE(authOf(QStringLiteral("My projects")), QStringList {"header PRIVATE-TOKEN gitlab_token"});
    QCOMPARE(authOf(QStringLiteral("Public projects")), QStringList()); // noauth at the request
    QCOMPARE(authOf(QStringLiteral("Time entries")), QStringList {"bearer Authorization token"});
    QCOMPARE(authOf(QStringLiteral("Forms (key in the query)")), QStringList {"query key typeform_key"});
    QCOMPARE(authOf(QStringLiteral("Upload an image")), QStringList {"bearer Authorization token_2"});
    QCOMPARE(authOf(QStringLiteral("Entries (Delivery API)")), QStringList {"query access_token token_3"});
    QCOMPARE(authOf(QStringLiteral("Entries (Management API)")), QStringList {"bearer Authorization token_4"});

    // No request carries a secret, anywhere.
    const QByteArray stored = everythingStored(m_demo);
    for (const DetectedCredential& credential : m_demo.credentials) {
        if (credential.hasSecret()) {
            QVERIFY2(!stored.contains(credential.secret), credential.secret.constData());
        }
    }
    for (const ImportedRequest& request : m_demo.requests) {
        for (const RequestSpec::Field& header : request.spec.headers) {
            QVERIFY(header.first.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) != 0);
        }
    }
}

void PostmanCollectionTest::variablesAndCredentials()
{
    QCOMPARE(m_demo.variables,
             (QList<ImportResult::Variable> {{QStringLiteral("baseUrl"), QStringLiteral("https://api.github.com")},
                                             {QStringLiteral("per_page"), QStringLiteral("100")},
                                             {QStringLiteral("harvest_account_id"), QStringLiteral("1234567")}}));
    struct Expected
    {
        const char* reference;
        const char* kind;
        const char* secretStart; // nullptr: no secret
        const char* provider;
        const char* host;
    };
    const Expected expected[] = {
        {"github_token", "bearer", "ghp_u8jz", "github", "api.github.com"},
        {"gitlab_token", "header", "glpat-2O76", "gitlab", "gitlab.com"},
        {"token", "bearer", "2437891.pt.", "harvest", "api.harvestapp.com"},
        {"typeform_key", "query", nullptr, "typeform", "api.typeform.com"},
        {"token_2", "bearer", "tfp_j7FA", "typeform", "api.typeform.com"},
        {"token_3", "query", "Nw6KQXyR", "contentful", "cdn.contentful.com"},
        {"token_4", "bearer", "CFPAT-Sc7", "contentful", "api.contentful.com"},
    };
    QCOMPARE(m_demo.credentials.size(), qsizetype(std::size(expected)));
    for (const Expected& e : expected) {
        const DetectedCredential* credential = m_demo.credential(QLatin1String(e.reference));
        QVERIFY2(credential, e.reference);
        QCOMPARE(credential->kindName(), QLatin1String(e.kind));
        QCOMPARE(credential->hasSecret(), e.secretStart != nullptr);
        if (e.secretStart) {
            QVERIFY2(credential->secret.startsWith(e.secretStart), e.reference);
        }
        QCOMPARE(credential->providerId, QLatin1String(e.provider));
        QCOMPARE(credential->host, QLatin1String(e.host));
    }
}

void PostmanCollectionTest::importsV20()
{
    const ImportResult result = PostmanCollection::parse(
        readFixture(QStringLiteral("postman/seed-services-v2.0.postman_collection.json")), &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.name, QStringLiteral("Seed services (v2.0)"));
    QCOMPARE(result.requests.size(), 4);
    QCOMPARE(result.requests[0].spec, spec("GET", "https://api.typeform.com/forms", {"Accept: application/json"}));
    QCOMPARE(authStrings(result.requests[0]), QStringList {"bearer Authorization typeform_token"});
    QCOMPARE(result.requests[0].description, QStringLiteral("Lists forms."));
    QCOMPARE(authStrings(result.requests[1]), QStringList {"basic Authorization token"});
    QCOMPARE(result.requests[1].auth.first().username, QStringLiteral("me@example.com"));
    QCOMPARE(authStrings(result.requests[2]), QStringList {"header X-Figma-Token figma_token"});
    QCOMPARE(result.requests[3].spec, spec("GET", "https://api.github.com/zen"));
    QCOMPARE(result.requests[3].name, QStringLiteral("Shorthand request"));

    const DetectedCredential* jira = result.credential(QStringLiteral("token"));
    QVERIFY(jira);
    QCOMPARE(jira->secret, QByteArray("ATATT3xFfGF0T3stT0k3nF0rL4tchk3y"));
    QCOMPARE(jira->username, QStringLiteral("me@example.com"));
    QCOMPARE(jira->providerId, QStringLiteral("jira"));
    QVERIFY(!everythingStored(result).contains("ATATT3xFfGF0"));
    QVERIFY(!result.credential(QStringLiteral("figma_token"))->hasSecret());
    QCOMPARE(result.credential(QStringLiteral("figma_token"))->providerId, QStringLiteral("figma"));
}

void PostmanCollectionTest::roundTrip()
{
    PostmanCollection::WriteOptions options;
    options.name = m_demo.name;
    options.description = m_demo.description;
    options.variables = m_demo.variables;
    const QByteArray exported = PostmanCollection::write(m_demo.requests, options);
    for (const DetectedCredential& credential : m_demo.credentials) {
        if (credential.hasSecret()) {
            QVERIFY2(!exported.contains(credential.secret), credential.secret.constData());
        }
    }

    const ImportResult again = PostmanCollection::parse(exported, &m_catalog);
    QVERIFY2(again.ok(), qPrintable(again.error.toString()));
    QCOMPARE(again.name, m_demo.name);
    QCOMPARE(again.description, m_demo.description);
    QCOMPARE(again.variables, m_demo.variables);
    QCOMPARE(again.requests.size(), m_demo.requests.size());
    for (qsizetype i = 0; i < m_demo.requests.size(); ++i) {
        const ImportedRequest& a = m_demo.requests[i];
        const ImportedRequest& b = again.requests[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.folderPath, a.folderPath);
        QCOMPARE(b.description, a.description);
        QVERIFY2(
            b.spec == a.spec,
            qPrintable(a.name + QStringLiteral(": ") + describe(b.spec) + QStringLiteral(" vs ") + describe(a.spec)));
        QCOMPARE(b.auth, a.auth);
        QCOMPARE(b.variables, a.variables);
    }
    // The references come back, without their secrets (an environment carries them).
    QCOMPARE(again.credentials.size(), m_demo.credentials.size());
    for (const DetectedCredential& credential : again.credentials) {
        QVERIFY(m_demo.credential(credential.reference));
        QVERIFY(!credential.hasSecret());
    }

    // A third pass is stable byte for byte (apart from the new id).
    options.postmanId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const QByteArray second = PostmanCollection::write(again.requests, options);
    const QByteArray third = PostmanCollection::write(PostmanCollection::parse(second, &m_catalog).requests, options);
    QCOMPARE(third, second);
}

void PostmanCollectionTest::writesWhatPostmanLoads()
{
    const QByteArray exported = PostmanCollection::write(m_demo.requests, {QStringLiteral("Demo"), {}, {}, {}, {}});
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    QCOMPARE(info.value(QStringLiteral("schema")).toString(),
             QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
    QVERIFY(!QUuid::fromString(info.value(QStringLiteral("_postman_id")).toString()).isNull());
    QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Demo"));

    const QJsonArray items = root.value(QStringLiteral("item")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GitHub"));
    const QJsonObject repos = items.at(0).toObject().value(QStringLiteral("item")).toArray().at(0).toObject();
    QCOMPARE(repos.value(QStringLiteral("name")).toString(), QStringLiteral("My repositories"));
    const QJsonObject request = repos.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    const QJsonObject auth = request.value(QStringLiteral("auth")).toObject();
    QCOMPARE(auth.value(QStringLiteral("type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(auth.value(QStringLiteral("bearer")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("{{github_token}}"));
    const QJsonObject url = request.value(QStringLiteral("url")).toObject();
    QCOMPARE(url.value(QStringLiteral("raw")).toString(),
             QStringLiteral("{{baseUrl}}/user/repos?per_page={{per_page}}&sort=updated"));
    QCOMPARE(url.value(QStringLiteral("host")).toArray(), QJsonArray {QStringLiteral("{{baseUrl}}")});
    QCOMPARE(url.value(QStringLiteral("path")).toArray(),
             (QJsonArray {QStringLiteral("user"), QStringLiteral("repos")}));
    QCOMPARE(url.value(QStringLiteral("query")).toArray().size(), 2);

    // GitLab's header token is an API key auth in the header.
    const QJsonObject projects = items.at(1).toObject().value(QStringLiteral("item")).toArray().at(0).toObject();
    const QJsonObject apikey
        = projects.value(QStringLiteral("request")).toObject().value(QStringLiteral("auth")).toObject();
    QCOMPARE(apikey.value(QStringLiteral("type")).toString(), QStringLiteral("apikey"));
    // Path variables go back to Postman's :name with their values.
    const QJsonObject issue = items.at(0).toObject().value(QStringLiteral("item")).toArray().at(1).toObject();
    const QJsonObject issueUrl
        = issue.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toObject();
    QCOMPARE(issueUrl.value(QStringLiteral("raw")).toString(), QStringLiteral("{{baseUrl}}/repos/:owner/:repo/issues"));
    QCOMPARE(issueUrl.value(QStringLiteral("variable")).toArray().size(), 2);
    const QJsonObject body = issue.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("mode")).toString(), QStringLiteral("raw"));
    QCOMPARE(body.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("raw"))
                 .toObject()
                 .value(QStringLiteral("language"))
                 .toString(),
             QStringLiteral("json"));

    // Every reference is declared, empty: an environment fills it in.
    QStringList declared;
    const QJsonArray variables = root.value(QStringLiteral("variable")).toArray();
    for (const QJsonValue& variable : variables) {
        declared.append(variable.toObject().value(QStringLiteral("key")).toString());
        if (variable.toObject().value(QStringLiteral("key")).toString().contains(QStringLiteral("token"))) {
            QCOMPARE(variable.toObject().value(QStringLiteral("value")).toString(), QString());
        }
    }
    for (const DetectedCredential& credential : m_demo.credentials) {
        QVERIFY2(declared.contains(credential.reference), qPrintable(credential.reference));
    }
}

void PostmanCollectionTest::sharedAuthGoesOnTheCollection()
{
    ImportedRequest one;
    one.name = QStringLiteral("One");
    one.spec = spec("GET", "https://gitlab.com/api/v4/user");
    one.auth = {RequestAuth::header(QStringLiteral("PRIVATE-TOKEN"))};
    ImportedRequest two = one;
    two.name = QStringLiteral("Two");
    two.folderPath = {QStringLiteral("Issues")};
    two.spec = spec("GET", "https://gitlab.com/api/v4/issues");
    const QByteArray exported = PostmanCollection::write({one, two}, {});
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    QCOMPARE(root.value(QStringLiteral("auth")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("apikey"));
    QVERIFY(!root.value(QStringLiteral("item"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("request"))
                 .toObject()
                 .contains(QStringLiteral("auth")));
    const ImportResult back = PostmanCollection::parse(exported, &m_catalog);
    QVERIFY(back.ok());
    QCOMPARE(back.requests.size(), 2);
    QCOMPARE(back.requests[1].folderPath, QStringList {QStringLiteral("Issues")});
    QCOMPARE(back.requests[0].auth, one.auth);
    QCOMPARE(back.requests[1].auth, one.auth);
    QCOMPARE(back.credentials.first().providerId, QStringLiteral("gitlab"));
}

void PostmanCollectionTest::relativeAddressesUseBaseUrl()
{
    ImportedRequest request;
    request.name = QStringLiteral("Projects");
    request.spec = spec("GET", "/projects?membership=true");
    PostmanCollection::WriteOptions options;
    options.baseUrl = QStringLiteral("https://gitlab.example.com/api/v4");
    const ImportResult back = PostmanCollection::parse(PostmanCollection::write({request}, options), &m_catalog);
    QVERIFY(back.ok());
    QCOMPARE(back.requests.first().spec.url, QStringLiteral("{{baseUrl}}/projects?membership=true"));
    QCOMPARE(back.variables, (QList<ImportResult::Variable> {{QStringLiteral("baseUrl"), options.baseUrl}}));
}

void PostmanCollectionTest::wrappedAndShorthand()
{
    const QByteArray wrapped
        = R"({"collection": {"info": {"name": "W", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "a", "request": {"method": "get", "url": {"host": "api.example.com", "path": "/x/y", "query": [{"key": "q", "value": "1"}, {"key": "flag", "value": null}]},
                  "header": "Accept: text/csv\nX-Other: 1"}}]}})";
    const ImportResult result = PostmanCollection::parse(wrapped, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.name, QStringLiteral("W"));
    QCOMPARE(result.requests.first().spec,
             spec("GET", "api.example.com/x/y?q=1&flag", {"Accept: text/csv", "X-Other: 1"}));
}

void PostmanCollectionTest::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    const QByteArray head
        = R"({"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, )";
    QTest::newRow("truncated") << QByteArray(
        "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a\", \"req")
                               << QString() << 4 << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QByteArray("hello") << QString() << 1 << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray("  \n") << QString() << 2 << QStringLiteral("empty");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QString() << 1 << QStringLiteral("list");
    QTest::newRow("no info") << QByteArray(R"({"item": []})") << QStringLiteral("info") << 0
                             << QStringLiteral("object");
    QTest::newRow("no item") << QByteArray(R"({"info": {"name": "x"}})") << QStringLiteral("the top level") << 0
                             << QStringLiteral("\"item\"");
    QTest::newRow("item not a list") << head + R"("item": {}})" << QStringLiteral("item") << 0
                                     << QStringLiteral("list");
    QTest::newRow("item entry not an object")
        << head + R"("item": [1]})" << QStringLiteral("item[0]") << 0 << QStringLiteral("object");
    QTest::newRow("neither request nor folder")
        << head + R"("item": [{"name": "x"}]})" << QStringLiteral("item[0]") << 0 << QStringLiteral("neither");
    QTest::newRow("bad url deep inside") << head
            + R"("item": [{"name": "f", "item": [{"name": "a", "request": {"url": "https://a"}}, {"name": "b", "request": {"url": 5}}]}]})"
                                         << QStringLiteral("item[0].item[1].request.url") << 0
                                         << QStringLiteral("address");
    QTest::newRow("no address") << head + R"("item": [{"name": "a", "request": {"method": "GET"}}]})"
                                << QStringLiteral("item[0].request.url") << 0 << QStringLiteral("no address");
    QTest::newRow("header not a list") << head
            + R"("item": [{"name": "a", "request": {"url": "https://a", "header": 3}}]})"
                                       << QStringLiteral("item[0].request.header") << 0 << QStringLiteral("list");
    QTest::newRow("header entry not an object")
        << head + R"("item": [{"name": "a", "request": {"url": "https://a", "header": ["A: b"]}}]})"
        << QStringLiteral("item[0].request.header[0]") << 0 << QStringLiteral("object");
    QTest::newRow("header value an object")
        << head + R"("item": [{"name": "a", "request": {"url": "https://a", "header": [{"key": "A", "value": {}}]}}]})"
        << QStringLiteral("item[0].request.header[0].value") << 0 << QStringLiteral("text");
    QTest::newRow("auth not an object") << head + R"("auth": "bearer", "item": []})" << QStringLiteral("auth") << 0
                                        << QStringLiteral("object");
    QTest::newRow("auth settings wrong") << head + R"("auth": {"type": "bearer", "bearer": 5}, "item": []})"
                                         << QStringLiteral("auth.bearer") << 0 << QStringLiteral("settings");
    QTest::newRow("graphql variables broken")
        << head
            + R"("item": [{"name": "a", "request": {"url": "https://a", "body": {"mode": "graphql", "graphql": {"query": "{x}", "variables": "{oops"}}}}]})"
        << QStringLiteral("item[0].request.body.graphql.variables") << 0 << QStringLiteral("GraphQL");
    QTest::newRow("v1 collection") << QByteArray(R"({"id": "1", "name": "old", "order": [], "requests": []})")
                                   << QStringLiteral("the top level") << 0 << QStringLiteral("v1");
    QTest::newRow("v1 schema") << QByteArray(
        R"({"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"}, "item": []})")
                               << QStringLiteral("info.schema") << 0 << QStringLiteral("v1");
    QTest::newRow("variable not an object")
        << head + R"("variable": ["x"], "item": []})" << QStringLiteral("variable[0]") << 0 << QStringLiteral("object");
}

void PostmanCollectionTest::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, mentions);

    const ImportResult result = PostmanCollection::parse(json, &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY(result.requests.isEmpty());
    QVERIFY(result.credentials.isEmpty());
    QVERIFY(result.variables.isEmpty());
    QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.toString()));
    QCOMPARE(result.error.path, path);
    QCOMPARE(result.error.line, line);
    if (line > 0) {
        QVERIFY(result.error.column > 0);
    }
    QVERIFY(!result.error.toString().isEmpty());
}

void PostmanCollectionTest::folderDepthIsCapped()
{
    auto nested = [](int depth) -> QByteArray {
        QByteArray json = R"({"info": {"name": "deep"}, "item": )";
        for (int i = 0; i < depth; ++i) {
            json += R"([{"name": "f", "item": )";
        }
        json += R"([{"name": "r", "request": "https://a.example"}])";
        for (int i = 0; i < depth; ++i) {
            json += "}]";
        }
        return json + "}";
    };
    const ImportResult ok = PostmanCollection::parse(nested(ImportLimits::maxFolderDepth), &m_catalog);
    QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
    QCOMPARE(ok.requests.first().folderPath.size(), ImportLimits::maxFolderDepth);

    const ImportResult deep = PostmanCollection::parse(nested(ImportLimits::maxFolderDepth + 1), &m_catalog);
    QVERIFY(!deep.ok());
    QVERIFY(deep.error.message.contains(QStringLiteral("64")));
    QVERIFY(deep.error.path.endsWith(QStringLiteral("item[0]")));

    // Deeper than JSON allows: the parser refuses it, with a position.
    const ImportResult abyss = PostmanCollection::parse(nested(5000), &m_catalog);
    QVERIFY(!abyss.ok());
    QVERIFY(abyss.error.line > 0);
}

QTEST_GUILESS_MAIN(PostmanCollectionTest)
#include "PostmanCollectionTest.moc"
