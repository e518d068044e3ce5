#include "TokenDetailsPanel.h"

#include "TokenActions.h"
#include "data/HumanFormat.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A button that triggers `action` and follows its enabled state, with its own (shorter) text.
QToolButton* buttonFor(QAction* action, const QString& text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QObject::connect(button, &QToolButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

const QString masked = QString(12, QChar(0x2022));

} // namespace

TokenDetailsPanel::TokenDetailsPanel(TokenVault& vault, const ProviderCatalog& catalog, TokenActions& actions,
                                     QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_secret(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenDetails"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));

    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("Token (hidden)"));
    m_secret->setText(masked);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the token for %n second(s)", nullptr, revealForMs / 1000));
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(revealForMs);
    connect(&m_hideTimer, &QTimer::timeout, this, [this] { m_reveal->setChecked(false); });
    connect(m_reveal, &QToolButton::toggled, this, &TokenDetailsPanel::setRevealed);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(buttonFor(actions.copyAction(), tr("Copy"), this));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Token:"), secretRow);
    m_service = addRow(tr("Service:"), QStringLiteral("detailService"));
    m_account = addRow(tr("Account:"), QStringLiteral("detailAccount"));
    m_hosts = addRow(tr("Sent only to:"), QStringLiteral("detailHosts"));
    m_created = addRow(tr("Added:"), QStringLiteral("detailCreated"));
    m_lastUsed = addRow(tr("Last used:"), QStringLiteral("detailLastUsed"));
    m_expires = addRow(tr("Expires:"), QStringLiteral("detailExpires"));
    m_scopes = addRow(tr("Permissions:"), QStringLiteral("detailScopes"));
    m_rateLimit = addRow(tr("Rate limit:"), QStringLiteral("detailRateLimit"));
    m_checked = addRow(tr("Last checked:"), QStringLiteral("detailChecked"));

    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setOpenExternalLinks(true);
    m_testResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* testButton = new QPushButton(tr("Test token"), this);
    testButton->setObjectName(QStringLiteral("testButton"));
    testButton->setToolTip(actions.testAction()->toolTip());
    connect(testButton, &QPushButton::clicked, actions.testAction(), &QAction::trigger);
    connect(actions.testAction(), &QAction::changed, testButton,
            [testButton, &actions] { testButton->setEnabled(actions.testAction()->isEnabled()); });
    connect(&actions, &TokenActions::testStarted, this, [this](const QString& id) {
        m_tests[id] = {true, {}};
        if (id == m_id) {
            showTestResult();
        }
    });
    connect(&actions, &TokenActions::testFinished, this, [this](const QString& id, const TokenTester::Facts& facts) {
        m_tests[id] = {false, facts};
        if (id == m_id) {
            showTestResult();
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(testButton);
    buttons->addWidget(buttonFor(actions.renameAction(), tr("Rename…"), this));
    buttons->addWidget(buttonFor(actions.removeAction(), tr("Remove…"), this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);
    layout->addStretch(1);

    connect(&m_vault, &TokenVault::tokenChanged, this, [this](const QString& id) {
        if (id == m_id) {
            refresh();
        }
    });
    showToken({});
}

QLabel* TokenDetailsPanel::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

QString TokenDetailsPanel::fieldText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void TokenDetailsPanel::showToken(const QString& id)
{
    if (id != m_id) {
        m_reveal->setChecked(false);
    }
    m_id = id;
    refresh();
}

void TokenDetailsPanel::refresh()
{
    const auto token = m_vault.token(m_id);
    setVisible(token.has_value());
    if (!token) {
        return;
    }
    const Provider& provider = m_catalog.providerOrCustom(token->providerId);
    const QString never = tr("never");
    m_title->setText(token->name);
    m_subtitle->setText(token->account.isEmpty() ? tr("%1 token").arg(provider.name)
                                                 : tr("%1 token of %2").arg(provider.name, token->account));
    m_service->setText(provider.name);
    m_account->setText(token->account.isEmpty() ? tr("not known yet") : token->account);
    const QStringList hosts = provider.hostsFor(*token);
    m_hosts->setText(hosts.isEmpty() ? tr("nowhere yet: the service's address is missing")
                                     : hosts.join(QStringLiteral(", ")));
    m_created->setText(HumanFormat::dateTime(token->createdAt, never));
    m_lastUsed->setText(HumanFormat::dateTime(token->lastUsedAt, never));
    if (!token->expiresAt.isValid()) {
        m_expires->setText(tr("not known"));
    } else if (token->isExpired()) {
        m_expires->setText(tr("EXPIRED on %1 — create a new token on the service's website")
                               .arg(HumanFormat::date(token->expiresAt, {})));
    } else {
        m_expires->setText(tr("%1 (%2)%3")
                               .arg(HumanFormat::date(token->expiresAt, {}), HumanFormat::relative(token->expiresAt),
                                    token->expiresSoon() ? tr(" — soon!") : QString()));
    }
    m_scopes->setText(token->scopes.isEmpty() ? tr("not known") : token->scopes.join(QStringLiteral(", ")));
    m_rateLimit->setText(token->rateLimit.isEmpty() ? tr("not known") : token->rateLimit);
    m_checked->setText(HumanFormat::dateTime(token->lastCheckedAt, never));
    showTestResult();
}

QString TokenDetailsPanel::testResultText() const
{
    return m_testResult->isVisible() ? m_testResult->text() : QString();
}

void TokenDetailsPanel::showTestResult()
{
    const auto found = m_tests.constFind(m_id);
    if (found == m_tests.constEnd()) {
        m_testResult->hide();
        return;
    }
    const auto token = m_vault.token(m_id);
    const Provider& provider = m_catalog.providerOrCustom(token ? token->providerId : QString());
    QString html;
    if (found->running) {
        html = tr("Asking %1 about this token…").arg(provider.name.toHtmlEscaped());
    } else {
        const TokenTester::Facts& facts = found->facts;
        const QString colour = facts.accepted ? QStringLiteral("#1a7f37") : QStringLiteral("#c62828");
        html = QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                   .arg(colour, facts.accepted ? QStringLiteral("\u2714") : QStringLiteral("\u2716"),
                        facts.message.toHtmlEscaped());
        if (facts.failure == TokenTester::Failure::Rejected && token && !provider.tokenPage.isEmpty()) {
            html += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(provider.tokenPageFor(*token).toHtmlEscaped(), tr("Open the token page"));
        }
    }
    m_testResult->setText(html);
    m_testResult->show();
}

void TokenDetailsPanel::setRevealed(bool revealed)
{
    if (!revealed) {
        m_hideTimer.stop();
        m_secret->setText(masked);
        m_secret->setAccessibleName(tr("Token (hidden)"));
        m_reveal->setText(tr("Show"));
        return;
    }
    const QString id = m_id;
    m_reveal->setEnabled(false);
    m_vault.readSecret(id, [this, guard = QPointer<TokenDetailsPanel>(this), id](const TokenVault::Result& result) {
        if (!guard) {
            return;
        }
        m_reveal->setEnabled(true);
        if (id != m_id || !m_reveal->isChecked()) {
            return;
        }
        if (!result.ok()) {
            m_reveal->setChecked(false);
            emit problem(result.message);
            return;
        }
        m_secret->setText(QString::fromUtf8(result.secret));
        m_secret->setAccessibleName(tr("Token (shown)"));
        m_reveal->setText(tr("Hide"));
        m_hideTimer.start();
    });
}
