#pragma once

#include "ImportPlan.h"
#include "vault/SecretStore.h"
#include "vault/TokenVault.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class PresetStore;
class ProviderCatalog;

// Carries out an ImportPlan: keeps the chosen secrets in the keychain as new
// tokens (one after the other, through TokenVault), then writes every preset
// in one go. If anything fails, what was already done is undone (new tokens
// removed again, a new collection dropped), so an import never stops half-way.
// The secrets live only in the plan's ImportResult, in memory; they are
// handed to the vault and nowhere else.
class ImportApplier : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        bool ok = false;
        QString error; // when not ok: a sentence for people (never a secret)
        TokenVault::Error vaultError = TokenVault::Error::None; // Keychain: the keychain refused
        QString collectionId;
        QString collectionName;
        QStringList presetIds;
        QStringList presetNames;
        QStringList newTokens; // names of the tokens added
        QStringList usedTokens; // names of existing tokens the presets use
        QStringList notes; // what the person should still know or do
    };

    ImportApplier(TokenVault& vault, PresetStore& store, const ProviderCatalog& catalog, QObject* parent = nullptr);

    // Starts applying `plan`; emits finished() once, from the event loop.
    void apply(const ImportPlan& plan);
    bool isBusy() const { return m_busy; }

signals:
    void finished(const ImportApplier::Report& report);

private:
    void addNextToken();
    void savePresets();
    void fail(const QString& message, TokenVault::Error error);
    void rollBack(std::function<void()> then);
    void done();

    TokenVault& m_vault;
    PresetStore& m_store;
    const ProviderCatalog& m_catalog;
    ImportPlan m_plan;
    Report m_report;
    qsizetype m_next = 0;
    QHash<QString, QString> m_tokenIds; // reference → token id
    QStringList m_addedTokenIds;
    bool m_createdCollection = false;
    bool m_busy = false;
};
