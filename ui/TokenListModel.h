#pragma once

#include <QAbstractListModel>

class ProviderCatalog;
class TokenVault;

// The tokens of a TokenVault as a list for views: name, service, account,
// and whether the token has expired or expires soon. Follows the vault's signals.
class TokenListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProviderNameRole,
        AccountRole,
        SubtitleRole,
        ExpiryStateRole, // ExpiryState
    };
    enum ExpiryState {
        ExpiryOk = 0,
        ExpirySoon = 1,
        Expired = 2
    };

    TokenListModel(TokenVault& vault, const ProviderCatalog& catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfToken(const QString& id) const;

signals:
    // A rename typed in a view was refused (duplicate or empty name).
    void renameRefused(const QString& message);

private:
    void reset();

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
};
