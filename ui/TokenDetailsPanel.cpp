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

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(actions.renameAction(), tr("Rename…"), this));
    buttons->addWidget(buttonFor(actions.removeAction(), tr("Remove…"), this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
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
