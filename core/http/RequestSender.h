#pragma once

#include "RequestPreparer.h"
#include "RequestSpec.h"
#include "presets/Template.h"

#include <QObject>

class ProviderCatalog;
class RequestRunner;
class SendJob;
class TokenVault;

// Sends what a person composed, from template to answer: fills {{variables}}
// (with the built-ins), finds the token and its service, checks the safety
// rules before the secret is read, reads the secret from the keychain, puts it
// on the request, sends it, and marks the token as used. The window, the
// command line, presets and recipes all send through here.
class RequestSender : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        RequestPreparer::Allowances allowances;
        Template::Values variables;
        int timeoutMs = PreparedRequest::defaultTimeoutMs;
        qint64 maxBodyBytes = PreparedRequest::defaultMaxBodyBytes;
        QString saveTo; // write the body to this file instead of memory
    };

    RequestSender(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QObject* parent = nullptr);

    // The job belongs to `owner` (or the sender); it reports through its signals.
    SendJob* send(const RequestSpec& spec, const Options& options, QObject* owner = nullptr);

    // The spec with {{variables}} filled; `missing` lists those without a value.
    RequestSpec expand(const RequestSpec& spec, const Template::Values& values, QStringList* missing) const;
    // The values {{variables}} can use for `tokenId`: built-ins and {{me}}, then `given` on top.
    Template::Values valuesFor(const QString& tokenId, const Template::Values& given) const;

private:
    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    RequestRunner& m_runner;
};
