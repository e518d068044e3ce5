#include "TokenComboBox.h"

#include "ProviderIcon.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

TokenComboBox::TokenComboBox(TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent)
    : QComboBox(parent)
    , m_vault(vault)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("tokenPicker"));
    setAccessibleName(tr("Token"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    connect(&m_vault, &TokenVault::tokenAdded, this, &TokenComboBox::rebuild);
    connect(&m_vault, &TokenVault::tokenRemoved, this, &TokenComboBox::rebuild);
    connect(&m_vault, &TokenVault::tokenChanged, this, &TokenComboBox::rebuild);
    connect(&m_vault, &TokenVault::reloaded, this, &TokenComboBox::rebuild);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding) {
            emit tokenChanged(currentTokenId());
        }
    });
    rebuild();
}

QString TokenComboBox::currentTokenId() const
{
    return currentData().toString();
}

void TokenComboBox::setCurrentToken(const QString& id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

void TokenComboBox::rebuild()
{
    const QString current = currentTokenId();
    m_rebuilding = true;
    clear();
    addItem(tr("No token"), QString());
    for (const TokenRecord& token : m_vault.tokens()) {
        const Provider& provider = m_catalog.providerOrCustom(token.providerId);
        const QString detail
            = token.account.isEmpty() ? provider.name : tr("%1 · %2").arg(provider.name, token.account);
        addItem(ProviderIcon::forProvider(provider), tr("%1 — %2").arg(token.name, detail), token.id);
    }
    const int index = findData(current);
    setCurrentIndex(index >= 0 ? index : 0);
    m_rebuilding = false;
    if (currentTokenId() != current) {
        emit tokenChanged(currentTokenId());
    }
}
