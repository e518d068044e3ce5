#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>

class CredentialChoicesWidget;
class ProviderCatalog;

class RequestEditor;
class TokenVault;

// A curl command pasted (or dropped) into the address field fills in the
// whole request: method, address and parameters, headers, body. A credential
// in it is never kept in the request: a small dialog offers to keep it in the
// keychain as a new token or to use one of the person's tokens, and the
// request then uses that token.
class CurlPasteHandler : public QObject
{
    Q_OBJECT
public:
    CurlPasteHandler(RequestEditor* editor, TokenVault& vault, const ProviderCatalog& catalog);

    // Fills the editor from `text` when it is a curl command; false (and nothing changed) otherwise.
    bool fill(const QString& text);
    QDialog* credentialDialog() const { return m_dialog; }

signals:
    // What was done, in plain words (ignored options, a token added, a problem).
    void filled(const QString& note);

private:
    void addressEdited(const QString& text);

    RequestEditor* m_editor;
    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    QString m_previous;
    QPointer<QDialog> m_dialog;
};
