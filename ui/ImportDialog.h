#pragma once

#include "interop/ImportPlan.h"

#include <QDialog>

class CredentialChoicesWidget;
class PresetStore;
class ProviderCatalog;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class TokenVault;

// The import preview: what a file holds before anything is saved. The
// requests with a tick each (for a HAR file: the browser's requests with
// their status and type, so the person picks the few that matter), the
// credentials found and what becomes of them, the options that were ignored,
// and the collection the presets go to.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const ImportPlan& plan, const TokenVault& vault, const ProviderCatalog& catalog,
                 const PresetStore& store, QWidget* parent = nullptr);

    // The plan with the person's choices: only the ticked requests.
    ImportPlan plan() const;

    QTreeWidget* requestList() const { return m_requests; }
    CredentialChoicesWidget* credentials() const { return m_credentials; }
    QComboBox* collectionBox() const { return m_collection; }

private:
    void updateButtons();

    ImportPlan m_plan;
    const TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    QTreeWidget* m_requests;
    CredentialChoicesWidget* m_credentials;
    QComboBox* m_collection;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
