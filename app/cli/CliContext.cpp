#include "CliContext.h"

#include "ConsoleIO.h"
#include "storage/AppPaths.h"
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
