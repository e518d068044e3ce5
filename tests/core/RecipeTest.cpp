// Recipes: every provider's recipes are well formed, and the seed services'
// recipes become exactly the request their documentation describes.
#include "presets/Recipe.h"

#include "http/RequestPreparer.h"
#include "presets/Template.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QTest>

class RecipeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyProvider_hasWellFormedReadOnlyRecipes();
    void seedServices_haveAtLeastThree_data();
    void seedServices_haveAtLeastThree();
    void built_exactly_data();
    void built_exactly();
    void toPreset_remembersTheRecipeAndTheTokenByReference();

private:
    ProviderCatalog m_catalog;
};

void RecipeTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
    QVERIFY(m_catalog.providers().size() >= 20);
}

void RecipeTest::everyProvider_hasWellFormedReadOnlyRecipes()
{
    int total = 0;
    for (const Provider& provider : m_catalog.providers()) {
        const QList<Recipe> recipes = Recipe::forProvider(provider);
        if (provider.id == QStringLiteral("custom")) {
            continue; // the person's own API: nothing to know in advance
        }
        QVERIFY2(!recipes.isEmpty(), qPrintable(provider.id));
        QStringList ids;
        for (const Recipe& recipe : recipes) {
            const QString where = provider.id + QLatin1Char('/') + recipe.id;
            QVERIFY2(!recipe.id.isEmpty() && !ids.contains(recipe.id), qPrintable(where));
            ids.append(recipe.id);
            QVERIFY2(!recipe.name.isEmpty() && !recipe.description.isEmpty(), qPrintable(where));
            QVERIFY2(recipe.path.startsWith(QLatin1Char('/')), qPrintable(where));
            // Recipes explore: they never change anything.
            const QUrl url(QStringLiteral("https://example.com") + recipe.path);
            QVERIFY2(!RequestPreparer::isWrite(recipe.method.toLatin1(), url, {}, &provider), qPrintable(where));
            // Every variable is a built-in or a plain name the window can ask for.
            for (const QString& name : Template::variables(recipe.path)) {
                QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char(' ')), qPrintable(where));
            }
            ++total;
        }
    }
    QVERIFY(total >= 60);
}

void RecipeTest::seedServices_haveAtLeastThree_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("required");
    QTest::newRow("github") << QStringLiteral("github")
                            << QStringList {QStringLiteral("my-repos"), QStringLiteral("assigned-issues"),
                                            QStringLiteral("notifications")};
    QTest::newRow("gitlab") << QStringLiteral("gitlab")
                            << QStringList {QStringLiteral("my-projects"), QStringLiteral("my-merge-requests"),
                                            QStringLiteral("assigned-issues")};
    QTest::newRow("harvest") << QStringLiteral("harvest")
                             << QStringList {QStringLiteral("my-time-this-week"),
                                             QStringLiteral("my-project-assignments"),
                                             QStringLiteral("time-by-project-this-month")};
    QTest::newRow("typeform") << QStringLiteral("typeform")
                              << QStringList {QStringLiteral("my-forms"), QStringLiteral("latest-responses"),
                                              QStringLiteral("my-workspaces")};
    QTest::newRow("contentful") << QStringLiteral("contentful")
                                << QStringList {QStringLiteral("my-spaces"), QStringLiteral("latest-entries"),
                                                QStringLiteral("content-types")};
}

void RecipeTest::seedServices_haveAtLeastThree()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, required);
    const Provider* found = m_catalog.provider(provider);
    QVERIFY(found);
    QStringList ids;
    for (const Recipe& recipe : Recipe::forProvider(*found)) {
        ids.append(recipe.id);
    }
    for (const QString& id : required) {
        QVERIFY2(ids.contains(id), qPrintable(id));
    }
}

void RecipeTest::built_exactly_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    // Fixed values: the tests run on Wednesday 2026-11-18, the token's account id is 42.
    const QJsonObject none;
    const QJsonObject harvest {{QStringLiteral("accountId"), QStringLiteral("123456")}};
    const QJsonObject eu {{QStringLiteral("region"), QStringLiteral("eu")}};
    QTest::newRow("github/my-repos") << QStringLiteral("github") << QStringLiteral("my-repos") << none
                                     << QStringLiteral("https://api.github.com/user/repos?sort=updated&per_page=100")
                                     << QStringList {
                                            QStringLiteral("X-GitHub-Api-Version: 2022-11-28"),
                                            QStringLiteral("Accept: application/vnd.github+json"),
                                            QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                                            QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("github/assigned-issues")
        << QStringLiteral("github") << QStringLiteral("assigned-issues") << none
        << QStringLiteral("https://api.github.com/issues?filter=assigned&state=open&per_page=100")
        << QStringList {QStringLiteral("X-GitHub-Api-Version: 2022-11-28"),
                        QStringLiteral("Accept: application/vnd.github+json"),
                        QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("github/notifications")
        << QStringLiteral("github") << QStringLiteral("notifications") << none
        << QStringLiteral("https://api.github.com/notifications")
        << QStringList {QStringLiteral("X-GitHub-Api-Version: 2022-11-28"),
                        QStringLiteral("Accept: application/vnd.github+json"),
                        QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("gitlab/my-projects")
        << QStringLiteral("gitlab") << QStringLiteral("my-projects") << none
        << QStringLiteral("https://gitlab.com/api/v4/projects?membership=true&order_by=last_activity_at&per_page=100")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("PRIVATE-TOKEN: SECRET-0123456789")};
    QTest::newRow("gitlab/my-merge-requests")
        << QStringLiteral("gitlab") << QStringLiteral("my-merge-requests") << none
        << QStringLiteral("https://gitlab.com/api/v4/merge_requests?scope=assigned_to_me&state=opened&per_page=100")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("PRIVATE-TOKEN: SECRET-0123456789")};
    QTest::newRow("gitlab/assigned-issues")
        << QStringLiteral("gitlab") << QStringLiteral("assigned-issues") << none
        << QStringLiteral("https://gitlab.com/api/v4/issues?scope=assigned_to_me&state=opened&per_page=100")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("PRIVATE-TOKEN: SECRET-0123456789")};
    QTest::newRow("harvest/my-time-this-week")
        << QStringLiteral("harvest") << QStringLiteral("my-time-this-week") << harvest
        << QStringLiteral("https://api.harvestapp.com/v2/time_entries?user_id=42&from=2026-11-16&to=2026-11-18")
        << QStringList {QStringLiteral("Harvest-Account-Id: 123456"),
                        QStringLiteral("User-Agent: Latchkey (https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("harvest/my-project-assignments")
        << QStringLiteral("harvest") << QStringLiteral("my-project-assignments") << harvest
        << QStringLiteral("https://api.harvestapp.com/v2/users/me/project_assignments")
        << QStringList {QStringLiteral("Harvest-Account-Id: 123456"),
                        QStringLiteral("User-Agent: Latchkey (https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("harvest/time-by-project-this-month")
        << QStringLiteral("harvest") << QStringLiteral("time-by-project-this-month") << harvest
        << QStringLiteral("https://api.harvestapp.com/v2/reports/time/projects?from=2026-11-01&to=2026-11-18")
        << QStringList {QStringLiteral("Harvest-Account-Id: 123456"),
                        QStringLiteral("User-Agent: Latchkey (https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("typeform/my-forms") << QStringLiteral("typeform") << QStringLiteral("my-forms") << none
                                       << QStringLiteral("https://api.typeform.com/forms?page_size=200")
                                       << QStringList {
                                              QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                                              QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("typeform/latest-responses")
        << QStringLiteral("typeform") << QStringLiteral("latest-responses") << eu
        << QStringLiteral("https://api.eu.typeform.com/forms/abc123/responses?page_size=25")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("typeform/my-workspaces")
        << QStringLiteral("typeform") << QStringLiteral("my-workspaces") << none
        << QStringLiteral("https://api.typeform.com/workspaces")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("contentful/my-spaces")
        << QStringLiteral("contentful") << QStringLiteral("my-spaces") << none
        << QStringLiteral("https://api.contentful.com/spaces")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("contentful/latest-entries")
        << QStringLiteral("contentful") << QStringLiteral("latest-entries") << none
        << QStringLiteral(
               "https://api.contentful.com/spaces/sp4ce/environments/master/entries?limit=25&order=-sys.updatedAt")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
    QTest::newRow("contentful/content-types")
        << QStringLiteral("contentful") << QStringLiteral("content-types") << eu
        << QStringLiteral("https://api.eu.contentful.com/spaces/sp4ce/environments/master/content_types")
        << QStringList {QStringLiteral("User-Agent: Latchkey/0.1.0 (+https://latchkey.invalid)"),
                        QStringLiteral("Authorization: Bearer SECRET-0123456789")};
}

void RecipeTest::built_exactly()
{
    QFETCH(QString, provider);
    QFETCH(QString, recipe);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, url);
    QFETCH(QStringList, headers);

    const Provider* service = m_catalog.provider(provider);
    QVERIFY(service);
    const QList<Recipe> recipes = Recipe::forProvider(*service);
    const auto found = std::find_if(recipes.begin(), recipes.end(), [&](const Recipe& r) { return r.id == recipe; });
    QVERIFY(found != recipes.end());

    TokenRecord token = TokenRecord::create(QStringLiteral("T"), provider);
    token.fields = fields;
    RequestSpec spec = found->request(token.id);
    Template::Values values = Template::builtIns(QDateTime(QDate(2026, 11, 18), QTime(10, 0)), QStringLiteral("42"));
    values.insert(QStringLiteral("form_id"), QStringLiteral("abc123"));
    values.insert(QStringLiteral("space_id"), QStringLiteral("sp4ce"));
    const Template::Result expanded = Template::expand(spec.url, values);
    QVERIFY2(expanded.ok(), qPrintable(expanded.missing.join(QLatin1Char(','))));
    spec.url = expanded.text;

    RequestPreparer::Result checked = RequestPreparer::check(spec, &token, service);
    QVERIFY2(checked.ok(), qPrintable(checked.message));
    QVERIFY(RequestPreparer::attachSecret(checked, *service, token, "SECRET-0123456789").isEmpty());
    const PreparedRequest& request = checked.request;
    QStringList actual;
    for (const HttpHeaders::Header& header : request.headers.list()) {
        actual.append(QString::fromUtf8(header.first + ": " + header.second));
    }
    if (qEnvironmentVariableIsSet("RECIPE_PRINT")) {
        qInfo().noquote() << "ROW" << provider << recipe << request.url.toString(QUrl::FullyEncoded)
                          << actual.join(QStringLiteral(" | "));
    }
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(actual, headers);
}

void RecipeTest::toPreset_remembersTheRecipeAndTheTokenByReference()
{
    const QList<Recipe> recipes = Recipe::forProvider(*m_catalog.provider(QStringLiteral("github")));
    const Preset preset = recipes.first().toPreset(QStringLiteral("token-id"));
    QCOMPARE(preset.recipe, QStringLiteral("github/my-repos"));
    QCOMPARE(preset.name, recipes.first().name);
    QCOMPARE(preset.request.tokenId, QStringLiteral("token-id"));
    QCOMPARE(preset.request.url, recipes.first().path);
    QVERIFY(!preset.id.isEmpty());
}

QTEST_GUILESS_MAIN(RecipeTest)
#include "RecipeTest.moc"
