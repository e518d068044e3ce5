// The Add-token dialog: recognising the service from the pasted token,
// the service's own fields, and what stops a token from being added.
#include "AddTokenDialog.h"

#include "MemorySecretStore.h"
#include "ProviderFieldsForm.h"
#include "ServicePicker.h"
#include "http/RequestRunner.h"
#include "providers/ChoicesFetcher.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class AddTokenDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recognition_picksTheService_data();
    void recognition_picksTheService();
    void choosingByHand_thenOtherTokenShape_warnsButAllows();
    void selfHostedGitLab_sendsOnlyToThatHost();
    void region_choosesTheHost();
    void requiredFields_blockUntilFilled();
    void customApi_needsAnAddress();
    void duplicateName_isExplained();
    void pastedWhitespace_isTrimmedAndSaid();
    void search_filtersServices();
    void harvest_accountChosenFromAFetchedList();

private:
    std::unique_ptr<AddTokenDialog> makeDialog()
    {
        auto dialog = std::make_unique<AddTokenDialog>(*m_vault, m_catalog, &m_choices);
        dialog->show();
        return dialog;
    }
    void chooseByHand(AddTokenDialog& dialog, const QString& providerId)
    {
        QListView* list = dialog.servicePicker()->list();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(Qt::UserRole + 1).toString() == providerId) {
                list->scrollTo(index);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
                return;
            }
        }
        QFAIL("provider not in the list");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
    ChoicesFetcher m_choices {m_runner};
};

void AddTokenDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_vault = std::make_unique<TokenVault>(m_store.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_catalog = ProviderCatalog::load();
    QVERIFY2(m_catalog.problems().isEmpty(), qPrintable(m_catalog.problems().join(QLatin1Char('\n'))));
}

void AddTokenDialogTest::cleanup()
{
    m_vault.reset();
    m_store.reset();
    m_dir.reset();
}

void AddTokenDialogTest::recognition_picksTheService_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("provider");
    QTest::newRow("github classic") << QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyz")
                                    << QStringLiteral("github");
    QTest::newRow("github fine-grained") << QStringLiteral("github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyz")
                                         << QStringLiteral("github");
    QTest::newRow("gitlab") << QStringLiteral("glpat-abcdefghij0123456789") << QStringLiteral("gitlab");
    QTest::newRow("typeform") << QStringLiteral("tfp_4Gxyzabcdefghijklmnopqrstuvwxyz0123456789")
                              << QStringLiteral("typeform");
    QTest::newRow("contentful") << QStringLiteral("CFPAT-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
                                << QStringLiteral("contentful");
    QTest::newRow("notion") << QStringLiteral("ntn_12345678901abcdefghijklmnopqrstuvwxyzABCDEFGHI")
                            << QStringLiteral("notion");
    QTest::newRow("linear") << QStringLiteral("lin_api_abcdefghijklmnopqrstuvwxyz0123456789abcd")
                            << QStringLiteral("linear");
    QTest::newRow("hugging face") << QStringLiteral("hf_abcdefghijklmnopqrstuvwxyzABCDEFGH")
                                  << QStringLiteral("huggingface");
}

void AddTokenDialogTest::recognition_picksTheService()
{
    QFETCH(QString, token);
    QFETCH(QString, provider);
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->tokenField(), token);
    QCOMPARE(dialog->servicePicker()->currentProviderId(), provider);
    const auto* note = dialog->findChild<QLabel*>(QStringLiteral("tokenNote"));
    QVERIFY(note->text().contains(QStringLiteral("Recognised as")));
    QCOMPARE(dialog->nameField()->text(), m_catalog.provider(provider)->name);
}

void AddTokenDialogTest::choosingByHand_thenOtherTokenShape_warnsButAllows()
{
    auto dialog = makeDialog();
    chooseByHand(*dialog, QStringLiteral("github"));
    QCOMPARE(dialog->servicePicker()->currentProviderId(), QStringLiteral("github"));
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("glpat-abcdefghij0123456789"));
    QCOMPARE(dialog->servicePicker()->currentProviderId(), QStringLiteral("github"));
    QVERIFY2(dialog->problemText().contains(QStringLiteral("looks like a GitLab token")),
             qPrintable(dialog->problemText()));
    QVERIFY(dialog->addButton()->isEnabled());
}

void AddTokenDialogTest::selfHostedGitLab_sendsOnlyToThatHost()
{
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("glpat-abcdefghij0123456789"));
    auto* host = qobject_cast<QLineEdit*>(dialog->fieldsForm()->editorFor(QStringLiteral("host")));
    QVERIFY(host);
    auto* hosts = dialog->findChild<QLabel*>(QStringLiteral("serviceHosts"));
    QVERIFY(hosts->text().endsWith(QStringLiteral("gitlab.com")));
    QTest::keyClicks(host, QStringLiteral("gitlab.example.com"));
    QVERIFY2(hosts->text().endsWith(QStringLiteral("gitlab.example.com")), qPrintable(hosts->text()));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_COMPARE(m_vault->tokens().size(), 1);
    QCOMPARE(m_vault->tokens().first().fields.value(QStringLiteral("host")).toString(),
             QStringLiteral("gitlab.example.com"));
    QCOMPARE(m_catalog.provider(QStringLiteral("gitlab"))->baseUrlFor(m_vault->tokens().first()),
             QStringLiteral("https://gitlab.example.com/api/v4"));
}

void AddTokenDialogTest::region_choosesTheHost()
{
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("tfp_4Gxyzabcdefghijklmnopqrstuvwxyz0123456789"));
    auto* region = qobject_cast<QComboBox*>(dialog->fieldsForm()->editorFor(QStringLiteral("region")));
    QVERIFY(region);
    region->setCurrentIndex(region->findData(QStringLiteral("eu")));
    auto* hosts = dialog->findChild<QLabel*>(QStringLiteral("serviceHosts"));
    QVERIFY2(hosts->text().contains(QStringLiteral("api.eu.typeform.com")), qPrintable(hosts->text()));
}

void AddTokenDialogTest::requiredFields_blockUntilFilled()
{
    auto dialog = makeDialog();
    chooseByHand(*dialog, QStringLiteral("jira"));
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("ATATT3xFfGF0abcdef"));
    QVERIFY(!dialog->addButton()->isEnabled());
    auto* email = qobject_cast<QLineEdit*>(dialog->fieldsForm()->editorFor(QStringLiteral("email")));
    QVERIFY(email);
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    QVERIFY(dialog->problemText().contains(QStringLiteral("does not look like an email")));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("ada@example.com"));
    auto* host = qobject_cast<QLineEdit*>(dialog->fieldsForm()->editorFor(QStringLiteral("host")));
    if (host) {
        QTest::keyClicks(host, QStringLiteral("example.atlassian.net"));
    }
    QVERIFY2(dialog->addButton()->isEnabled(), qPrintable(dialog->problemText()));
}

void AddTokenDialogTest::customApi_needsAnAddress()
{
    auto dialog = makeDialog();
    chooseByHand(*dialog, QStringLiteral("custom"));
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("some-opaque-token"));
    QVERIFY(!dialog->addButton()->isEnabled());
    auto* address = qobject_cast<QLineEdit*>(dialog->fieldsForm()->editorFor(QStringLiteral("baseUrl")));
    QVERIFY(address);
    QTest::keyClicks(address, QStringLiteral("not a url"));
    QVERIFY(dialog->problemText().contains(QStringLiteral("not a web address")));
    address->clear();
    QTest::keyClicks(address, QStringLiteral("https://api.example.com/v1"));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_COMPARE(m_vault->tokens().size(), 1);
    QCOMPARE(m_vault->tokens().first().baseUrl, QStringLiteral("https://api.example.com/v1"));
}

void AddTokenDialogTest::duplicateName_isExplained()
{
    QString added;
    m_vault->addToken(TokenRecord::create(QStringLiteral("GitHub"), QStringLiteral("github")), QStringLiteral("x"),
                      [&added](const TokenVault::Result& r) { added = r.tokenId; });
    QTRY_VERIFY(!added.isEmpty());
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyz"));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("GitHub 2"));
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("github"));
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(dialog->problemText().contains(QStringLiteral("already exists")));
}

void AddTokenDialogTest::pastedWhitespace_isTrimmedAndSaid()
{
    auto dialog = makeDialog();
    dialog->tokenField()->setText(QStringLiteral("  ghp_0123456789abcdefghijklmnopqrstuvwxyz\n"));
    const auto* note = dialog->findChild<QLabel*>(QStringLiteral("tokenNote"));
    QVERIFY2(note->text().contains(QStringLiteral("Removed spaces")), qPrintable(note->text()));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_COMPARE(m_vault->tokens().size(), 1);
    QCOMPARE(m_store->secrets.value(m_vault->tokens().first().id),
             QByteArray("ghp_0123456789abcdefghijklmnopqrstuvwxyz"));
}

void AddTokenDialogTest::search_filtersServices()
{
    auto dialog = makeDialog();
    QTest::keyClicks(dialog->servicePicker()->searchField(), QStringLiteral("conten"));
    QCOMPARE(dialog->servicePicker()->list()->model()->rowCount(), 1);
    QTest::keyClick(dialog->servicePicker()->searchField(), Qt::Key_Down);
    QCOMPARE(dialog->servicePicker()->currentProviderId(), QStringLiteral("contentful"));
}

void AddTokenDialogTest::harvest_accountChosenFromAFetchedList()
{
    auto dialog = makeDialog();
    chooseByHand(*dialog, QStringLiteral("harvest"));
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("harvest-gui-token"));
    QVERIFY(!dialog->addButton()->isEnabled()); // the account is required
    // Point the token at the local provider-shaped server ("Use another API address…").
    auto* advanced = dialog->fieldsForm()->findChild<QToolButton*>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    QTest::mouseClick(advanced, Qt::LeftButton);
    auto* address = qobject_cast<QLineEdit*>(dialog->fieldsForm()->editorFor(QStringLiteral("baseUrl")));
    QVERIFY(address && address->isVisible());
    QTest::keyClicks(address, qEnvironmentVariable("LATCHKEY_TEST_PROVIDER") + QStringLiteral("/harvest/v2"));

    auto* load = dialog->fieldsForm()->findChild<QPushButton*>(QStringLiteral("load_accountId"));
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    auto* accounts = qobject_cast<QComboBox*>(dialog->fieldsForm()->editorFor(QStringLiteral("accountId")));
    QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 2, 20000);
    QCOMPARE(accounts->itemText(0), QStringLiteral("Acme Studio (123456)"));
    accounts->setCurrentIndex(1);
    QVERIFY2(dialog->addButton()->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_COMPARE(m_vault->tokens().size(), 1);
    QCOMPARE(m_vault->tokens().first().fields.value(QStringLiteral("accountId")).toString(), QStringLiteral("654321"));
}

QTEST_MAIN(AddTokenDialogTest)
#include "AddTokenDialogTest.moc"
