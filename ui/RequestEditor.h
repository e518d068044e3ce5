#pragma once

#include "http/RequestSpec.h"

#include <QWidget>

class BodyEditor;
class KeyValueTable;
class ProviderCatalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QToolButton;
class TokenComboBox;
class TokenVault;

// Composing a request: the token, the method (only reading methods until the
// token may change things), the address (a path is put after the token's
// service address, shown underneath), query parameters in step with the
// address, headers (the service's own shown read-only, the token masked),
// and a body. {{variables}} may appear anywhere.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    RequestEditor(TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent = nullptr);

    RequestSpec spec() const;
    void setSpec(const RequestSpec& spec);
    void setBusy(bool busy);
    void setCurrentToken(const QString& id);
    QString currentTokenId() const;
    void focusAddress();

    TokenComboBox* tokenPicker() const { return m_token; }
    QComboBox* methodBox() const { return m_method; }
    QLineEdit* addressField() const { return m_address; }
    QPushButton* sendButton() const { return m_send; }
    KeyValueTable* paramsTable() const { return m_params; }
    KeyValueTable* headersTable() const { return m_headers; }
    BodyEditor* bodyEditor() const { return m_body; }
    QString resolvedAddress() const;

signals:
    void sendRequested();
    void cancelRequested();
    void allowChangesRequested(const QString& tokenId);

private:
    void tokenChanged();
    void addressEdited();
    void paramsEdited();
    void updatePreview();
    void updateMethods();
    void updateHeaders();
    void updateCompletion();

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    TokenComboBox* m_token;
    QComboBox* m_method;
    QToolButton* m_lock;
    QLineEdit* m_address;
    QPushButton* m_send;
    QLabel* m_preview;
    QTabWidget* m_tabs;
    KeyValueTable* m_params;
    KeyValueTable* m_headers;
    BodyEditor* m_body;
    QStringListModel* m_completions;
    bool m_busy = false;
    bool m_syncing = false;
};
