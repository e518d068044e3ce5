#pragma once

#include <QComboBox>

class ProviderCatalog;
class TokenVault;

// Picks the token a request is sent with: each token with its service's icon,
// "name — service · account", and "No token" first. Follows the vault.
class TokenComboBox : public QComboBox
{
    Q_OBJECT
public:
    TokenComboBox(TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent = nullptr);

    QString currentTokenId() const;
    void setCurrentToken(const QString& id);

signals:
    void tokenChanged(const QString& id);

private:
    void rebuild();

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    bool m_rebuilding = false;
};
