#include "ImportApplier.h"

#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"

#include <QTimer>

ImportApplier::ImportApplier(TokenVault& vault, PresetStore& store, const ProviderCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_catalog(catalog)
{ }

void ImportApplier::apply(const ImportPlan& plan)
{
    m_plan = plan;
    m_report = Report();
    m_next = 0;
    m_tokenIds.clear();
    m_addedTokenIds.clear();
    m_createdCollection = false;
    m_busy = true;
    const QStringList problems = m_plan.problems(m_vault, m_catalog);
    if (!problems.isEmpty()) {
        QTimer::singleShot(0, this, [this, problems] { fail(problems.join(QLatin1Char(' ')), {}); });
        return;
    }
    for (const CredentialChoice& choice : std::as_const(m_plan.choices)) {
        if (choice.action == CredentialChoice::Action::UseToken) {
            m_tokenIds.insert(choice.reference, choice.tokenId);
            if (const auto token = m_vault.token(choice.tokenId); token && !m_report.usedTokens.contains(token->name)) {
                m_report.usedTokens.append(token->name);
            }
        }
    }
    QTimer::singleShot(0, this, &ImportApplier::addNextToken);
}

void ImportApplier::addNextToken()
{
    while (m_next < m_plan.choices.size() && m_plan.choices.at(m_next).action != CredentialChoice::Action::NewToken) {
        ++m_next;
    }
    if (m_next >= m_plan.choices.size()) {
        savePresets();
        return;
    }
    const CredentialChoice choice = m_plan.choices.at(m_next++);
    const DetectedCredential* credential = m_plan.result.credential(choice.reference);
    if (!credential) {
        addNextToken();
        return;
    }
    const TokenRecord record = m_plan.newToken(*credential, choice, m_catalog, &m_report.notes);
    const QString reference = choice.reference;
    m_vault.addToken(
        record, QString::fromUtf8(credential->secret), [this, reference, record](const TokenVault::Result& result) {
            if (!result.ok()) {
                fail(tr("The token \"%1\" could not be kept: %2").arg(record.name, result.message), result.error);
                return;
            }
            m_addedTokenIds.append(result.tokenId);
            m_tokenIds.insert(reference, result.tokenId);
            m_report.newTokens.append(record.name);
            addNextToken();
        });
}

void ImportApplier::savePresets()
{
    if (m_plan.result.requests.isEmpty()) {
        done();
        return;
    }
    const QString name = m_plan.collectionName.trimmed();
    QString collectionId;
    for (const Collection& collection : m_store.collections()) {
        if (collection.name.compare(name, Qt::CaseInsensitive) == 0) {
            collectionId = collection.id;
            break;
        }
    }
    if (collectionId.isEmpty()) {
        const PresetStore::Result added = m_store.addCollection(name);
        if (!added.ok()) {
            fail(added.error, TokenVault::Error::Storage);
            return;
        }
        collectionId = added.id;
        m_createdCollection = true;
    }
    m_report.collectionId = collectionId;
    m_report.collectionName = m_store.collection(collectionId) ? m_store.collection(collectionId)->name : name;
    const QList<Preset> presets
        = m_plan.presets(m_tokenIds, collectionId, m_store, m_vault, m_catalog, &m_report.notes);
    const PresetStore::Result saved = m_store.addAll(presets);
    if (!saved.ok()) {
        fail(saved.error, TokenVault::Error::Storage);
        return;
    }
    for (const Preset& preset : presets) {
        m_report.presetNames.append(preset.name);
        const auto stored = m_store.find(preset.name);
        m_report.presetIds.append(stored ? stored->id : preset.id);
    }
    done();
}

void ImportApplier::fail(const QString& message, TokenVault::Error error)
{
    m_report.ok = false;
    m_report.error = message;
    m_report.vaultError = error;
    m_report.newTokens.clear();
    m_report.presetIds.clear();
    m_report.presetNames.clear();
    rollBack([this] {
        m_busy = false;
        emit finished(m_report);
    });
}

void ImportApplier::rollBack(std::function<void()> then)
{
    if (m_createdCollection) {
        m_store.removeCollection(m_report.collectionId);
        m_createdCollection = false;
    }
    if (m_addedTokenIds.isEmpty()) {
        then();
        return;
    }
    const QString id = m_addedTokenIds.takeLast();
    m_vault.removeToken(id, [this, then](const TokenVault::Result&) { rollBack(then); });
}

void ImportApplier::done()
{
    m_report.ok = true;
    m_busy = false;
    emit finished(m_report);
}
