#pragma once

#include "vault/TokenDraft.h"

#include <QDialog>
#include <QSet>

class ChoicesFetcher;
class ProviderCatalog;
class ProviderFieldsForm;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class ServicePicker;
class TokenVault;

// "Add token": pick the service (or let Latchkey recognise it from the
// pasted token), paste the token, fill in what the service needs, name it.
// The token goes to the keychain; the dialog closes when it is stored.
class AddTokenDialog : public QDialog
{
    Q_OBJECT
public:
    // `choices` fetches the lists of "choice" fields (Harvest's accounts); may be null.
    AddTokenDialog(TokenVault& vault, const ProviderCatalog& catalog, ChoicesFetcher* choices = nullptr,
                   QWidget* parent = nullptr);

    QString addedTokenId() const { return m_addedTokenId; }
    TokenDraft draft() const;

    // For tests and callers that know the service already.
    void setProvider(const QString& providerId);
    QLineEdit* tokenField() const { return m_token; }
    QLineEdit* nameField() const { return m_name; }
    ServicePicker* servicePicker() const { return m_picker; }
    ProviderFieldsForm* fieldsForm() const { return m_fields; }
    QPushButton* addButton() const { return m_add; }
    QString problemText() const;

public slots:
    void accept() override;

private:
    void providerChanged(const QString& providerId);
    void tokenEdited();
    void refresh();
    void submit();
    void setBusy(bool busy);
    void loadChoices(const QString& fieldId);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    ChoicesFetcher* m_choices;
    ServicePicker* m_picker;
    QLineEdit* m_token;
    QLabel* m_tokenNote;
    QLabel* m_serviceTitle;
    QLabel* m_serviceHelp;
    QPushButton* m_openTokenPage;
    QLabel* m_hosts;
    ProviderFieldsForm* m_fields;
    QLineEdit* m_name;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_add;

    QString m_providerId;
    QString m_addedTokenId;
    bool m_nameEdited = false;
    bool m_providerChosenByHand = false;
    bool m_settingProvider = false;
    bool m_showAllProblems = false;
    bool m_busy = false;
    QSet<QString> m_touched;
};
