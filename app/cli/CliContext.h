#pragma once

#include <QObject>

#include <memory>

class KeychainSecretStore;
class TokenVault;

// What the subcommands share, created when first needed: the keychain, the
// token vault. Problems found while loading (a corrupt file moved aside) are
// reported on stderr once.
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject* parent = nullptr);
    ~CliContext() override;

    TokenVault& vault();

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
};
