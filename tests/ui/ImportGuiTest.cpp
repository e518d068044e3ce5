// Import and export in the window, through real widgets: a curl command pasted
// into the address field fills in the request, a credential in it becomes a
// token (never part of the request), the import preview turns a browser
// session into presets, and "Copy as cURL" writes a placeholder for the token.
#include "BodyEditor.h"
#include "CredentialChoicesWidget.h"
#include "ImportController.h"
#include "ImportDialog.h"
#include "KeyValueTable.h"
#include "MemorySecretStore.h"
#include "RequestEditor.h"
#include "TestDirs.h"
#include "i18n/Translations.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class ImportGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pasteCurl_fillsMethodAddressParamsHeadersBody();
    void pasteCurlWithToken_storesNewToken_requestHoldsNoSecret();
    void pasteCurlWithToken_useExistingToken();
    void typingCurl_letterByLetter_doesNothing();
    void importPreview_harPickEntries_createsPresets();
    void importPreview_malformed_saysWhereAndImportsNothing();
    void copyAsCurl_placeholderNotSecret();

private:
    void paste(const QString& text);
    QDialog* credentialDialog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<PresetStore> m_presets;
    ProviderCatalog m_catalog;
    std::unique_ptr<RequestEditor> m_editor;
    const QString m_secret = QStringLiteral("ghp_PasteGui0123456789abcdefghijklmnopq");
};

void ImportGuiTest::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    m_catalog = ProviderCatalog::load();
}

void ImportGuiTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_vault
        = std::make_unique<TokenVault>(m_secrets.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_presets = std::make_unique<PresetStore>(QDir(m_dir->path()).filePath(QStringLiteral("presets.json")));
    m_presets->load();
    m_editor = std::make_unique<RequestEditor>(*m_vault, m_catalog);
    m_editor->resize(900, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void ImportGuiTest::cleanup()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(widget)) {
            widget->close();
        }
    }
    m_editor.reset();
    m_presets.reset();
    m_vault.reset();
    m_secrets.reset();
}

void ImportGuiTest::paste(const QString& text)
{
    QApplication::clipboard()->setText(text);
    QLineEdit* address = m_editor->addressField();
    address->setFocus();
    address->selectAll();
    QTest::keySequence(address, QKeySequence::Paste);
}

QDialog* ImportGuiTest::credentialDialog() const
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QStringLiteral("curlCredentialDialog") && widget->isVisible()) {
            return qobject_cast<QDialog*>(widget);
        }
    }
    return nullptr;
}

void ImportGuiTest::pasteCurl_fillsMethodAddressParamsHeadersBody()
{
    paste(QStringLiteral("curl -X POST 'https://api.example.com/v1/items?page=2&sort=name' \\\n"
                         "  -H 'Accept: application/json' \\\n"
                         "  -H 'X-Trace: abc' \\\n"
                         "  --data-raw '{\"title\":\"Hello\"}' --compressed -s\n"));
    QTRY_COMPARE(m_editor->addressField()->text(), QStringLiteral("https://api.example.com/v1/items?page=2&sort=name"));
    QCOMPARE(m_editor->methodBox()->currentData().toString(), QStringLiteral("POST"));
    const QList<KeyValueTable::Pair> params = m_editor->paramsTable()->pairs();
    QVERIFY(params.contains(KeyValueTable::Pair(QStringLiteral("page"), QStringLiteral("2"))));
    QVERIFY(params.contains(KeyValueTable::Pair(QStringLiteral("sort"), QStringLiteral("name"))));
    const QList<KeyValueTable::Pair> headers = m_editor->headersTable()->pairs();
    QVERIFY(headers.contains(KeyValueTable::Pair(QStringLiteral("Accept"), QStringLiteral("application/json"))));
    QVERIFY(headers.contains(KeyValueTable::Pair(QStringLiteral("X-Trace"), QStringLiteral("abc"))));
    QCOMPARE(m_editor->bodyEditor()->bodyType(), QStringLiteral("json"));
    QCOMPARE(m_editor->bodyEditor()->text(), QStringLiteral("{\"title\":\"Hello\"}"));
    // What was ignored is said, next to the address.
    const QLabel* preview = m_editor->findChild<QLabel*>(QStringLiteral("resolvedAddress"));
    QVERIFY(preview->text().contains(QStringLiteral("Filled in from a curl command")));
    QVERIFY(preview->text().contains(QStringLiteral("--compressed")));
    QVERIFY(!credentialDialog());
}

void ImportGuiTest::pasteCurlWithToken_storesNewToken_requestHoldsNoSecret()
{
    paste(QStringLiteral("curl -H \"Authorization: Bearer %1\" https://api.github.com/user/repos").arg(m_secret));
    QTRY_COMPARE(m_editor->addressField()->text(), QStringLiteral("https://api.github.com/user/repos"));
    QTRY_VERIFY(credentialDialog());
    QDialog* dialog = credentialDialog();
    auto* choices = dialog->findChild<CredentialChoicesWidget*>();
    QVERIFY(choices);
    QVERIFY(choices->choiceBox(0)->currentText().contains(QStringLiteral("new GitHub token")));
    QCOMPARE(choices->nameField(0)->text(), QStringLiteral("GitHub"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    QTRY_COMPARE(m_vault->tokens().size(), 1);
    const TokenRecord token = m_vault->tokens().first();
    QCOMPARE(token.providerId, QStringLiteral("github"));
    QCOMPARE(m_secrets->secrets.value(token.id), m_secret.toUtf8());
    QTRY_COMPARE(m_editor->currentTokenId(), token.id);
    // The request refers to the token; the secret is nowhere in it, nor on disk.
    const RequestSpec spec = m_editor->spec();
    QVERIFY(!QJsonDocument(spec.toJson()).toJson().contains(m_secret.toUtf8()));
    QCOMPARE(TestDirs::filesUnder(m_dir->path(), m_secret.toUtf8()), QStringList());
}

void ImportGuiTest::pasteCurlWithToken_useExistingToken()
{
    QString existing;
    m_vault->addToken(TokenRecord::create(QStringLiteral("Work GitHub"), QStringLiteral("github")),
                      QStringLiteral("ghp_Existing0123456789abcdefghijklmnopqrs"),
                      [&existing](const TokenVault::Result& result) { existing = result.tokenId; });
    QTRY_VERIFY(!existing.isEmpty());
    paste(QStringLiteral("curl https://api.github.com/user -H 'Authorization: token %1'").arg(m_secret));
    QTRY_VERIFY(credentialDialog());
    auto* choices = credentialDialog()->findChild<CredentialChoicesWidget*>();
    QComboBox* box = choices->choiceBox(0);
    const int use = box->findText(QStringLiteral("Use my token \"Work GitHub\""));
    QVERIFY(use >= 0);
    box->setCurrentIndex(use);
    credentialDialog()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_editor->currentTokenId(), existing);
    QCOMPARE(m_vault->tokens().size(), 1);
    QVERIFY(!m_secrets->secrets.values().contains(m_secret.toUtf8()));
}

void ImportGuiTest::typingCurl_letterByLetter_doesNothing()
{
    QLineEdit* address = m_editor->addressField();
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("curl -X POST https://api.example.com/x"));
    QTest::qWait(50);
    QCOMPARE(address->text(), QStringLiteral("curl -X POST https://api.example.com/x"));
    QCOMPARE(m_editor->methodBox()->currentData().toString(), QStringLiteral("GET"));
}

void ImportGuiTest::importPreview_harPickEntries_createsPresets()
{
    QWidget window;
    window.show();
    ImportController controller(*m_vault, m_catalog, *m_presets, &window);
    controller.importFile(QStringLiteral(LATCHKEY_FIXTURES_DIR "/interop/har/browser-session.har"));
    QTRY_VERIFY(controller.dialog() && controller.dialog()->isVisible());
    ImportDialog* dialog = controller.dialog();
    QTreeWidget* list = dialog->requestList();
    QVERIFY(list->topLevelItemCount() >= 2);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        list->topLevelItem(i)->setCheckState(0, i == 0 ? Qt::Checked : Qt::Unchecked);
    }
    dialog->collectionBox()->setCurrentText(QStringLiteral("From the browser"));
    // Leave every credential out.
    for (int row = 0; dialog->credentials()->choiceBox(row); ++row) {
        QComboBox* box = dialog->credentials()->choiceBox(row);
        box->setCurrentIndex(box->count() - 1);
    }
    auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    import->click();
    QTRY_COMPARE(m_presets->presets().size(), 1);
    QCOMPARE(m_presets->collection(m_presets->presets().first().collectionId)->name,
             QStringLiteral("From the browser"));
}

void ImportGuiTest::importPreview_malformed_saysWhereAndImportsNothing()
{
    QWidget window;
    ImportController controller(*m_vault, m_catalog, *m_presets, &window);
    QString said;
    connect(&controller, &ImportController::message, this,
            [&said](MessageBanner::Kind, const QString& text) { said = text; });
    controller.importFile(QStringLiteral(LATCHKEY_FIXTURES_DIR "/interop/malformed/unterminated-quote.txt"));
    QVERIFY2(said.contains(QStringLiteral("Nothing was imported")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Line ")), qPrintable(said));
    QVERIFY(!controller.dialog());
    QVERIFY(m_presets->presets().isEmpty());
}

void ImportGuiTest::copyAsCurl_placeholderNotSecret()
{
    QString id;
    TokenRecord record = TokenRecord::create(QStringLiteral("GitHub"), QStringLiteral("github"));
    m_vault->addToken(record, m_secret, [&id](const TokenVault::Result& result) { id = result.tokenId; });
    QTRY_VERIFY(!id.isEmpty());
    QWidget window;
    ImportController controller(*m_vault, m_catalog, *m_presets, &window);
    RequestSpec spec;
    spec.url = QStringLiteral("/user/repos");
    spec.tokenId = id;
    controller.copyAsCurl(spec);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("https://api.github.com/user/repos")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("$LATCHKEY_TOKEN")), qPrintable(copied));
    QVERIFY(!copied.contains(m_secret));
}

QTEST_MAIN(ImportGuiTest)
#include "ImportGuiTest.moc"
