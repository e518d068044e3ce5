// curl commands → requests: every option the importer understands, shell
// quoting of POSIX shells, cmd and PowerShell, the real examples of the seed
// services' documentation, and the errors (with a position) of broken commands.
#include "interop/CurlImporter.h"

#include "InteropTestSupport.h"
#include "providers/ProviderCatalog.h"

#include <QSet>
#include <QTest>

using namespace InteropTest;

class CurlImporterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void options_data();
    void options();
    void notesAndIgnored_data();
    void notesAndIgnored();
    void docExamples_data();
    void docExamples();
    void credentials_data();
    void credentials();
    void assignmentsGiveValues();
    void errors_data();
    void errors();
    void longInputs();

private:
    ProviderCatalog m_catalog;
};

void CurlImporterTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void CurlImporterTest::options_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<RequestSpec>("expected");
    QTest::addColumn<QStringList>("auth");

    const QString u = QStringLiteral("https://api.example.com/items");
    const QStringList none;

    // Method and address
    QTest::newRow("plain GET") << QStringLiteral("curl https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("-X POST") << QStringLiteral("curl -X POST https://api.example.com/items") << spec("POST", u) << none;
    QTest::newRow("-XPOST joined") << QStringLiteral("curl -XPOST https://api.example.com/items") << spec("POST", u)
                                   << none;
    QTest::newRow("--request=PUT") << QStringLiteral("curl --request=PUT https://api.example.com/items")
                                   << spec("PUT", u) << none;
    QTest::newRow("--request lower case")
        << QStringLiteral("curl --request delete https://api.example.com/items") << spec("DELETE", u) << none;
    QTest::newRow("address first") << QStringLiteral("curl https://api.example.com/items -X PATCH") << spec("PATCH", u)
                                   << none;
    QTest::newRow("--url") << QStringLiteral("curl --url https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("--url=") << QStringLiteral("curl --url=https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("-- ends options") << QStringLiteral("curl -H 'A: b' -- https://api.example.com/items")
                                     << spec("GET", u, {"A: b"}) << none;
    QTest::newRow("-I") << QStringLiteral("curl -I https://api.example.com/items") << spec("HEAD", u) << none;
    QTest::newRow("--head") << QStringLiteral("curl --head https://api.example.com/items") << spec("HEAD", u) << none;

    // Headers
    QTest::newRow("-H") << QStringLiteral("curl -H 'Accept: application/json' https://api.example.com/items")
                        << spec("GET", u, {"Accept: application/json"}) << none;
    QTest::newRow("--header twice") << QStringLiteral(
        "curl --header 'Accept: text/csv' --header \"X-Trace:  on \" https://api.example.com/items")
                                    << spec("GET", u, {"Accept: text/csv", "X-Trace: on"}) << none;
    QTest::newRow("--header=") << QStringLiteral("curl --header='Accept: text/csv' https://api.example.com/items")
                               << spec("GET", u, {"Accept: text/csv"}) << none;
    QTest::newRow("empty header with ;") << QStringLiteral("curl -H 'X-Empty;' https://api.example.com/items")
                                         << spec("GET", u, {"X-Empty:"}) << none;
    QTest::newRow("-A") << QStringLiteral("curl -A 'MyApp/1.0 (me@example.com)' https://api.example.com/items")
                        << spec("GET", u, {"User-Agent: MyApp/1.0 (me@example.com)"}) << none;
    QTest::newRow("--user-agent") << QStringLiteral("curl --user-agent Bot/2 https://api.example.com/items")
                                  << spec("GET", u, {"User-Agent: Bot/2"}) << none;
    QTest::newRow("-H User-Agent wins over -A")
        << QStringLiteral("curl -A one -H 'User-Agent: two' https://api.example.com/items")
        << spec("GET", u, {"User-Agent: two"}) << none;
    QTest::newRow("-e") << QStringLiteral("curl -e https://example.com/page https://api.example.com/items")
                        << spec("GET", u, {"Referer: https://example.com/page"}) << none;
    QTest::newRow("--referer ;auto") << QStringLiteral(
        "curl --referer 'https://a.example/;auto' https://api.example.com/items")
                                     << spec("GET", u, {"Referer: https://a.example/"}) << none;

    // Data
    QTest::newRow("-d form") << QStringLiteral("curl -d 'name=Ada&note=two%20words+here' https://api.example.com/items")
                             << spec("POST", u, {}, {}, "form", {"name=Ada", "note=two words here"}) << none;
    QTest::newRow("repeated -d joined with &")
        << QStringLiteral("curl -d a=1 -d b=2 --data c=3 https://api.example.com/items")
        << spec("POST", u, {}, {}, "form", {"a=1", "b=2", "c=3"}) << none;
    QTest::newRow("--data-ascii") << QStringLiteral("curl --data-ascii x=y https://api.example.com/items")
                                  << spec("POST", u, {}, {}, "form", {"x=y"}) << none;
    QTest::newRow("--data-binary text") << QStringLiteral(
        "curl --data-binary 'plain text' https://api.example.com/items")
                                        << spec("POST", u, {}, "plain text", "raw") << none;
    QTest::newRow("--data-raw keeps @") << QStringLiteral("curl --data-raw '@not-a-file' https://api.example.com/items")
                                        << spec("POST", u, {}, "@not-a-file", "raw") << none;
    QTest::newRow("-d @file noted, still POST")
        << QStringLiteral("curl -d @body.json https://api.example.com/items") << spec("POST", u) << none;
    QTest::newRow("--data-urlencode name=value")
        << QStringLiteral("curl --data-urlencode 'q=hello world & more' https://api.example.com/items")
        << spec("POST", u, {}, {}, "form", {"q=hello world & more"}) << none;
    QTest::newRow("--data-urlencode =value")
        << QStringLiteral("curl --data-urlencode '=a b' https://api.example.com/items")
        << spec("POST", u, {}, "a%20b", "raw") << none;
    QTest::newRow("--data-urlencode mixed with -d")
        << QStringLiteral("curl -d page=2 --data-urlencode 'name=Zoë' https://api.example.com/items")
        << spec("POST", u, {}, {}, "form", {"page=2", "name=Zoë"}) << none;
    QTest::newRow("-d JSON without Content-Type")
        << QStringLiteral("curl -d '{\"a\": 1}' https://api.example.com/items")
        << spec("POST", u, {}, "{\"a\": 1}", "json") << none;
    QTest::newRow("Content-Type JSON is implied")
        << QStringLiteral("curl -H 'Content-Type: application/json' -d '{\"a\":1}' https://api.example.com/items")
        << spec("POST", u, {}, "{\"a\":1}", "json") << none;
    QTest::newRow("Content-Type JSON with charset kept")
        << QStringLiteral(
               "curl -H 'content-type: application/json; charset=utf-8' -d '[1]' https://api.example.com/items")
        << spec("POST", u, {"content-type: application/json; charset=utf-8"}, "[1]", "json") << none;
    QTest::newRow("vendor +json is JSON")
        << QStringLiteral("curl -H 'Content-Type: application/vnd.api+json' -d '{}' https://api.example.com/items")
        << spec("POST", u, {"Content-Type: application/vnd.api+json"}, "{}", "json") << none;
    QTest::newRow("XML stays raw") << QStringLiteral(
        "curl -H 'Content-Type: text/xml' -d '<a>1</a>' https://api.example.com/items")
                                   << spec("POST", u, {"Content-Type: text/xml"}, "<a>1</a>", "raw") << none;
    QTest::newRow("explicit urlencoded implied") << QStringLiteral(
        "curl -H 'Content-Type: application/x-www-form-urlencoded' -d 'a=1' https://api.example.com/items")
                                                 << spec("POST", u, {}, {}, "form", {"a=1"}) << none;
    QTest::newRow("--json") << QStringLiteral("curl --json '{\"name\":\"x\"}' https://api.example.com/items")
                            << spec("POST", u, {"Accept: application/json"}, "{\"name\":\"x\"}", "json") << none;
    QTest::newRow("--json twice concatenates")
        << QStringLiteral("curl --json '{\"a\":' --json '1}' https://api.example.com/items")
        << spec("POST", u, {"Accept: application/json"}, "{\"a\":1}", "json") << none;
    QTest::newRow("--json keeps own Accept")
        << QStringLiteral("curl -H 'Accept: text/plain' --json '{}' https://api.example.com/items")
        << spec("POST", u, {"Accept: text/plain"}, "{}", "json") << none;
    QTest::newRow("-X GET with data keeps the body")
        << QStringLiteral("curl -X GET -d 'a=1' https://api.example.com/items")
        << spec("GET", u, {}, {}, "form", {"a=1"}) << none;

    // Forms
    QTest::newRow("-F fields") << QStringLiteral(
        "curl -F name=Ada -F 'bio=likes \"maths\"' https://api.example.com/items")
                               << spec("POST", u, {}, {}, "form", {"name=Ada", "bio=likes \"maths\""}) << none;
    QTest::newRow("-F file left out") << QStringLiteral(
        "curl -F title=Receipt -F file=@receipt.pdf https://api.example.com/items")
                                      << spec("POST", u, {}, {}, "form", {"title=Receipt"}) << none;
    QTest::newRow("-F ;type= removed") << QStringLiteral(
        "curl --form 'meta={\"a\":1};type=application/json' https://api.example.com/items")
                                       << spec("POST", u, {}, {}, "form", {"meta={\"a\":1}"}) << none;
    QTest::newRow("-F quoted value") << QStringLiteral("curl -F 'x=\"a;b\"' https://api.example.com/items")
                                     << spec("POST", u, {}, {}, "form", {"x=a;b"}) << none;
    QTest::newRow("--form-string literal @")
        << QStringLiteral("curl --form-string 'handle=@ada' https://api.example.com/items")
        << spec("POST", u, {}, {}, "form", {"handle=@ada"}) << none;
    QTest::newRow("-F drops multipart Content-Type")
        << QStringLiteral("curl -H 'Content-Type: multipart/form-data' -F a=1 https://api.example.com/items")
        << spec("POST", u, {}, {}, "form", {"a=1"}) << none;

    // -G and the query
    QTest::newRow("-G moves data to the query")
        << QStringLiteral("curl -G https://api.example.com/search -d q=latchkey -d per_page=5")
        << spec("GET", "https://api.example.com/search?q=latchkey&per_page=5") << none;
    QTest::newRow("-G after an existing query")
        << QStringLiteral("curl --get 'https://api.example.com/search?sort=new' --data-urlencode 'q=a b'")
        << spec("GET", "https://api.example.com/search?sort=new&q=a%20b") << none;
    QTest::newRow("-G with -I is HEAD") << QStringLiteral("curl -G -I https://api.example.com/search -d q=x")
                                        << spec("HEAD", "https://api.example.com/search?q=x") << none;
    QTest::newRow("--url-query") << QStringLiteral(
        "curl --url-query 'q=a b' --url-query '+raw=%41' https://api.example.com/items")
                                 << spec("GET", u + "?q=a%20b&raw=%41") << none;

    // Harmless options, alone and combined
    QTest::newRow("-sSL combined") << QStringLiteral("curl -sSL https://api.example.com/items") << spec("GET", u)
                                   << none;
    QTest::newRow("-sSLXPOST combined with value")
        << QStringLiteral("curl -sSLXPOST https://api.example.com/items") << spec("POST", u) << none;
    QTest::newRow("-sH value in next word")
        << QStringLiteral("curl -sH 'A: 1' https://api.example.com/items") << spec("GET", u, {"A: 1"}) << none;
    QTest::newRow("-o value is not the address")
        << QStringLiteral("curl -o out.json -w '%{http_code}' -D - https://api.example.com/items") << spec("GET", u)
        << none;
    QTest::newRow("-v -i -k -L --compressed")
        << QStringLiteral("curl -v -i -k -L --compressed --max-time 10 https://api.example.com/items") << spec("GET", u)
        << none;
    QTest::newRow("--no-progress-meter, --no-location")
        << QStringLiteral("curl --no-progress-meter --no-location https://api.example.com/items") << spec("GET", u)
        << none;

    // Shell quoting
    QTest::newRow("single quotes keep everything")
        << QStringLiteral("curl -H 'X-Text: $HOME \"x\" \\n' https://api.example.com/items")
        << spec("GET", u, {"X-Text: $HOME \"x\" \\n"}) << none;
    QTest::newRow("double quotes with escapes")
        << QStringLiteral("curl -d \"{\\\"a\\\": \\\"b\\\\c\\\"}\" https://api.example.com/items")
        << spec("POST", u, {}, "{\"a\": \"b\\c\"}", "json") << none;
    QTest::newRow("'\\'' inside single quotes")
        << QStringLiteral("curl -d '{\"t\":\"I'\\''m here\"}' https://api.example.com/items")
        << spec("POST", u, {}, "{\"t\":\"I'm here\"}", "json") << none;
    QTest::newRow("$'…' ANSI-C string") << QStringLiteral("curl --data-raw $'line1\\nline2\\t\\x41\\u00e9\\'' -H "
                                                          "'Content-Type: text/plain' https://api.example.com/items")
                                        << spec("POST", u, {"Content-Type: text/plain"}, "line1\nline2\tAé'", "raw")
                                        << none;
    QTest::newRow("backslash escapes outside quotes")
        << QStringLiteral("curl -H X-Name:\\ Ada\\ Lovelace https://api.example.com/items")
        << spec("GET", u, {"X-Name: Ada Lovelace"}) << none;
    QTest::newRow("concatenated quotes") << QStringLiteral("curl 'https://api.example.com/'\"items\"") << spec("GET", u)
                                         << none;
    QTest::newRow("\\ continuations") << QStringLiteral("curl \\\n  -X POST \\\n  https://api.example.com/items")
                                      << spec("POST", u) << none;
    QTest::newRow("CRLF continuations") << QStringLiteral(
        "curl \\\r\n  -H 'A: b' \\\r\n  https://api.example.com/items\r\n")
                                        << spec("GET", u, {"A: b"}) << none;
    QTest::newRow("spaces after the backslash")
        << QStringLiteral("curl \\   \n  https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("Windows cmd ^ continuations") << QStringLiteral(
        "curl -X POST \"https://api.example.com/items\" ^\r\n  -H \"Content-Type: application/json\" ^\r\n"
        "  -d \"{\\\"a\\\": 1}\"") << spec("POST", u, {}, "{\"a\": 1}", "json")
                                                 << none;
    QTest::newRow("Chrome cmd ^\" quoting")
        << QStringLiteral("curl ^\"https://api.example.com/items?a=1^&b=2^\" ^\n  -H ^\"accept: */*^\" ^\n"
                          "  --data-raw ^\"^{^\\^\"k^\\^\":^\\^\"v w^\\^\"^}^\"")
        << spec("POST", u + "?a=1&b=2", {"accept: */*"}, "{\"k\":\"v w\"}", "json") << none;
    QTest::newRow("PowerShell backticks")
        << QStringLiteral("curl.exe -X PUT `\n  -H 'X-Quote: it''s' `\n  \"https://api.example.com/items\"")
        << spec("PUT", u, {"X-Quote: it's"}) << none;
    QTest::newRow("PowerShell escapes in double quotes")
        << QStringLiteral("curl.exe -H \"X-Tab: a`tb `\"q`\"\" `\r\n https://api.example.com/items")
        << spec("GET", u, {"X-Tab: a\tb \"q\""}) << none;
    QTest::newRow("$ prompt and comment")
        << QStringLiteral("# list items\n$ curl https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("pipe to jq stops") << QStringLiteral("curl -s https://api.example.com/items | jq '.[] | .id'")
                                      << spec("GET", u) << none;
    QTest::newRow("redirection left out")
        << QStringLiteral("curl https://api.example.com/items > items.json 2>&1") << spec("GET", u) << none;
    QTest::newRow("unquoted & in the address kept")
        << QStringLiteral("curl https://api.example.com/items?a=1&b=2") << spec("GET", u + "?a=1&b=2") << none;
    QTest::newRow("curly quotes from a document")
        << QStringLiteral("curl -H “Accept: text/csv” https://api.example.com/items")
        << spec("GET", u, {"Accept: text/csv"}) << none;
    QTest::newRow("shell variables become {{variables}}")
        << QStringLiteral("curl \"https://$HOST/items/${ITEM_ID:-1}\" -H \"X-Account: $ACCOUNT\"")
        << spec("GET", "https://{{HOST}}/items/{{ITEM_ID}}", {"X-Account: {{ACCOUNT}}"}) << none;
    QTest::newRow("/usr/bin/curl and sudo")
        << QStringLiteral("sudo /usr/bin/curl https://api.example.com/items") << spec("GET", u) << none;
    QTest::newRow("placeholders in the address")
        << QStringLiteral("curl https://api.example.com/spaces/{space_id}/items/<item-id>")
        << spec("GET", "https://api.example.com/spaces/{{space_id}}/items/{{item-id}}") << none;

    // Credentials (taken out of the request)
    QTest::newRow("-u user:password") << QStringLiteral("curl -u ada:s3cr3t-pa55 https://api.example.com/items")
                                      << spec("GET", u) << QStringList {"basic Authorization token"};
    QTest::newRow("--user=") << QStringLiteral("curl --user=ada:s3cr3t-pa55 https://api.example.com/items")
                             << spec("GET", u) << QStringList {"basic Authorization token"};
    QTest::newRow("-u user only") << QStringLiteral("curl -u ada https://api.example.com/items") << spec("GET", u)
                                  << QStringList {"basic Authorization token"};
    QTest::newRow("Bearer header") << QStringLiteral(
        "curl -H 'Authorization: Bearer abc.def.ghi' https://api.example.com/items")
                                   << spec("GET", u) << QStringList {"bearer Authorization token"};
    QTest::newRow("token header (GitHub classic)")
        << QStringLiteral(
               "curl -H 'Authorization: token ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d' https://api.github.com/user")
        << spec("GET", "https://api.github.com/user") << QStringList {"token Authorization token"};
    QTest::newRow("Basic header") << QStringLiteral(
        "curl -H 'Authorization: Basic YWRhOnMzY3IzdA==' https://api.example.com/items")
                                  << spec("GET", u) << QStringList {"basic Authorization token"};
    QTest::newRow("raw Authorization (Linear)")
        << QStringLiteral("curl -H 'Authorization: lin_api_0123456789abcdef' https://api.linear.app/graphql")
        << spec("GET", "https://api.linear.app/graphql") << QStringList {"authorization Authorization token"};
    QTest::newRow("--oauth2-bearer") << QStringLiteral("curl --oauth2-bearer abc123def https://api.example.com/items")
                                     << spec("GET", u) << QStringList {"bearer Authorization token"};
    QTest::newRow("X-Figma-Token") << QStringLiteral(
        "curl -H 'X-Figma-Token: figd_abcdefghijklmnop' https://api.figma.com/v1/me")
                                   << spec("GET", "https://api.figma.com/v1/me")
                                   << QStringList {"header X-Figma-Token token"};
    QTest::newRow("X-Shopify-Access-Token")
        << QStringLiteral("curl -H 'X-Shopify-Access-Token: shpat_0123456789abcdef0123456789abcdef' "
                          "https://shop.myshopify.com/admin/api/2024-10/shop.json")
        << spec("GET", "https://shop.myshopify.com/admin/api/2024-10/shop.json")
        << QStringList {"header X-Shopify-Access-Token token"};
    QTest::newRow("X-Api-Key") << QStringLiteral(
        "curl -H 'x-api-key: 0f1e2d3c4b5a' -H 'Accept: */*' https://api.example.com/items")
                               << spec("GET", u, {"Accept: */*"}) << QStringList {"header x-api-key token"};
    QTest::newRow("access_token in the query")
        << QStringLiteral("curl 'https://api.example.com/items?page=2&access_token=abc123&sort=new'")
        << spec("GET", u + "?page=2&sort=new") << QStringList {"query access_token token"};
    QTest::newRow("api_key and private_token in the query")
        << QStringLiteral("curl 'https://api.example.com/items?api_key=k1&private_token=k2'") << spec("GET", u)
        << QStringList {"query api_key token", "query private_token token_2"};
    QTest::newRow("user:password@ in the address") << QStringLiteral("curl https://ada:pa55word@api.example.com/items")
                                                   << spec("GET", u) << QStringList {"basic Authorization token"};
    QTest::newRow("-b cookies") << QStringLiteral("curl -b 'session=abc; theme=dark' https://api.example.com/items")
                                << spec("GET", u) << QStringList {"cookie Cookie cookie"};
    QTest::newRow("{{token}} reference kept as reference")
        << QStringLiteral("curl -H 'Authorization: Bearer {{token}}' https://api.example.com/items") << spec("GET", u)
        << QStringList {"bearer Authorization token"};
    QTest::newRow("$TOKEN reference") << QStringLiteral(
        "curl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/items")
                                      << spec("GET", u) << QStringList {"bearer Authorization API_TOKEN"};
    QTest::newRow("documentation placeholder in a header of its own") // found by fuzz_curl
        << QStringLiteral("curl -H 'X-Custom-Auth: <your_access_token>' https://api.example.com/items")
        << spec("GET", u) << QStringList {"header X-Custom-Auth token"};
    QTest::newRow("Windows %TOKEN% reference")
        << QStringLiteral("curl -H \"PRIVATE-TOKEN: %GITLAB_TOKEN%\" ^\n https://gitlab.com/api/v4/user")
        << spec("GET", "https://gitlab.com/api/v4/user") << QStringList {"header PRIVATE-TOKEN GITLAB_TOKEN"};
    QTest::newRow("PowerShell $env:TOKEN reference")
        << QStringLiteral("curl.exe -H \"Authorization: Bearer $env:GH_TOKEN\" `\n https://api.github.com/user")
        << spec("GET", "https://api.github.com/user") << QStringList {"bearer Authorization GH_TOKEN"};
}

void CurlImporterTest::options()
{
    QFETCH(QString, command);
    QFETCH(RequestSpec, expected);
    QFETCH(QStringList, auth);

    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, ImportFormat::Curl);
    QCOMPARE(result.requests.size(), 1);
    const ImportedRequest& request = result.requests.first();
    QVERIFY2(
        request.spec == expected,
        qPrintable(QStringLiteral("\n got      %1\n expected %2").arg(describe(request.spec), describe(expected))));
    QCOMPARE(authStrings(request), auth);
    QCOMPARE(result.credentials.size(), QSet<QString>(auth.cbegin(), auth.cend()).size());
}

void CurlImporterTest::notesAndIgnored_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("ignored");
    QTest::addColumn<QString>("noteMentions");

    QTest::newRow("harmless options listed")
        << QStringLiteral("curl -sS -v -i --compressed -o out.json https://x.example")
        << QStringList {"-s", "-S", "-v", "-i", "--compressed", "-o"} << QString();
    QTest::newRow("-L listed") << QStringLiteral("curl -L https://x.example") << QStringList {"-L"} << QString();
    QTest::newRow("-k explained") << QStringLiteral("curl -k https://x.example") << QStringList {"-k"}
                                  << QStringLiteral("never skips");
    QTest::newRow("--insecure explained") << QStringLiteral("curl --insecure https://x.example")
                                          << QStringList {"--insecure"} << QStringLiteral("certificate");
    QTest::newRow("-d @file") << QStringLiteral("curl -d @data.json https://x.example") << QStringList {"-d @file"}
                              << QStringLiteral("reads a file");
    QTest::newRow("--data-urlencode name@file")
        << QStringLiteral("curl --data-urlencode msg@msg.txt https://x.example")
        << QStringList {"--data-urlencode @file"} << QStringLiteral("reads a file");
    QTest::newRow("-F file") << QStringLiteral("curl -F f=@a.png https://x.example") << QStringList {"-F f=@file"}
                             << QStringLiteral("sends a file");
    QTest::newRow("-b cookie file") << QStringLiteral("curl -b cookies.txt https://x.example") << QStringList {"-b"}
                                    << QStringLiteral("reads cookies from a file");
    QTest::newRow("-H 'Accept:' removal") << QStringLiteral("curl -H 'Accept:' https://x.example")
                                          << QStringList {"-H Accept:"} << QStringLiteral("not to send");
    QTest::newRow("-x proxy") << QStringLiteral("curl -x http://proxy:3128 https://x.example") << QStringList {"-x"}
                              << QStringLiteral("proxy");
    QTest::newRow("--digest") << QStringLiteral("curl --digest -u a:b https://x.example") << QStringList {"--digest"}
                              << QStringLiteral("authentication method");
    QTest::newRow("-E client certificate") << QStringLiteral("curl -E me.pem https://x.example") << QStringList {"-E"}
                                           << QStringLiteral("client certificates");
    QTest::newRow("-T upload is PUT") << QStringLiteral("curl -T file.bin https://x.example") << QStringList {"-T"}
                                      << QStringLiteral("reads a file");
    QTest::newRow("unknown option") << QStringLiteral("curl --frobnicate https://x.example")
                                    << QStringList {"--frobnicate"} << QStringLiteral("does not know");
    QTest::newRow("-F is sent as a form")
        << QStringLiteral("curl -F a=1 https://x.example") << QStringList() << QStringLiteral("multipart");
    QTest::newRow("--next stops") << QStringLiteral("curl https://a.example --next https://b.example") << QStringList()
                                  << QStringLiteral("only the first");
    QTest::newRow("two addresses") << QStringLiteral("curl https://a.example https://b.example") << QStringList()
                                   << QStringLiteral("2 addresses");
    QTest::newRow("pipe") << QStringLiteral("curl https://a.example | jq .") << QStringList()
                          << QStringLiteral("Only the curl command");
    QTest::newRow("redirection") << QStringLiteral("curl https://a.example > out.txt") << QStringList {">"}
                                 << QStringLiteral("Redirections");
    QTest::newRow("JSON without type") << QStringLiteral("curl -d '{}' https://a.example") << QStringList()
                                       << QStringLiteral("sends it as JSON");
    QTest::newRow("placeholders") << QStringLiteral("curl https://a.example/{id}") << QStringList()
                                  << QStringLiteral("{{id}}");
    QTest::newRow("$(…) kept") << QStringLiteral("curl \"https://a.example/$(date +%F)\"") << QStringList()
                               << QString();
}

void CurlImporterTest::notesAndIgnored()
{
    QFETCH(QString, command);
    QFETCH(QStringList, ignored);
    QFETCH(QString, noteMentions);

    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ImportedRequest& request = result.requests.first();
    for (const QString& option : ignored) {
        QVERIFY2(request.ignored.contains(option),
                 qPrintable(option + QStringLiteral(" not in ") + request.ignored.join(QLatin1Char(','))));
    }
    if (!noteMentions.isEmpty()) {
        const QString notes = request.notes.join(QLatin1Char('\n')) + result.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(noteMentions), qPrintable(notes));
    }
    // Ignored options are named, never with their values (a value may be a password).
    for (const QString& option : std::as_const(request.ignored)) {
        QVERIFY2(!option.contains(QStringLiteral("3128")) && !option.contains(QStringLiteral("me.pem")),
                 qPrintable(option));
    }
}

void CurlImporterTest::docExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("bodyType");
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("hasSecret");

    QTest::newRow("GitHub: get the user") << "github-get-user.txt"
                                          << "GET"
                                          << "https://api.github.com/user"
                                          << "" << QStringList {"bearer Authorization token"} << "github" << false;
    QTest::newRow("GitHub: create an issue")
        << "github-create-issue.txt"
        << "POST"
        << "https://api.github.com/repos/OWNER/REPO/issues"
        << "json" << QStringList {"bearer Authorization token"} << "github" << false;
    QTest::newRow("GitLab: list projects") << "gitlab-list-projects.txt"
                                           << "GET"
                                           << "https://gitlab.example.com/api/v4/projects"
                                           << "" << QStringList {"header PRIVATE-TOKEN token"} << "" << false;
    QTest::newRow("GitLab: create a project") << "gitlab-create-project.txt"
                                              << "POST"
                                              << "https://gitlab.example.com/api/v4/projects/"
                                              << "json" << QStringList {"header PRIVATE-TOKEN token"} << "" << false;
    QTest::newRow("GitLab: new issue")
        << "gitlab-new-issue.txt"
        << "POST"
        << "https://gitlab.example.com/api/v4/projects/4/issues?title=Issues%20with%20auth&labels=bug"
        << "" << QStringList {"header PRIVATE-TOKEN token"} << "" << false;
    QTest::newRow("Harvest: me") << "harvest-users-me.txt"
                                 << "GET"
                                 << "https://api.harvestapp.com/v2/users/me"
                                 << "" << QStringList {"bearer Authorization ACCESS_TOKEN"} << "harvest" << false;
    QTest::newRow("Harvest: create a time entry")
        << "harvest-create-time-entry.txt"
        << "POST"
        << "https://api.harvestapp.com/v2/time_entries"
        << "json" << QStringList {"bearer Authorization ACCESS_TOKEN"} << "harvest" << false;
    QTest::newRow("Typeform: forms") << "typeform-list-forms.txt"
                                     << "GET"
                                     << "https://api.typeform.com/forms"
                                     << "" << QStringList {"bearer Authorization token"} << "typeform" << false;
    QTest::newRow("Typeform: responses")
        << "typeform-responses.txt"
        << "GET"
        << "https://api.typeform.com/forms/{{form_id}}/responses?page_size=25&since=2024-01-01T00:00:00Z"
        << "" << QStringList {"bearer Authorization token"} << "typeform" << false;
    QTest::newRow("Contentful: CMA entries")
        << "contentful-cma-entries.txt"
        << "GET"
        << "https://api.contentful.com/spaces/{{space_id}}/environments/{{environment_id}}/entries"
        << "" << QStringList {"bearer Authorization token"} << "contentful" << false;
    QTest::newRow("Contentful: CDA entries")
        << "contentful-cda-entries.txt"
        << "GET"
        << "https://cdn.contentful.com/spaces/{{space_id}}/environments/{{environment_id}}/entries"
        << "" << QStringList {"query access_token token"} << "contentful" << false;
    QTest::newRow("Contentful: create an entry")
        << "contentful-create-entry.txt"
        << "POST"
        << "https://api.contentful.com/spaces/{{space_id}}/environments/{{environment_id}}/entries"
        << "json" << QStringList {"bearer Authorization token"} << "contentful" << false;
    QTest::newRow("Chrome: copy as cURL (bash)")
        << "chrome-bash.txt"
        << "GET"
        << "https://api.github.com/user/repos?per_page=5"
        << "" << QStringList {"bearer Authorization token"} << "github" << true;
    QTest::newRow("Chrome: copy as cURL (cmd)")
        << "chrome-cmd.txt"
        << "POST"
        << "https://api.typeform.com/forms?page_size=10"
        << "json" << QStringList {"bearer Authorization token"} << "typeform" << true;
    QTest::newRow("PowerShell") << "powershell.txt"
                                << "POST"
                                << "https://gitlab.com/api/v4/projects/42/issues"
                                << "json" << QStringList {"header PRIVATE-TOKEN token"} << "gitlab" << true;
    QTest::newRow("Stripe: key as the -u user")
        << "stripe-basic-user.txt"
        << "POST"
        << "https://api.stripe.com/v1/charges"
        << "form" << QStringList {"bearer Authorization token"} << "stripe" << true;
    QTest::newRow("export, then curl | jq")
        << "export-then-curl.txt"
        << "GET"
        << "https://gitlab.com/api/v4/projects/{{PROJECT}}/issues?state=opened"
        << "" << QStringList {"header PRIVATE-TOKEN GITLAB_TOKEN"} << "gitlab" << true;
}

void CurlImporterTest::docExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, bodyType);
    QFETCH(QStringList, auth);
    QFETCH(QString, provider);
    QFETCH(bool, hasSecret);

    const QByteArray text = readFixture(QStringLiteral("curl/") + file);
    const ImportResult result = CurlImporter::parse(text, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ImportedRequest& request = result.requests.first();
    QCOMPARE(request.spec.method, method);
    QCOMPARE(request.spec.url, url);
    QCOMPARE(request.spec.bodyType, bodyType);
    QCOMPARE(authStrings(request), auth);
    QCOMPARE(result.credentials.size(), 1);
    const DetectedCredential& credential = result.credentials.first();
    QCOMPARE(credential.providerId, provider);
    QCOMPARE(credential.hasSecret(), hasSecret);
    // Nothing of the credential stays in the request.
    const QByteArray stored = everythingStored(result);
    QVERIFY(!stored.contains("Authorization") || !stored.contains("Bearer"));
    if (hasSecret) {
        QVERIFY(!stored.contains(credential.secret));
    }
    for (const RequestSpec::Field& header : request.spec.headers) {
        QVERIFY2(!header.first.contains(QStringLiteral("TOKEN"), Qt::CaseInsensitive), qPrintable(header.first));
    }
}

void CurlImporterTest::credentials_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("host");

    QTest::newRow("GitHub token by prefix")
        << QStringLiteral(
               "curl -H 'Authorization: Bearer ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d' https://example.com/x")
        << QByteArray("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d") << QString() << "bearer"
        << "github"
        << "example.com";
    QTest::newRow("GitLab by header and prefix")
        << QStringLiteral("curl -H 'PRIVATE-TOKEN: glpat-2O76UMFxFkM_R5Kjp1vR' https://gitlab.example.com/api/v4/user")
        << QByteArray("glpat-2O76UMFxFkM_R5Kjp1vR") << QString() << "header"
        << "gitlab"
        << "gitlab.example.com";
    QTest::newRow("unknown token, known host")
        << QStringLiteral("curl -H 'Authorization: Bearer 1234.pt.abcdef' https://api.harvestapp.com/v2/users/me")
        << QByteArray("1234.pt.abcdef") << QString() << "bearer"
        << "harvest"
        << "api.harvestapp.com";
    QTest::newRow("basic: user and password")
        << QStringLiteral("curl -u 'me@example.com:ATATT3xFfGF0abc' https://example.atlassian.net/rest/api/3/myself")
        << QByteArray("ATATT3xFfGF0abc") << QStringLiteral("me@example.com") << "basic"
        << "jira"
        << "example.atlassian.net";
    QTest::newRow("basic header decoded")
        << QStringLiteral("curl -H 'Authorization: Basic YWRhOnMzY3IzdA==' https://api.example.com/")
        << QByteArray("s3cr3t") << QStringLiteral("ada") << "basic" << QString() << "api.example.com";
    QTest::newRow("query token on a Contentful host")
        << QStringLiteral("curl 'https://cdn.contentful.com/spaces/x/entries?access_token=abc-123'")
        << QByteArray("abc-123") << QString() << "query"
        << "contentful"
        << "cdn.contentful.com";
    QTest::newRow("percent-encoded query token")
        << QStringLiteral("curl 'https://api.example.com/x?token=a%2Fb%3D'") << QByteArray("a/b=") << QString()
        << "query" << QString() << "api.example.com";
    QTest::newRow("cookie") << QStringLiteral("curl -b 'sid=abc' -b 'x=1' https://app.example.com/")
                            << QByteArray("sid=abc; x=1") << QString() << "cookie" << QString() << "app.example.com";
}

void CurlImporterTest::credentials()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, secret);
    QFETCH(QString, username);
    QFETCH(QString, kind);
    QFETCH(QString, provider);
    QFETCH(QString, host);

    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.credentials.size(), 1);
    const DetectedCredential& credential = result.credentials.first();
    QCOMPARE(credential.secret, secret);
    QCOMPARE(credential.username, username);
    QCOMPARE(credential.kindName(), kind);
    QCOMPARE(credential.providerId, provider);
    QCOMPARE(credential.host, host);
    QVERIFY(!credential.source.isEmpty());
    // The request, its JSON and the dry-run output hold no byte of the secret.
    const QByteArray stored = everythingStored(result);
    QVERIFY2(!stored.contains(secret), stored.constData());
    QVERIFY(!QJsonDocument(credential.toJson()).toJson().contains(secret));
}

void CurlImporterTest::assignmentsGiveValues()
{
    const QString command = QStringLiteral("export TOKEN=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d\n"
                                           "ACCOUNT=42 curl -H \"Authorization: Bearer $TOKEN\" "
                                           "\"https://api.github.com/orgs/$ACCOUNT/repos\"");
    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ImportedRequest& request = result.requests.first();
    QCOMPARE(request.spec.url, QStringLiteral("https://api.github.com/orgs/{{ACCOUNT}}/repos"));
    QCOMPARE(request.variables, (QList<ImportedRequest::Variable> {{QStringLiteral("ACCOUNT"), QStringLiteral("42")}}));
    QCOMPARE(result.credentials.size(), 1);
    QCOMPARE(result.credentials.first().reference, QStringLiteral("TOKEN"));
    QCOMPARE(result.credentials.first().secret, QByteArray("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"));
    QCOMPARE(result.credentials.first().providerId, QStringLiteral("github"));
    QVERIFY(!everythingStored(result).contains("ghp_u8jz"));
}

void CurlImporterTest::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unterminated single quote")
        << QStringLiteral("curl -H 'Accept: x https://a.example") << 1 << 9 << QStringLiteral("never closed");
    QTest::newRow("unterminated double quote, line 2")
        << QStringLiteral("curl \\\n  -d \"{\\\"a\\\": 1} https://a.example") << 2 << 6
        << QStringLiteral("never closed");
    QTest::newRow("unterminated $'") << QStringLiteral("curl --data $'abc https://a.example") << 1 << 13
                                     << QStringLiteral("never closed");
    QTest::newRow("unterminated backquote")
        << QStringLiteral("curl `date https://a.example") << 1 << 6 << QStringLiteral("never closed");
    QTest::newRow("unterminated $(") << QStringLiteral("curl \"$(date\" https://a.example") << 1 << 7
                                     << QStringLiteral("never closed");
    QTest::newRow("cmd unterminated quote")
        << QStringLiteral("curl ^\n \"https://a.example") << 2 << 2 << QStringLiteral("never closed");
    QTest::newRow("PowerShell unterminated quote")
        << QStringLiteral("curl.exe `\n  -H 'A: b") << 2 << 6 << QStringLiteral("never closed");
    QTest::newRow("not curl") << QStringLiteral("wget https://a.example") << 1 << 1
                              << QStringLiteral("not a curl command");
    QTest::newRow("empty") << QString() << 1 << 1 << QStringLiteral("not a curl command");
    QTest::newRow("missing value") << QStringLiteral("curl https://a.example -H") << 1 << 24
                                   << QStringLiteral("needs a value");
    QTest::newRow("missing value before a pipe")
        << QStringLiteral("curl https://a.example -d | jq") << 1 << 24 << QStringLiteral("needs a value");
    QTest::newRow("no address") << QStringLiteral("curl -H 'A: b'") << 1 << 15 << QStringLiteral("no address");
    QTest::newRow("PowerShell's Invoke-WebRequest")
        << QStringLiteral("curl -Uri https://a.example -Method POST") << 1 << 6 << QStringLiteral("Invoke-WebRequest");
    QTest::newRow("truncated paste") << QStringLiteral("curl -X POST https://a.example \\\n  -d '{\"name\": \"Ad") << 2
                                     << 6 << QStringLiteral("never closed");
}

void CurlImporterTest::errors()
{
    QFETCH(QString, command);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);

    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY(result.requests.isEmpty());
    QVERIFY(result.credentials.isEmpty());
    QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(result.error.toString().startsWith(QStringLiteral("Line %1, column %2").arg(line).arg(column)));
}

void CurlImporterTest::longInputs()
{
    // Long, repetitive commands stay linear (a quadratic scan would make ctest time out).
    QString many = QStringLiteral("curl https://a.example");
    for (int i = 0; i < 20000; ++i) {
        many += QStringLiteral(" -H 'X-H%1: v'").arg(i);
    }
    ImportResult result = CurlImporter::parse(many, &m_catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.requests.first().spec.headers.size(), 20000);

    const QString braces = QStringLiteral("curl https://a.example/") + QString(300000, QLatin1Char('$'))
        + QStringLiteral("${") + QString(300000, QLatin1Char('{'));
    result = CurlImporter::parse(braces, &m_catalog);
    QVERIFY(result.ok());

    const QString body
        = QStringLiteral("curl https://a.example -d '") + QString(2'000'000, QLatin1Char('a')) + QLatin1Char('\'');
    result = CurlImporter::parse(body, &m_catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.requests.first().spec.body.size(), 2'000'000);

    QString tooMany = QStringLiteral("curl https://a.example");
    for (int i = 0; i < 120000; ++i) {
        tooMany += QStringLiteral(" a");
    }
    result = CurlImporter::parse(tooMany, &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("words")), qPrintable(result.error.message));

    result = CurlImporter::parse(QByteArray(51 * 1024 * 1024, 'a'), &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("MB")), qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(CurlImporterTest)
#include "CurlImporterTest.moc"
