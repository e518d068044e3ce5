#include "CliContext.h"

#include "ConsoleIO.h"
#include "http/RequestRunner.h"
#include "presets/History.h"
#include "presets/PresetStore.h"
#include "presets/ResponseStore.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "storage/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

CliContext::CliContext(QObject* parent)
    : QObject(parent)
{ }

CliContext::~CliContext() = default;

TokenVault& CliContext::vault()
{
    if (!m_vault) {
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_vault = std::make_unique<TokenVault>(m_secrets.get(), AppPaths::tokensFile());
        const JsonFile::LoadResult loaded = m_vault->load();
        if (!loaded.message.isEmpty()) {
            ConsoleIO::error(loaded.message);
        }
    }
    return *m_vault;
}

const ProviderCatalog& CliContext::catalog()
{
    if (!m_catalog) {
        m_catalog = std::make_unique<ProviderCatalog>(ProviderCatalog::load(AppPaths::userProvidersDir()));
        for (const QString& problem : m_catalog->problems()) {
            ConsoleIO::error(tr("provider file skipped: %1").arg(problem));
        }
    }
    return *m_catalog;
}

RequestRunner& CliContext::runner()
{
    if (!m_runner) {
        m_runner = std::make_unique<RequestRunner>();
    }
    return *m_runner;
}

PresetStore& CliContext::presets()
{
    if (!m_presets) {
        m_presets = std::make_unique<PresetStore>(AppPaths::presetsFile());
        const JsonFile::LoadResult loaded = m_presets->load();
        if (!loaded.message.isEmpty()) {
            ConsoleIO::error(loaded.message);
        }
    }
    return *m_presets;
}

History& CliContext::history()
{
    if (!m_history) {
        m_history = std::make_unique<History>(AppPaths::historyFile(), Settings().historyCap());
        const History::LoadReport loaded = m_history->load();
        if (!loaded.message.isEmpty()) {
            ConsoleIO::error(loaded.message);
        }
    }
    return *m_history;
}

ResponseStore& CliContext::responses()
{
    if (!m_responses) {
        m_responses = std::make_unique<ResponseStore>(AppPaths::responsesDir());
    }
    return *m_responses;
}
