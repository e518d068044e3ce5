#include "AddTokenDialog.h"

#include "ProviderFieldsForm.h"
#include "ServicePicker.h"
#include "providers/ChoicesFetcher.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenInput.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

AddTokenDialog::AddTokenDialog(TokenVault& vault, const ProviderCatalog& catalog, ChoicesFetcher* choices,
                               QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_choices(choices)
    , m_picker(new ServicePicker(catalog, this))
    , m_token(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
    , m_serviceTitle(new QLabel(this))
    , m_serviceHelp(new QLabel(this))
    , m_openTokenPage(new QPushButton(tr("Open the page where the token is created"), this))
    , m_hosts(new QLabel(this))
    , m_fields(new ProviderFieldsForm(this))
    , m_name(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_add(m_buttons->addButton(tr("Add token"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Add a token"));
    setObjectName(QStringLiteral("addTokenDialog"));

    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste the token you copied from the service"));
    m_token->setAccessibleName(tr("Token"));
    QAction* reveal
        = m_token->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide the token"));
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setWordWrap(true);
    m_serviceTitle->setObjectName(QStringLiteral("serviceTitle"));
    QFont title = m_serviceTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_serviceTitle->setFont(title);
    m_serviceHelp->setWordWrap(true);
    m_serviceHelp->setObjectName(QStringLiteral("serviceHelp"));
    m_hosts->setWordWrap(true);
    m_hosts->setObjectName(QStringLiteral("serviceHosts"));
    m_openTokenPage->setObjectName(QStringLiteral("openTokenPage"));
    m_openTokenPage->setAutoDefault(false);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setAccessibleName(tr("Name"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);

    auto* serviceBox = new QFrame(this);
    serviceBox->setFrameShape(QFrame::StyledPanel);
    auto* serviceLayout = new QVBoxLayout(serviceBox);
    serviceLayout->addWidget(m_serviceTitle);
    serviceLayout->addWidget(m_serviceHelp);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_openTokenPage);
    pageRow->addStretch(1);
    serviceLayout->addLayout(pageRow);
    serviceLayout->addWidget(m_hosts);

    auto* form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenNote);
    form->addRow(tr("&Name:"), m_name);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(serviceBox);
    right->addWidget(m_fields);
    right->addStretch(1);
    right->addWidget(m_problems);

    auto* columns = new QHBoxLayout;
    m_picker->setMinimumWidth(220);
    m_picker->setMaximumWidth(280);
    columns->addWidget(m_picker);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(780, 560);

    setTabOrder(m_token, m_name);
    setTabOrder(m_name, m_openTokenPage);

    connect(m_picker, &ServicePicker::providerChanged, this, [this](const QString& id) {
        if (!m_settingProvider) {
            m_providerChosenByHand = true;
        }
        providerChanged(id);
    });
    connect(m_token, &QLineEdit::textChanged, this, &AddTokenDialog::tokenEdited);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        m_touched.insert(QStringLiteral("name"));
        refresh();
    });
    connect(m_fields, &ProviderFieldsForm::changed, this, [this] {
        m_touched.insert(QStringLiteral("fields"));
        refresh();
    });
    connect(m_fields, &ProviderFieldsForm::choicesRequested, this, &AddTokenDialog::loadChoices);
    connect(m_openTokenPage, &QPushButton::clicked, this, [this] {
        const Provider& provider = m_catalog.providerOrCustom(m_providerId);
        QDesktopServices::openUrl(QUrl(provider.tokenPageFor(draft().toRecord())));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString first = m_catalog.providers().isEmpty() ? QStringLiteral("custom") : m_catalog.providers().first().id;
    setProvider(first);
    m_providerChosenByHand = false;
    m_token->setFocus();
}

void AddTokenDialog::setProvider(const QString& providerId)
{
    m_settingProvider = true;
    m_picker->setCurrentProvider(providerId);
    m_settingProvider = false;
    if (m_providerId != providerId) {
        providerChanged(providerId);
    }
}

void AddTokenDialog::providerChanged(const QString& providerId)
{
    m_providerId = providerId;
    const Provider& provider = m_catalog.providerOrCustom(providerId);
    m_serviceTitle->setText(provider.advanced ? tr("%1 (advanced)").arg(provider.name) : provider.name);
    m_serviceHelp->setText(provider.help);
    m_openTokenPage->setVisible(!provider.tokenPage.isEmpty());
    m_fields->setProvider(provider);
    if (!m_nameEdited) {
        m_name->setText(TokenDraft::suggestName(provider.isCustom() ? tr("My API") : provider.name, m_vault));
    }
    tokenEdited();
}

TokenDraft AddTokenDialog::draft() const
{
    TokenDraft draft;
    draft.providerId = m_providerId;
    draft.name = m_name->text();
    draft.pasted = m_token->text();
    draft.fields = m_fields->fieldValues();
    draft.baseUrl = m_fields->baseUrl();
    draft.customAuthScheme = m_fields->customAuthScheme();
    draft.customAuthName = m_fields->customAuthName();
    return draft;
}

void AddTokenDialog::tokenEdited()
{
    const TokenInput::Result input = TokenInput::normalize(m_token->text());
    QStringList notes;
    if (!m_token->text().isEmpty()) {
        m_touched.insert(QStringLiteral("token"));
    }
    if (input.ok()) {
        const ProviderCatalog::Recognition recognized = m_catalog.recognize(input.secret);
        if (recognized.ok() && !m_providerChosenByHand && recognized.providerId != m_providerId) {
            setProvider(recognized.providerId);
            return; // providerChanged() comes back here
        }
        if (recognized.ok() && recognized.providerId == m_providerId) {
            notes.append(tr("Recognised as a %1 token.").arg(m_catalog.providerOrCustom(m_providerId).name));
        }
        notes.append(input.notes);
    }
    m_tokenNote->setText(notes.join(QLatin1Char(' ')));
    m_tokenNote->setVisible(!notes.isEmpty());
    refresh();
}

void AddTokenDialog::refresh()
{
    const TokenDraft current = draft();
    const Provider& provider = m_catalog.providerOrCustom(m_providerId);
    const QStringList hosts = provider.hostsFor(current.toRecord());
    m_hosts->setText(hosts.isEmpty() ? tr("The token will only be sent to the address you type below.")
                                     : tr("The token will only be sent to: %1").arg(hosts.join(QStringLiteral(", "))));

    const QList<TokenDraft::Problem> problems = current.check(m_catalog, m_vault);
    QStringList shown;
    bool blocking = false;
    for (const TokenDraft::Problem& problem : problems) {
        blocking = blocking || problem.blocking;
        const QString area = problem.field == QStringLiteral("name") || problem.field == QStringLiteral("token")
            ? problem.field
            : QStringLiteral("fields");
        if (!problem.blocking || m_showAllProblems || m_touched.contains(area)) {
            shown.append(problem.message);
        }
    }
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setVisible(!shown.isEmpty());
    m_add->setEnabled(!blocking && !m_busy);
}

QString AddTokenDialog::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void AddTokenDialog::accept()
{
    if (!m_addedTokenId.isEmpty()) {
        QDialog::accept();
        return;
    }
    submit();
}

void AddTokenDialog::submit()
{
    m_showAllProblems = true;
    const TokenDraft current = draft();
    if (!current.canAdd(m_catalog, m_vault) || m_busy) {
        refresh();
        return;
    }
    setBusy(true);
    m_vault.addToken(current.toRecord(), current.pasted,
                     [this, guard = QPointer<AddTokenDialog>(this)](const TokenVault::Result& result) {
                         if (!guard) {
                             return;
                         }
                         setBusy(false);
                         if (!result.ok()) {
                             m_problems->setText(result.message);
                             m_problems->setVisible(true);
                             return;
                         }
                         m_addedTokenId = result.tokenId;
                         m_token->clear();
                         QDialog::accept();
                     });
}

void AddTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_add->setText(busy ? tr("Saving in the keychain…") : tr("Add token"));
    for (QWidget* widget : {static_cast<QWidget*>(m_picker), static_cast<QWidget*>(m_token),
                            static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_fields)}) {
        widget->setEnabled(!busy);
    }
    refresh();
}

void AddTokenDialog::loadChoices(const QString& fieldId)
{
    const TokenDraft current = draft();
    const TokenInput::Result input = TokenInput::normalize(current.pasted);
    if (!input.ok()) {
        m_fields->setChoicesStatus(fieldId, tr("Paste the token first: the list is fetched with it."));
        return;
    }
    if (!m_choices) {
        return;
    }
    const Provider& provider = m_catalog.providerOrCustom(current.providerId);
    m_fields->setChoicesStatus(fieldId, tr("Asking %1…").arg(provider.name));
    m_choices->fetch(provider, current.toRecord(), input.secret, fieldId,
                     [this, guard = QPointer<AddTokenDialog>(this), fieldId](const ChoicesFetcher::Result& result) {
                         if (!guard) {
                             return;
                         }
                         if (!result.error.isEmpty()) {
                             m_fields->setChoicesStatus(fieldId, result.error);
                             return;
                         }
                         m_fields->setChoices(fieldId, result.choices);
                         m_fields->setChoicesStatus(fieldId,
                                                    tr("%n to choose from.", nullptr, int(result.choices.size())));
                     });
}
