// Sending what a person composed, end to end, against the local servers.
#include "http/RequestSender.h"

#include "HttpTestSupport.h"
#include "MemorySecretStore.h"
#include "http/SendJob.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

using namespace HttpTest;

class RequestSenderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pathOnTheTokensService_isAnswered_andTokenMarkedUsed();
    void tokenArrives_butIsMaskedInWhatIsShown();
    void variables_missingAreNamed_givenAreFilled();
    void builtInMe_comesFromWhoAmI();
    void otherHost_isRefused_sendOnceAllowed();
    void write_isRefused_untilAllowed();
    void keychainFailure_isReported();
    void deletedToken_isReported();
    void crossOriginRedirect_leavesTheTokenBehind();
    void cancel_stopsIt();

private:
    SendResult send(const RequestSpec& spec, const RequestSender::Options& options = {});
    RequestSpec get(const QString& url) const
    {
        RequestSpec spec;
        spec.url = url;
        spec.tokenId = m_tokenId;
        return spec;
    }

    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
    std::unique_ptr<RequestSender> m_sender;
    QString m_tokenId;
};

void RequestSenderTest::initTestCase()
{
    QVERIFY2(!provider().isEmpty() && !httpbin().isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_catalog = ProviderCatalog::load();
}

void RequestSenderTest::init()
{
    m_store.failWith = SecretStore::Error::None;
    m_vault = std::make_unique<TokenVault>(
        &m_store, QDir(m_dir.path()).filePath(QStringLiteral("t-%1.json").arg(QTest::currentTestFunction())));
    m_vault->load();
    m_sender = std::make_unique<RequestSender>(*m_vault, m_catalog, m_runner);
    TokenRecord record = TokenRecord::create(QStringLiteral("Local GitHub"), QStringLiteral("github"));
    record.baseUrl = provider() + QStringLiteral("/github");
    m_tokenId.clear();
    m_vault->addToken(record, QStringLiteral("ghp_SenderTest0123456789abcdefghijklmn"),
                      [this](const TokenVault::Result& r) { m_tokenId = r.tokenId; });
    QTRY_VERIFY(!m_tokenId.isEmpty());
}

SendResult RequestSenderTest::send(const RequestSpec& spec, const RequestSender::Options& options)
{
    SendJob* job = m_sender->send(spec, options);
    QSignalSpy finished(job, &SendJob::finished);
    if (!finished.wait(30000)) {
        return {};
    }
    job->deleteLater();
    return finished.first().at(0).value<SendResult>();
}

void RequestSenderTest::pathOnTheTokensService_isAnswered_andTokenMarkedUsed()
{
    QVERIFY(!m_vault->token(m_tokenId)->lastUsedAt.isValid());
    const SendResult result = send(get(QStringLiteral("/user")));
    QVERIFY2(result.answered(), qPrintable(result.message));
    QCOMPARE(result.response.status, 200);
    QCOMPARE(json(result.response)[QStringLiteral("login")].toString(), QStringLiteral("octocat"));
    QVERIFY(m_vault->token(m_tokenId)->lastUsedAt.isValid());
}

void RequestSenderTest::tokenArrives_butIsMaskedInWhatIsShown()
{
    const SendResult result = send(get(QStringLiteral("/echo-auth")));
    QCOMPARE(result.response.status, 200);
    // The server echoes the Authorization header: the token did arrive, and the echo
    // is masked in the answer Latchkey shows, prints and keeps.
    const QByteArray echoed = result.response.body;
    QVERIFY2(echoed.contains("Authorization"), echoed.constData());
    QVERIFY(!echoed.contains("ghp_SenderTest0123456789abcdefghijklmn"));
    QVERIFY(echoed.contains(PreparedRequest::mask().toUtf8()));
    QVERIFY(result.response.echoesChecked);
    QCOMPARE(result.shownHeaders.value("Authorization"), QByteArray("Bearer ") + PreparedRequest::mask().toUtf8());
    QVERIFY(!result.shownUrl.toString().contains(QStringLiteral("ghp_")));
    QCOMPARE(result.shownHeaders.value("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
}

void RequestSenderTest::variables_missingAreNamed_givenAreFilled()
{
    RequestSpec spec = get(QStringLiteral("/echo-auth?owner={{owner}}&repo={{repo}}&day={{today}}"));
    const SendResult missing = send(spec);
    QCOMPARE(missing.stage, SendResult::Stage::MissingVariables);
    QCOMPARE(missing.missing, (QStringList {QStringLiteral("owner"), QStringLiteral("repo")}));
    RequestSender::Options options;
    options.variables = {{QStringLiteral("owner"), QStringLiteral("octocat")},
                         {QStringLiteral("repo"), QStringLiteral("hello world")}};
    const SendResult filled = send(spec, options);
    QVERIFY2(filled.answered(), qPrintable(filled.message));
    const QJsonObject query = json(filled.response)[QStringLiteral("query")].toObject();
    QVERIFY2(QJsonDocument(query).toJson().contains("octocat"), QJsonDocument(query).toJson().constData());
    QVERIFY(QJsonDocument(query).toJson().contains(QDate::currentDate().toString(Qt::ISODate).toUtf8()));
}

void RequestSenderTest::builtInMe_comesFromWhoAmI()
{
    TokenRecord record = *m_vault->token(m_tokenId);
    record.fields.insert(QStringLiteral("me"), QStringLiteral("583231"));
    QVERIFY(m_vault->updateToken(record).ok());
    const SendResult result = send(get(QStringLiteral("/echo-auth?user={{me}}")));
    QVERIFY(result.answered());
    QVERIFY(result.response.body.contains("583231"));
}

void RequestSenderTest::otherHost_isRefused_sendOnceAllowed()
{
    const SendResult refused = send(get(httpbin() + QStringLiteral("/headers")));
    QCOMPARE(refused.stage, SendResult::Stage::Refused);
    QCOMPARE(refused.check.refusal, RequestPreparer::Refusal::OtherHost);
    QVERIFY(refused.message.contains(QStringLiteral("127.0.0.1:")));
    RequestSender::Options once;
    once.allowances.otherHost = true;
    const SendResult sent = send(get(httpbin() + QStringLiteral("/headers")), once);
    QCOMPARE(sent.response.status, 200);
}

void RequestSenderTest::write_isRefused_untilAllowed()
{
    RequestSpec post = get(QStringLiteral("/echo-auth"));
    post.method = QStringLiteral("POST");
    post.body = QStringLiteral("{\"a\": 1}");
    post.bodyType = QStringLiteral("json");
    QCOMPARE(send(post).check.refusal, RequestPreparer::Refusal::Write);
    TokenRecord record = *m_vault->token(m_tokenId);
    record.writesAllowed = true;
    QVERIFY(m_vault->updateToken(record).ok());
    const SendResult sent = send(post);
    QVERIFY2(sent.answered(), qPrintable(sent.message));
    QCOMPARE(json(sent.response)[QStringLiteral("method")].toString(), QStringLiteral("POST"));
}

void RequestSenderTest::keychainFailure_isReported()
{
    m_store.failWith = SecretStore::Error::Locked;
    const SendResult result = send(get(QStringLiteral("/user")));
    QCOMPARE(result.stage, SendResult::Stage::Keychain);
    QVERIFY(!result.message.isEmpty());
}

void RequestSenderTest::deletedToken_isReported()
{
    RequestSpec spec = get(QStringLiteral("/user"));
    spec.tokenId = QStringLiteral("gone");
    QCOMPARE(send(spec).stage, SendResult::Stage::TokenMissing);
}

void RequestSenderTest::crossOriginRedirect_leavesTheTokenBehind()
{
    RequestSender::Options options;
    options.allowances.otherHost = true; // only to start at the redirecting server
    const QString target = otherOrigin(provider()) + QStringLiteral("/echo-auth");
    const SendResult result
        = send(get(QStringLiteral("/redirect?to=") + QString::fromLatin1(QUrl::toPercentEncoding(target))), options);
    QCOMPARE(result.response.status, 200);
    QVERIFY(result.response.credentialsDroppedOnRedirect);
    QVERIFY(!result.response.body.contains("ghp_SenderTest"));
    QVERIFY(!result.response.body.contains("Authorization"));
}

void RequestSenderTest::cancel_stopsIt()
{
    RequestSender::Options options;
    options.allowances.otherHost = true;
    SendJob* job = m_sender->send(get(httpbin() + QStringLiteral("/delay/5")), options);
    QSignalSpy finished(job, &SendJob::finished);
    QTimer::singleShot(300, job, &SendJob::cancel);
    QVERIFY(finished.wait(4000));
    QCOMPARE(finished.first().at(0).value<SendResult>().response.outcome, Response::Outcome::Cancelled);
}

QTEST_GUILESS_MAIN(RequestSenderTest)
#include "RequestSenderTest.moc"
