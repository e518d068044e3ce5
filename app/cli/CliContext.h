#pragma once

#include <QObject>

#include <memory>

class KeychainSecretStore;
class ProviderCatalog;
class RequestRunner;
class TokenVault;

// What the subcommands share, created when first needed: the keychain, the
// token vault, the provider catalog, the HTTP runner. Problems found while loading (a corrupt file moved aside) are
// reported on stderr once.
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject* parent = nullptr);
    ~CliContext() override;

    TokenVault& vault();
    const ProviderCatalog& catalog();
    RequestRunner& runner();

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ProviderCatalog> m_catalog;
    std::unique_ptr<RequestRunner> m_runner;
};
