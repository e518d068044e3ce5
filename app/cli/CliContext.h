#pragma once

#include <QObject>

#include <memory>

class History;
class KeychainSecretStore;
class PresetStore;
class ProviderCatalog;
class ResponseStore;
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
    // Presets, loaded once; a damaged file is reported (and kept aside) on first use.
    PresetStore& presets();
    History& history();
    ResponseStore& responses();

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ProviderCatalog> m_catalog;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<History> m_history;
    std::unique_ptr<ResponseStore> m_responses;
};
