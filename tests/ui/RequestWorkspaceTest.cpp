// The request area, driven through real widgets against the local servers:
// pick a token, type an address, Send, read the answer.
#include "RequestWorkspace.h"

#include "BigTextView.h"
#include "BodyEditor.h"
#include "KeyValueTable.h"
#include "MemorySecretStore.h"
#include "RequestEditor.h"
#include "ResponseTableView.h"
#include "ResponseView.h"
#include "TokenComboBox.h"
#include "VariablesDialog.h"
#include "http/RequestRunner.h"
#include "http/RequestSender.h"
#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class RequestWorkspaceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickTokenTypeAddressSend_readStatusAndPretty();
    void resolvedAddress_andParametersStayInStep();
    void headersTab_showsServiceHeaders_tokenMasked();
    void exploreMode_locksWritingMethods_untilAllowed();
    void otherHost_offersSendOnceAndAddHost();
    void variables_areAskedFor();
    void escapeCancels();
    void invalidJson_isShownRawWithANote();
    void bodyEditor_validatesJson();

private:
    QPushButton* bannerButton(const QString& text) const;
    void sendAndWait();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<RequestSender> m_sender;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RequestWorkspace> m_workspace;
    QString m_tokenId;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
};

void RequestWorkspaceTest::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
}

void RequestWorkspaceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_vault = std::make_unique<TokenVault>(m_store.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_catalog = ProviderCatalog::load();
    m_runner = std::make_unique<RequestRunner>();
    m_sender = std::make_unique<RequestSender>(*m_vault, m_catalog, *m_runner);
    m_settings = std::make_unique<Settings>(QDir(m_dir->path()).filePath(QStringLiteral("settings.ini")));
    TokenRecord record = TokenRecord::create(QStringLiteral("Local GitHub"), QStringLiteral("github"));
    record.baseUrl = m_server + QStringLiteral("/github");
    m_tokenId.clear();
    m_vault->addToken(record, QStringLiteral("ghp_Workspace0123456789abcdefghijklmnop"),
                      [this](const TokenVault::Result& r) { m_tokenId = r.tokenId; });
    QTRY_VERIFY(!m_tokenId.isEmpty());
    m_workspace = std::make_unique<RequestWorkspace>(*m_vault, m_catalog, *m_sender, *m_settings);
    m_workspace->resize(1000, 700);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void RequestWorkspaceTest::cleanup()
{
    m_workspace.reset();
    m_sender.reset();
    m_runner.reset();
    m_vault.reset();
    m_store.reset();
    m_dir.reset();
}

QPushButton* RequestWorkspaceTest::bannerButton(const QString& text) const
{
    for (QPushButton* button : m_workspace->response()->summary()->findChildren<QPushButton*>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

void RequestWorkspaceTest::sendAndWait()
{
    QTest::mouseClick(m_workspace->editor()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isSending(), 20000);
}

void RequestWorkspaceTest::pickTokenTypeAddressSend_readStatusAndPretty()
{
    RequestEditor* editor = m_workspace->editor();
    TokenComboBox* picker = editor->tokenPicker();
    picker->setCurrentIndex(picker->findData(m_tokenId));
    QVERIFY(picker->currentText().startsWith(QStringLiteral("Local GitHub")));
    QTest::keyClicks(editor->addressField(), QStringLiteral("/user/repos?per_page=30"));
    QTest::keyClick(editor->addressField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isSending(), 20000);
    ResponseView* response = m_workspace->response();
    QTRY_VERIFY_WITH_TIMEOUT(response->isDigestReady(), 20000);
    QVERIFY2(response->summaryText().startsWith(QStringLiteral("200 OK — 30 items, ")),
             qPrintable(response->summaryText()));
    QVERIFY(response->detailsText().contains(QStringLiteral("HTTP/1.1")));
    QVERIFY(response->detailsText().contains(QStringLiteral("4,987 of 5,000")));
    BigTextView* pretty = response->prettyView();
    QTRY_VERIFY_WITH_TIMEOUT(pretty->isReady(), 20000);
    QVERIFY(pretty->lineCount() > 30 * 10);
    QVERIFY(response->digest().pretty.startsWith("[\n  {\n    \"id\": 100001,"));
    // A list: the Table tab is chosen by itself.
    QTRY_COMPARE(response->tabs()->currentWidget(), static_cast<QWidget*>(response->tableView()));
    QVERIFY(response->tabs()->isTabVisible(
        response->tabs()->indexOf(response->treeView()))); // the tree of a small JSON answer
    QVERIFY(response->headersTable()->rowCount() > 3);
}

void RequestWorkspaceTest::resolvedAddress_andParametersStayInStep()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(m_tokenId);
    QTest::keyClicks(editor->addressField(), QStringLiteral("/user/repos?sort=updated&per_page=5"));
    auto* preview = editor->findChild<QLabel*>(QStringLiteral("resolvedAddress"));
    QCOMPARE(preview->text(), QStringLiteral("→ %1/github/user/repos?sort=updated&per_page=5").arg(m_server));
    KeyValueTable* params = editor->paramsTable();
    QCOMPARE(params->pairs(),
             (QList<KeyValueTable::Pair> {{QStringLiteral("sort"), QStringLiteral("updated")},
                                          {QStringLiteral("per_page"), QStringLiteral("5")}}));
    // Editing the table rewrites the address.
    params->item(1, 1)->setText(QStringLiteral("50"));
    QCOMPARE(editor->addressField()->text(), QStringLiteral("/user/repos?sort=updated&per_page=50"));
    params->item(2, 0)->setText(QStringLiteral("q"));
    params->item(2, 1)->setText(QStringLiteral("two words"));
    QCOMPARE(editor->addressField()->text(), QStringLiteral("/user/repos?sort=updated&per_page=50&q=two%20words"));
}

void RequestWorkspaceTest::headersTab_showsServiceHeaders_tokenMasked()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(m_tokenId);
    KeyValueTable* headers = editor->headersTable();
    QVERIFY(headers->fixedRowCount() >= 2);
    QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("Authorization"));
    QVERIFY(headers->item(0, 1)->text().startsWith(QStringLiteral("Bearer ")));
    QVERIFY(!headers->item(0, 1)->text().contains(QStringLiteral("ghp_")));
    bool version = false;
    for (int row = 0; row < headers->fixedRowCount(); ++row) {
        version = version || headers->item(row, 0)->text() == QStringLiteral("X-GitHub-Api-Version");
        QVERIFY(!(headers->item(row, 0)->flags() & Qt::ItemIsEditable));
    }
    QVERIFY(version);
}

void RequestWorkspaceTest::exploreMode_locksWritingMethods_untilAllowed()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(m_tokenId);
    auto* model = qobject_cast<QStandardItemModel*>(editor->methodBox()->model());
    const int del = editor->methodBox()->findData(QStringLiteral("DELETE"));
    QVERIFY(!model->item(del)->isEnabled());
    auto* lock = editor->findChild<QToolButton*>(QStringLiteral("allowChanges"));
    QVERIFY(lock->isVisible());
    QTest::mouseClick(lock, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_workspace->findChild<QMessageBox*>(QStringLiteral("allowChangesConfirmation")))
                && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmAllowChanges")), Qt::LeftButton);
    QTRY_VERIFY(m_vault->token(m_tokenId)->writesAllowed);
    QTRY_VERIFY(model->item(del)->isEnabled());
    QVERIFY(!lock->isVisible());
}

void RequestWorkspaceTest::otherHost_offersSendOnceAndAddHost()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(m_tokenId);
    QTest::keyClicks(editor->addressField(),
                     qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN") + QStringLiteral("/headers"));
    sendAndWait();
    QTRY_VERIFY(m_workspace->response()->summaryText().contains(QStringLiteral("is only sent to")));
    QVERIFY(bannerButton(QStringLiteral("Send once")));
    QPushButton* add = nullptr;
    for (QPushButton* button : m_workspace->response()->summary()->findChildren<QPushButton*>()) {
        if (button->text().startsWith(QStringLiteral("Add 127.0.0.1"))) {
            add = button;
        }
    }
    QVERIFY(add);
    QTest::mouseClick(bannerButton(QStringLiteral("Send once")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->response()->summaryText().startsWith(QStringLiteral("200 OK")), 20000);
    QVERIFY(m_vault->token(m_tokenId)->hosts.isEmpty()); // once is once
}

void RequestWorkspaceTest::variables_areAskedFor()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(m_tokenId);
    QTest::keyClicks(editor->addressField(), QStringLiteral("/echo-auth?owner={{owner}}"));
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    VariablesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_workspace->findChild<VariablesDialog*>()) && dialog->isVisible());
    QTest::keyClicks(dialog->field(QStringLiteral("owner")), QStringLiteral("octocat"));
    QTest::keyClick(dialog->field(QStringLiteral("owner")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->response()->summaryText().startsWith(QStringLiteral("200 OK")), 20000);
    QVERIFY(m_workspace->response()->response().body.contains("octocat"));
}

void RequestWorkspaceTest::escapeCancels()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken({});
    QTest::keyClicks(editor->addressField(),
                     qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN") + QStringLiteral("/delay/5"));
    QTest::keyClick(editor->addressField(), Qt::Key_Return);
    QTRY_VERIFY(m_workspace->isSending());
    QCOMPARE(editor->sendButton()->text(), QStringLiteral("Cancel"));
    QTest::keyClick(editor->addressField(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isSending(), 3000);
    QVERIFY(m_workspace->response()->summaryText().contains(QStringLiteral("Cancelled")));
    QCOMPARE(editor->sendButton()->text(), QStringLiteral("Send"));
}

void RequestWorkspaceTest::invalidJson_isShownRawWithANote()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken({});
    QTest::keyClicks(editor->addressField(), m_server + QStringLiteral("/broken-json"));
    sendAndWait();
    QTRY_VERIFY(m_workspace->response()->isDigestReady());
    QVERIFY(m_workspace->response()->summaryText().startsWith(QStringLiteral("200 OK")));
    QVERIFY2(m_workspace->response()->detailsText().contains(QStringLiteral("shown as received: Not valid JSON")),
             qPrintable(m_workspace->response()->detailsText()));
    QVERIFY(m_workspace->response()->digest().pretty.isEmpty());
}

void RequestWorkspaceTest::bodyEditor_validatesJson()
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken({});
    editor->methodBox()->setCurrentIndex(editor->methodBox()->findData(QStringLiteral("POST")));
    auto* tabs = editor->findChild<QTabWidget*>();
    QVERIFY(tabs->isTabEnabled(2));
    tabs->setCurrentIndex(2);
    BodyEditor* body = editor->bodyEditor();
    body->typeBox()->setCurrentIndex(body->typeBox()->findData(QStringLiteral("json")));
    QTest::keyClicks(body->textEdit(), QStringLiteral("{\"a\": "));
    QVERIFY2(body->validationText().contains(QStringLiteral("Not valid JSON")), qPrintable(body->validationText()));
    QTest::keyClicks(body->textEdit(), QStringLiteral("{{value}}}"));
    QVERIFY2(body->validationText().contains(QStringLiteral("Valid JSON")), qPrintable(body->validationText()));
}

QTEST_MAIN(RequestWorkspaceTest)
#include "RequestWorkspaceTest.moc"
