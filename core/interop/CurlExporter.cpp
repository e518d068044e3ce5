#include "CurlExporter.h"

#include "ShellWords.h"
#include "UrlText.h"
#include "http/PreparedRequest.h"

#include <QStringDecoder>
#include <QUrl>

namespace {

// `prefix` then the value of shell variable `variable`, as one POSIX word.
QString withVariable(const QString& prefix, const QString& variable)
{
    static const QString special = QStringLiteral("$`\"\\!");
    bool plain = true;
    for (const QChar c : prefix) {
        plain = plain && !special.contains(c) && c.unicode() >= 0x20;
    }
    if (plain) {
        return QLatin1Char('"') + prefix + QLatin1Char('$') + variable + QLatin1Char('"');
    }
    return ShellWords::quote(prefix) + QStringLiteral("\"$") + variable + QLatin1Char('"');
}

// Bytes as one POSIX word: $'…' with \xHH for what is not valid UTF-8 text.
QString quoteBytes(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (!decoder.hasError()) {
        return ShellWords::quote(text);
    }
    QString out = QStringLiteral("$'");
    for (const char byte : bytes) {
        const auto u = static_cast<unsigned char>(byte);
        if (u == '\\' || u == '\'') {
            out += QLatin1Char('\\') + QLatin1Char(char(u));
        } else if (u >= 0x20 && u < 0x7f) {
            out += QLatin1Char(char(u));
        } else {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('\'');
    return out;
}

// The first `head` parts (curl, the method, the address) on the first line, then one option per line.
QString join(const QStringList& parts, qsizetype head, bool multiline)
{
    if (!multiline) {
        return parts.join(QLatin1Char(' '));
    }
    QString text = parts.mid(0, head).join(QLatin1Char(' '));
    for (qsizetype i = head; i < parts.size(); ++i) {
        text += QStringLiteral(" \\\n  ") + parts.at(i);
    }
    return text;
}

bool hasHeader(const QList<RequestSpec::Field>& headers, const QString& name)
{
    for (const RequestSpec::Field& header : headers) {
        if (header.first.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString absoluteUrl(const QString& url, const QString& baseUrl)
{
    const QString trimmed = url.trimmed();
    const bool relative = (trimmed.startsWith(QLatin1Char('/')) && !trimmed.startsWith(QStringLiteral("//")))
        || trimmed.startsWith(QLatin1Char('?'));
    if (baseUrl.isEmpty() || !relative) {
        return trimmed;
    }
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base + trimmed;
}

} // namespace

QString CurlExporter::variableName(const QString& reference)
{
    QString name = QStringLiteral("LATCHKEY_");
    for (const QChar c : reference) {
        name += (c.unicode() < 128 && c.isLetterOrNumber()) ? c.toUpper() : QLatin1Char('_');
    }
    return name;
}

QString CurlExporter::placeholder(const QString& reference)
{
    return QLatin1Char('$') + variableName(reference);
}

QString CurlExporter::write(const RequestSpec& spec, const QList<RequestAuth>& auth, const Options& options)
{
    using Kind = DetectedCredential::Kind;
    const QString method = spec.method.trimmed().isEmpty() ? QStringLiteral("GET") : spec.method.trimmed().toUpper();
    QString bodyType = spec.bodyType;
    if (bodyType.isEmpty() && !spec.body.isEmpty()) {
        bodyType = QStringLiteral("raw");
    }
    // An empty JSON or text body is still a body (curl --data-raw ''); an empty form is none.
    const bool hasBody = bodyType == QStringLiteral("form") ? !spec.formFields.isEmpty() : !bodyType.isEmpty();

    QStringList parts {QStringLiteral("curl")};
    if (method == QStringLiteral("HEAD") && !hasBody) {
        parts.append(QStringLiteral("-I"));
    } else if (!((method == QStringLiteral("GET") && !hasBody) || (method == QStringLiteral("POST") && hasBody))) {
        parts.append(QStringLiteral("-X ") + ShellWords::quote(method));
    }

    // The address, with query-parameter credentials at its end.
    const QString url = absoluteUrl(spec.url, options.baseUrl);
    QString urlWord = ShellWords::quote(url);
    QStringList queryAuth;
    for (const RequestAuth& entry : auth) {
        if (entry.kind == Kind::Query) {
            queryAuth.append(entry.name);
        }
    }
    if (!queryAuth.isEmpty()) {
        // The address, then name=<placeholder> for each parameter: quoted text and "$VARIABLE"s in turn.
        UrlText address = UrlText::parse(url);
        const QString fragment = address.hasFragment ? QLatin1Char('#') + address.fragment : QString();
        address.hasFragment = false;
        QString text = address.toString();
        bool first = !address.hasQuery;
        urlWord.clear();
        for (const RequestAuth& entry : auth) {
            if (entry.kind != Kind::Query) {
                continue;
            }
            text += first ? QLatin1Char('?') : QLatin1Char('&');
            first = false;
            text += QString::fromLatin1(QUrl::toPercentEncoding(entry.name)) + QLatin1Char('=');
            if (options.secrets.contains(entry.reference)) {
                text += QString::fromLatin1(
                    QUrl::toPercentEncoding(QString::fromUtf8(options.secrets[entry.reference])));
            } else {
                urlWord += ShellWords::quote(text) + QStringLiteral("\"$") + variableName(entry.reference)
                    + QLatin1Char('"');
                text.clear();
            }
        }
        text += fragment;
        if (!text.isEmpty()) {
            urlWord += ShellWords::quote(text);
        }
    }
    if (url.contains(QLatin1Char('{')) || url.contains(QLatin1Char('[')) || url.contains(QLatin1Char('}'))
        || url.contains(QLatin1Char(']'))) {
        parts.append(QStringLiteral("-g")); // curl would read {…} and […] as URL patterns
    }
    // An address that starts with "-" would be read as an option.
    parts.append(url.startsWith(QLatin1Char('-')) ? QStringLiteral("--url ") + urlWord : urlWord);
    const qsizetype head = parts.size();

    for (const RequestSpec::Field& header : spec.headers) {
        const QString name = header.first.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        const QString line = header.second.isEmpty() ? QString(name + QLatin1Char(';'))
                                                     : QString(name + QStringLiteral(": ") + header.second);
        parts.append(QStringLiteral("-H ") + ShellWords::quote(line));
    }

    for (const RequestAuth& entry : auth) {
        const bool literal = options.secrets.contains(entry.reference);
        const QString secret = QString::fromUtf8(options.secrets.value(entry.reference));
        const QString variable = variableName(entry.reference);
        auto header = [&](const QString& prefix) -> QString {
            return QStringLiteral("-H ")
                + (literal ? ShellWords::quote(prefix + secret) : withVariable(prefix, variable));
        };
        switch (entry.kind) {
        case Kind::Bearer:
            parts.append(header(QStringLiteral("Authorization: Bearer ")));
            break;
        case Kind::Token:
            parts.append(header(QStringLiteral("Authorization: token ")));
            break;
        case Kind::Authorization:
            parts.append(header(QStringLiteral("Authorization: ")));
            break;
        case Kind::Header:
            parts.append(header(entry.name + QStringLiteral(": ")));
            break;
        case Kind::Cookie:
            parts.append(header(QStringLiteral("Cookie: ")));
            break;
        case Kind::Basic: {
            const QString prefix = entry.username + QLatin1Char(':');
            parts.append(QStringLiteral("-u ")
                         + (literal ? ShellWords::quote(prefix + secret) : withVariable(prefix, variable)));
            break;
        }
        case Kind::Query:
        case Kind::Variable:
            break;
        }
    }

    if (hasBody) {
        if (bodyType == QStringLiteral("form")) {
            for (const RequestSpec::Field& field : spec.formFields) {
                if (field.first.isEmpty()) { // --data-urlencode '=x' would send x alone
                    parts.append(QStringLiteral("--data-raw ")
                                 + ShellWords::quote(QLatin1Char('=')
                                                     + QString::fromLatin1(QUrl::toPercentEncoding(field.second))));
                    continue;
                }
                const QString piece
                    = QString::fromLatin1(QUrl::toPercentEncoding(field.first)) + QLatin1Char('=') + field.second;
                parts.append(QStringLiteral("--data-urlencode ") + ShellWords::quote(piece));
            }
        } else {
            if (!hasHeader(spec.headers, QStringLiteral("Content-Type"))) {
                parts.append(QStringLiteral("-H ")
                             + ShellWords::quote(bodyType == QStringLiteral("json")
                                                     ? QStringLiteral("Content-Type: application/json")
                                                     : QStringLiteral("Content-Type: text/plain; charset=utf-8")));
            }
            parts.append(QStringLiteral("--data-raw ") + ShellWords::quote(spec.body));
        }
    }
    return join(parts, head, options.multiline);
}

QString CurlExporter::write(const PreparedRequest& request, bool includeSecrets, bool multiline)
{
    const QString method = QString::fromLatin1(request.method).toUpper();
    const bool hasBody = !request.body.isEmpty();
    QStringList parts {QStringLiteral("curl")};
    if (method == QStringLiteral("HEAD") && !hasBody) {
        parts.append(QStringLiteral("-I"));
    } else if (!((method == QStringLiteral("GET") && !hasBody) || (method == QStringLiteral("POST") && hasBody))) {
        parts.append(QStringLiteral("-X ") + ShellWords::quote(method));
    }

    const QString url = request.url.toString(QUrl::FullyEncoded);
    QString urlWord = ShellWords::quote(url);
    if (!includeSecrets && !request.credentialQueryItems.isEmpty()) {
        UrlText parts2 = UrlText::parse(url);
        QStringList kept;
        QStringList names;
        for (const QString& piece : std::as_const(parts2.queryPieces)) {
            const QString name = UrlText::decodePiece(piece).first;
            if (request.credentialQueryItems.contains(name)) {
                names.append(piece.section(QLatin1Char('='), 0, 0));
            } else {
                kept.append(piece);
            }
        }
        parts2.queryPieces = kept;
        parts2.hasQuery = !kept.isEmpty();
        const QString fragment = parts2.hasFragment ? QLatin1Char('#') + parts2.fragment : QString();
        parts2.hasFragment = false;
        QString text = parts2.toString();
        urlWord.clear();
        bool first = !parts2.hasQuery;
        for (const QString& name : std::as_const(names)) {
            text += (first ? QLatin1Char('?') : QLatin1Char('&')) + name + QLatin1Char('=');
            first = false;
            urlWord += ShellWords::quote(text) + QStringLiteral("\"$") + variableName(QStringLiteral("token"))
                + QLatin1Char('"');
            text.clear();
        }
        if (!fragment.isEmpty()) {
            urlWord += ShellWords::quote(fragment);
        }
    }
    if (url.contains(QLatin1Char('{')) || url.contains(QLatin1Char('[')) || url.contains(QLatin1Char('}'))
        || url.contains(QLatin1Char(']'))) {
        parts.append(QStringLiteral("-g"));
    }
    parts.append(urlWord);
    const qsizetype head = parts.size();

    for (const HttpHeaders::Header& header : request.headers.list()) {
        const QString name = QString::fromLatin1(header.first);
        const QString value = QString::fromUtf8(header.second);
        if (includeSecrets || !request.credentialHeaders.contains(header.first.toLower())) {
            const QString line
                = value.isEmpty() ? QString(name + QLatin1Char(';')) : QString(name + QStringLiteral(": ") + value);
            parts.append(QStringLiteral("-H ") + ShellWords::quote(line));
            continue;
        }
        const QString lower = name.toLower();
        if (lower == QStringLiteral("cookie")) {
            parts.append(QStringLiteral("-H ")
                         + withVariable(name + QStringLiteral(": "), variableName(QStringLiteral("cookie"))));
            continue;
        }
        const QString token = variableName(QStringLiteral("token"));
        if (lower == QStringLiteral("authorization") || lower == QStringLiteral("proxy-authorization")) {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            const QString scheme = space > 0 ? value.left(space) : QString();
            if (scheme.compare(QStringLiteral("Basic"), Qt::CaseInsensitive) == 0
                && lower == QStringLiteral("authorization")) {
                const auto decoded = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed().toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                const QString pair = decoded ? QString::fromUtf8(*decoded) : QString();
                const qsizetype colon = pair.indexOf(QLatin1Char(':'));
                if (colon >= 0) {
                    parts.append(QStringLiteral("-u ") + withVariable(pair.left(colon + 1), token));
                    continue;
                }
            }
            if (scheme.compare(QStringLiteral("Bearer"), Qt::CaseInsensitive) == 0
                || scheme.compare(QStringLiteral("token"), Qt::CaseInsensitive) == 0) {
                parts.append(QStringLiteral("-H ")
                             + withVariable(name + QStringLiteral(": ") + scheme + QLatin1Char(' '), token));
                continue;
            }
        }
        parts.append(QStringLiteral("-H ") + withVariable(name + QStringLiteral(": "), token));
    }
    if (hasBody) {
        parts.append(QStringLiteral("--data-binary ") + quoteBytes(request.body));
    }
    return join(parts, head, multiline);
}
