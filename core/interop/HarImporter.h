#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class ProviderCatalog;

// HAR 1.2 files, as browsers' developer tools save them ("Save all as HAR").
//
// Every http(s) request of log.entries becomes an ImportedRequest, with a
// HarEntry summary beside it (method, address, status, type and size of the
// answer) so the person can pick which to keep (ImportResult::selected).
// HTTP/2 pseudo-headers (:authority…), hop-by-hop headers, Host,
// Content-Length and Accept-Encoding are left out; the body comes from
// postData (text, or params for forms). Credentials are taken out as for curl:
// the Cookie header (or the cookies list) becomes a credential of kind cookie.
class HarImporter
{
    Q_DECLARE_TR_FUNCTIONS(HarImporter)

public:
    static ImportResult parse(const QByteArray& data, const ProviderCatalog* catalog = nullptr);
    static bool looksLikeHar(const QJsonObject& root);
};
