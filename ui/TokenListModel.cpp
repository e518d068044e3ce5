#include "TokenListModel.h"

#include "ProviderIcon.h"
#include "data/HumanFormat.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

TokenListModel::TokenListModel(TokenVault& vault, const ProviderCatalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_vault(vault)
    , m_catalog(catalog)
{
    connect(&m_vault, &TokenVault::tokenAdded, this, &TokenListModel::reset);
    connect(&m_vault, &TokenVault::tokenRemoved, this, &TokenListModel::reset);
    connect(&m_vault, &TokenVault::reloaded, this, &TokenListModel::reset);
    connect(&m_vault, &TokenVault::tokenChanged, this, [this](const QString& id) {
        const QModelIndex changed = indexOfToken(id);
        if (changed.isValid()) {
            emit dataChanged(changed, changed);
        }
    });
}

void TokenListModel::reset()
{
    beginResetModel();
    endResetModel();
}

int TokenListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_vault.tokens().size());
}

QVariant TokenListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_vault.tokens().size()) {
        return {};
    }
    const TokenRecord& token = m_vault.tokens().at(index.row());
    const Provider& provider = m_catalog.providerOrCustom(token.providerId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return token.name;
    case Qt::DecorationRole:
        return ProviderIcon::forProvider(provider);
    case IdRole:
        return token.id;
    case ProviderNameRole:
        return provider.name;
    case AccountRole:
        return token.account;
    case SubtitleRole:
        return token.account.isEmpty() ? provider.name : tr("%1 · %2").arg(provider.name, token.account);
    case ExpiryStateRole:
        return token.isExpired() ? Expired : token.expiresSoon() ? ExpirySoon : ExpiryOk;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 token").arg(provider.name);
        if (!token.account.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Account: %1").arg(token.account);
        }
        tip += QLatin1Char('\n') + tr("Last used: %1").arg(HumanFormat::dateTime(token.lastUsedAt, tr("never")));
        if (token.expiresAt.isValid()) {
            tip += QLatin1Char('\n')
                + (token.isExpired()
                       ? tr("Expired on %1").arg(HumanFormat::date(token.expiresAt, {}))
                       : tr("Expires %1 (%2)")
                             .arg(HumanFormat::date(token.expiresAt, {}), HumanFormat::relative(token.expiresAt)));
        }
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return data(index, SubtitleRole);
    default:
        return {};
    }
}

bool TokenListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole) {
        return false;
    }
    const TokenRecord& token = m_vault.tokens().at(index.row());
    if (value.toString().trimmed() == token.name) {
        return false;
    }
    const TokenVault::Result result = m_vault.renameToken(token.id, value.toString());
    if (!result.ok()) {
        emit renameRefused(result.message);
        return false;
    }
    return true;
}

Qt::ItemFlags TokenListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !m_vault.isReadOnly()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "tokenId");
    names.insert(SubtitleRole, "subtitle");
    return names;
}

QModelIndex TokenListModel::indexOfToken(const QString& id) const
{
    const QList<TokenRecord>& tokens = m_vault.tokens();
    for (int row = 0; row < tokens.size(); ++row) {
        if (tokens.at(row).id == id) {
            return index(row);
        }
    }
    return {};
}
