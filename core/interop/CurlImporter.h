#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

class ProviderCatalog;

// A curl command (as printed in API documentation, or from a browser's "Copy
// as cURL" for bash, cmd or PowerShell) → one request.
//
// Understood: -X/--request, the address anywhere (or --url), -H/--header,
// -d/--data/--data-raw/--data-binary/--data-ascii, --data-urlencode,
// -F/--form/--form-string, --json, --url-query, -u/--user, --oauth2-bearer,
// -A/--user-agent, -e/--referer, -b/--cookie, -G/--get, -I/--head, combined
// short options (-sSL, -XPOST), --name=value. Every other option is listed in
// the request's `ignored` (and explained in `notes` when it matters, such as
// -k: Latchkey never skips certificate checks). Files (@file, -T, -F x=@f)
// are never read, only noted.
//
// The body type is json when Content-Type says JSON (or --json, or the data is
// a JSON document with no Content-Type), form when it is urlencoded, raw
// otherwise; a Content-Type that the body type implies is not kept as a
// header. Shell variables ($TOKEN) and documentation placeholders in the
// address ({space_id}, <project_id>) become {{variables}}; values assigned
// earlier in the text (export TOKEN=…) are used for them. Credentials are taken
// out (see CredentialExtractor).
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(CurlImporter)

public:
    static ImportResult parse(const QString& text, const ProviderCatalog* catalog = nullptr);
    // Bytes of a file or a paste: UTF-8, at most ImportLimits::maxInputBytes.
    static ImportResult parse(const QByteArray& data, const ProviderCatalog* catalog = nullptr);

    // Whether the text's first command is curl (cheap: for format detection).
    static bool looksLikeCurl(QStringView text);
};
