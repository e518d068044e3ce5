#include "CredentialChoicesWidget.h"

#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace {

using Action = CredentialChoice::Action;

const QString newValue = QStringLiteral("new");
const QString leaveValue = QStringLiteral("leave");

} // namespace

CredentialChoicesWidget::CredentialChoicesWidget(const TokenVault& vault, const ProviderCatalog& catalog,
                                                 QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_catalog(catalog)
{
    new QVBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
}

void CredentialChoicesWidget::setPlan(const ImportPlan& plan)
{
    QLayoutItem* item = nullptr;
    while ((item = layout()->takeAt(0)) != nullptr) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    for (qsizetype i = 0; i < plan.result.credentials.size() && i < plan.choices.size(); ++i) {
        const DetectedCredential& credential = plan.result.credentials.at(i);
        const CredentialChoice& chosen = plan.choices.at(i);
        auto* box = new QWidget(this);
        auto* form = new QFormLayout(box);
        form->setContentsMargins(0, 0, 0, 6);
        QString what = credential.describe();
        if (!credential.host.isEmpty()) {
            what = tr("%1, for %2").arg(what, credential.host);
        }
        if (!credential.hasSecret()) {
            what = tr("%1 (only a placeholder)").arg(what);
        }
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), box);
        label->setWordWrap(true);
        form->addRow(label);

        Row row;
        row.reference = credential.reference;
        row.providerId = chosen.providerId;
        row.choice = new QComboBox(box);
        row.choice->setObjectName(QStringLiteral("credentialChoice%1").arg(i));
        row.choice->setAccessibleName(tr("What to do with it"));
        if (ImportPlan::canBecomeToken(credential)) {
            const QString service
                = m_catalog.providerOrCustom(chosen.providerId.isEmpty() ? credential.providerId : chosen.providerId)
                      .name;
            row.choice->addItem(tr("Keep it in the keychain as a new %1 token").arg(service), newValue);
        }
        QList<TokenRecord> tokens = ImportPlan::tokensFor(
            credential.host.isEmpty() ? QString() : QStringLiteral("https://%1/").arg(credential.host),
            credential.providerId, m_vault, m_catalog);
        for (const TokenRecord& token : m_vault.tokens()) {
            if (!std::any_of(tokens.begin(), tokens.end(),
                             [&token](const TokenRecord& listed) { return listed.id == token.id; })) {
                tokens.append(token);
            }
        }
        if (credential.kind != DetectedCredential::Kind::Cookie) {
            for (const TokenRecord& token : std::as_const(tokens)) {
                row.choice->addItem(tr("Use my token \"%1\"").arg(token.name),
                                    QString(QStringLiteral("use:") + token.id));
            }
        }
        row.choice->addItem(credential.kind == DetectedCredential::Kind::Cookie
                                ? tr("Leave them out (Latchkey uses tokens, not browser sessions)")
                                : tr("Leave it out"),
                            leaveValue);
        QString current = leaveValue;
        if (chosen.action == Action::NewToken) {
            current = newValue;
        } else if (chosen.action == Action::UseToken) {
            current = QStringLiteral("use:") + chosen.tokenId;
        }
        row.choice->setCurrentIndex(std::max(0, row.choice->findData(current)));
        form->addRow(tr("Do this:"), row.choice);

        row.name = new QLineEdit(chosen.tokenName, box);
        row.name->setObjectName(QStringLiteral("credentialName%1").arg(i));
        row.name->setAccessibleName(tr("Name of the new token"));
        form->addRow(tr("Token name:"), row.name);
        QComboBox* choiceBox = row.choice;
        QLineEdit* nameField = row.name;
        auto update = [choiceBox, nameField, form] {
            const bool isNew = choiceBox->currentData().toString() == newValue;
            form->setRowVisible(nameField, isNew);
        };
        update();
        connect(row.choice, &QComboBox::currentIndexChanged, this, [this, update] {
            update();
            emit changed();
        });
        connect(row.name, &QLineEdit::textChanged, this, &CredentialChoicesWidget::changed);
        layout()->addWidget(box);
        m_rows.append(row);
    }
}

void CredentialChoicesWidget::applyTo(ImportPlan& plan) const
{
    for (const Row& row : m_rows) {
        CredentialChoice* choice = plan.choice(row.reference);
        if (!choice) {
            continue;
        }
        const QString value = row.choice->currentData().toString();
        if (value == newValue) {
            choice->action = Action::NewToken;
            choice->tokenName = row.name->text().trimmed();
            if (choice->providerId.isEmpty()) {
                const DetectedCredential* credential = plan.result.credential(row.reference);
                choice->providerId = credential && m_catalog.provider(credential->providerId)
                    ? credential->providerId
                    : QStringLiteral("custom");
            }
        } else if (value.startsWith(QStringLiteral("use:"))) {
            choice->action = Action::UseToken;
            choice->tokenId = value.mid(4);
        } else {
            choice->action = Action::LeaveOut;
        }
    }
}
