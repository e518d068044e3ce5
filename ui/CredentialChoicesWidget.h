#pragma once

#include "interop/ImportPlan.h"

#include <QList>
#include <QWidget>

class ProviderCatalog;
class QComboBox;
class QLineEdit;
class TokenVault;

// One row per credential found in imported material: what it is ("a Bearer
// token in the Authorization header, for api.github.com") and what to do with
// it: keep it in the keychain as a new token (with a name), use one of the
// person's tokens (those for that address first), or leave it out. Used by the
// import preview and by the pasted-curl dialog.
class CredentialChoicesWidget : public QWidget
{
    Q_OBJECT
public:
    CredentialChoicesWidget(const TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent = nullptr);

    // Shows the credentials of `plan` with its choices.
    void setPlan(const ImportPlan& plan);
    // Writes the person's choices into `plan`.
    void applyTo(ImportPlan& plan) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

    QComboBox* choiceBox(int row) const { return m_rows.value(row).choice; }
    QLineEdit* nameField(int row) const { return m_rows.value(row).name; }

signals:
    void changed();

private:
    struct Row
    {
        QString reference;
        QString providerId;
        QComboBox* choice = nullptr;
        QLineEdit* name = nullptr;
    };

    const TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    QList<Row> m_rows;
};
