#include "CredentialExtractor.h"

#include "UrlText.h"
#include "presets/Template.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

const QString authorizationName = QStringLiteral("Authorization");

QStringList nameWords(const QString& name)
{
    QStringList words;
    QString current;
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = name[i];
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            continue;
        }
        if (c.isUpper() && !current.isEmpty()) {
            const QChar previous = name[i - 1];
            const bool nextLower = i + 1 < n && name[i + 1].isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextLower)) {
                words.append(current);
                current.clear();
            }
        }
        current += c.toLower();
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    return words;
}

QString squashed(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
        }
    }
    return out;
}

QString hostOfUrl(const QString& url)
{
    const QUrl parsed(url.contains(QStringLiteral("://")) ? url : QStringLiteral("https://") + url);
    return parsed.host().toLower();
}

} // namespace

CredentialExtractor::CredentialExtractor(const ProviderCatalog* catalog)
    : m_catalog(catalog)
{
    if (!catalog) {
        return;
    }
    for (const Provider& provider : catalog->providers()) {
        if (!provider.isCustom() && provider.auth.scheme == QStringLiteral("header")
            && !provider.auth.header.isEmpty()) {
            m_providerHeaders.append(provider.auth.header.toLower());
        }
    }
}

void CredentialExtractor::buildHostRules() const
{
    m_hostRulesBuilt = true;
    const TokenRecord none;
    for (const Provider& provider : m_catalog->providers()) {
        if (provider.isCustom()) {
            continue;
        }
        QStringList hosts = provider.hostsFor(none);
        for (const Provider::Region& region : provider.regions) {
            hosts.append(hostOfUrl(region.baseUrl));
        }
        if (provider.instance) {
            hosts.append(provider.instance->defaultHost.toLower());
            hosts.append(hostOfUrl(provider.instance->defaultBaseUrl));
            // "yourcompany.atlassian.net": any host under atlassian.net.
            const QString example = provider.instance->placeholder.trimmed().toLower();
            const QStringList labels = example.split(QLatin1Char('.'));
            if (labels.size() >= 3 && labels.first().startsWith(QStringLiteral("your"))
                && !example.contains(QLatin1Char(' '))) {
                m_hostRules.append({labels.mid(1).join(QLatin1Char('.')), provider.id, true});
            }
        }
        for (const QString& host : std::as_const(hosts)) {
            if (host.isEmpty()) {
                continue;
            }
            m_hostRules.append({host, provider.id, false});
            // api.contentful.com also covers cdn.contentful.com (parent domains of two labels or more).
            const QStringList labels = host.split(QLatin1Char('.'));
            if (labels.size() >= 3) {
                m_hostRules.append({labels.mid(1).join(QLatin1Char('.')), provider.id, true});
            }
        }
    }
}

QString CredentialExtractor::suggestProvider(const QByteArray& secret, const QString& host) const
{
    if (!m_catalog) {
        return {};
    }
    if (!secret.isEmpty()) {
        const ProviderCatalog::Recognition recognized = m_catalog->recognize(secret);
        if (recognized.ok()) {
            return recognized.providerId;
        }
    }
    if (host.isEmpty()) {
        return {};
    }
    if (!m_hostRulesBuilt) {
        buildHostRules();
    }
    for (const HostRule& rule : m_hostRules) {
        if (!rule.suffix && rule.host == host) {
            return rule.providerId;
        }
    }
    for (const HostRule& rule : m_hostRules) {
        if (rule.suffix && (host == rule.host || host.endsWith(QLatin1Char('.') + rule.host))) {
            return rule.providerId;
        }
    }
    return {};
}

bool CredentialExtractor::isCredentialHeader(const QString& name)
{
    static const QSet<QString> known = {
        QStringLiteral("authorization"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("private-token"),
        QStringLiteral("job-token"),
        QStringLiteral("x-api-key"),
        QStringLiteral("x-apikey"),
        QStringLiteral("apikey"),
        QStringLiteral("api-key"),
        QStringLiteral("x-auth-token"),
        QStringLiteral("x-figma-token"),
        QStringLiteral("x-shopify-access-token"),
        QStringLiteral("x-access-token"),
        QStringLiteral("x-api-token"),
        QStringLiteral("x-auth-key"),
        QStringLiteral("x-vault-token"),
        QStringLiteral("x-goog-api-key"),
        QStringLiteral("x-rapidapi-key"),
        QStringLiteral("ocp-apim-subscription-key"),
        QStringLiteral("x-amz-security-token"),
        QStringLiteral("dd-api-key"),
        QStringLiteral("dd-application-key"),
        QStringLiteral("x-session-token"),
    };
    const QString lower = name.trimmed().toLower();
    if (known.contains(lower)) {
        return true;
    }
    if (lower.contains(QStringLiteral("csrf")) || lower.contains(QStringLiteral("xsrf"))) {
        return false; // tied to a browser session's cookie, useless alone
    }
    static const QStringList fragments = {
        QStringLiteral("token"),       QStringLiteral("api-key"),          QStringLiteral("apikey"),
        QStringLiteral("api_key"),     QStringLiteral("secret"),           QStringLiteral("password"),
        QStringLiteral("access-key"),  QStringLiteral("subscription-key"), QStringLiteral("application-key"),
        QStringLiteral("private-key"),
    };
    for (const QString& fragment : fragments) {
        if (lower.contains(fragment)) {
            return true;
        }
    }
    return false;
}

bool CredentialExtractor::isCredentialParameter(const QString& name)
{
    static const QSet<QString> known = {
        QStringLiteral("accesstoken"),  QStringLiteral("token"),        QStringLiteral("apikey"),
        QStringLiteral("key"),          QStringLiteral("privatetoken"), QStringLiteral("authtoken"),
        QStringLiteral("oauthtoken"),   QStringLiteral("clientsecret"), QStringLiteral("secret"),
        QStringLiteral("password"),     QStringLiteral("apitoken"),     QStringLiteral("personalaccesstoken"),
        QStringLiteral("authkey"),      QStringLiteral("accesskey"),    QStringLiteral("appsecret"),
        QStringLiteral("privatekey"),   QStringLiteral("sessiontoken"), QStringLiteral("idtoken"),
        QStringLiteral("refreshtoken"), QStringLiteral("jwt"),          QStringLiteral("apisecret"),
    };
    return known.contains(squashed(name));
}

bool CredentialExtractor::looksSecretName(const QString& name)
{
    static const QSet<QString> secretWords = {
        QStringLiteral("token"),       QStringLiteral("key"),         QStringLiteral("apikey"),
        QStringLiteral("secret"),      QStringLiteral("password"),    QStringLiteral("passwd"),
        QStringLiteral("pwd"),         QStringLiteral("pat"),         QStringLiteral("credential"),
        QStringLiteral("credentials"), QStringLiteral("auth"),        QStringLiteral("bearer"),
        QStringLiteral("jwt"),         QStringLiteral("cookie"),      QStringLiteral("session"),
        QStringLiteral("passphrase"),  QStringLiteral("accesstoken"), QStringLiteral("authtoken"),
        QStringLiteral("apitoken"),
    };
    static const QSet<QString> plainWords = {
        QStringLiteral("url"),    QStringLiteral("uri"),        QStringLiteral("host"),     QStringLiteral("hostname"),
        QStringLiteral("id"),     QStringLiteral("ids"),        QStringLiteral("endpoint"), QStringLiteral("name"),
        QStringLiteral("type"),   QStringLiteral("version"),    QStringLiteral("email"),    QStringLiteral("mail"),
        QStringLiteral("user"),   QStringLiteral("username"),   QStringLiteral("login"),    QStringLiteral("path"),
        QStringLiteral("domain"), QStringLiteral("region"),     QStringLiteral("count"),    QStringLiteral("size"),
        QStringLiteral("limit"),  QStringLiteral("page"),       QStringLiteral("expiry"),   QStringLiteral("expires"),
        QStringLiteral("expire"), QStringLiteral("expiration"), QStringLiteral("header"),   QStringLiteral("prefix"),
        QStringLiteral("field"),  QStringLiteral("param"),      QStringLiteral("location"), QStringLiteral("format"),
        QStringLiteral("length"), QStringLiteral("file"),       QStringLiteral("dir"),      QStringLiteral("mode"),
        QStringLiteral("scheme"), QStringLiteral("method"),     QStringLiteral("base"),     QStringLiteral("next"),
        QStringLiteral("cursor"), QStringLiteral("sync"),
    };
    const QStringList words = nameWords(name);
    bool secret = false;
    for (const QString& word : words) {
        if (plainWords.contains(word)) {
            return false;
        }
        secret = secret || secretWords.contains(word);
    }
    return secret;
}

CredentialExtractor::Reference CredentialExtractor::referenceIn(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        return {QString(), true};
    }
    static const QRegularExpression variable(
        QStringLiteral("^(?:\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}|\\$([A-Za-z_][A-Za-z0-9_]*)|\\$\\{([A-Za-z_]"
                       "[A-Za-z0-9_]*)\\}"
                       "|\\$env:([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = variable.match(v);
    if (match.hasMatch()) {
        for (int i = 1; i <= 5; ++i) {
            const QString name = match.captured(i);
            if (name.isEmpty()) {
                continue;
            }
            // $LATCHKEY_TOKEN, as CurlExporter writes it, stands for the reference "token".
            if (name.startsWith(QStringLiteral("LATCHKEY_")) && name.size() > 9) {
                return {name.mid(9).toLower(), true};
            }
            return {name, true};
        }
    }
    // Placeholders of documentation: <YOUR-TOKEN>, {access_token}, [token], YOUR_API_KEY, API_TOKEN, ****.
    static const QRegularExpression placeholder(
        QStringLiteral(
            "^(?:<[^<>]*>|\\{[^{}]*\\}|\\[[^\\[\\]]*\\]|your[-_ ]?.*|(?:access|api|auth|bearer|personal|private|"
            "secret)?[-_ ]?(?:token|key|secret|password)|[x*\\x{2022}.\\x{2026}]{3,})$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression shouting(
        QStringLiteral("^[A-Z][A-Z0-9_-]*(?:TOKEN|KEY|SECRET|PASSWORD|PAT)[A-Z0-9_-]*$"));
    if (placeholder.match(v).hasMatch() || shouting.match(v).hasMatch()) {
        return {QString(), true};
    }
    return {};
}

QString CredentialExtractor::hostOf(const QString& url) const
{
    const QString expanded = m_plainValues.isEmpty() ? url : Template::expand(url, m_plainValues).text;
    return UrlText::parse(expanded.trimmed()).hostLower();
}

DetectedCredential* CredentialExtractor::find(const QString& reference)
{
    const auto found = m_index.constFind(reference);
    return found == m_index.constEnd() ? nullptr : &m_credentials[*found];
}

QString CredentialExtractor::referenceFor(const QString& value, const Reference& reference, const QString& stem)
{
    if (!reference.variable.isEmpty()) {
        return reference.variable;
    }
    const QString key = (reference.isReference ? QStringLiteral("p:") : QStringLiteral("s:")) + value;
    const auto known = m_referenceBySecret.constFind(key);
    if (known != m_referenceBySecret.constEnd()) {
        return *known;
    }
    auto taken = [this](const QString& candidate) {
        return m_index.contains(candidate) || m_plainValues.contains(candidate) || m_secretValues.contains(candidate)
            || m_referencedSet.contains(candidate);
    };
    int& number = m_nextNumber[stem]; // token, token_2, token_3, …: never tried twice
    QString name;
    do {
        name = number < 2 ? stem : stem + QLatin1Char('_') + QString::number(number);
        number = number < 2 ? 2 : number + 1;
    } while (taken(name));
    m_referenceBySecret.insert(key, name);
    return name;
}

void CredentialExtractor::add(ImportedRequest& request, DetectedCredential::Kind kind, const QString& name,
                              const QString& value, const QString& username, const QString& source)
{
    if (kind == DetectedCredential::Kind::Basic
        && std::any_of(request.auth.cbegin(), request.auth.cend(),
                       [](const RequestAuth& auth) { return auth.kind == DetectedCredential::Kind::Basic; })) {
        const QString note = CredentialExtractor::tr(
            "The request gives more than one user name and password; only the first is used.");
        if (!request.notes.contains(note)) {
            request.notes.append(note);
        }
        return;
    }
    const QString trimmed = value.trimmed();
    const Reference ref = referenceIn(trimmed);
    const QString stem = kind == DetectedCredential::Kind::Cookie ? QStringLiteral("cookie") : QStringLiteral("token");
    const QString reference = referenceFor(trimmed, ref, stem);

    QByteArray secret;
    if (!ref.isReference) {
        secret = trimmed.toUtf8();
    } else if (!ref.variable.isEmpty()) {
        const auto known = m_secretValues.constFind(ref.variable);
        if (known != m_secretValues.constEnd() && !referenceIn(*known).isReference) {
            secret = known->trimmed().toUtf8();
        }
        if (!m_referencedSet.contains(ref.variable)) {
            m_referencedSet.insert(ref.variable);
            m_referenced.append(ref.variable);
        }
    }

    const QString host = hostOf(request.spec.url);
    if (DetectedCredential* existing = find(reference)) {
        if (existing->secret.isEmpty() && !secret.isEmpty()) {
            existing->secret = secret;
            existing->providerId = suggestProvider(secret, existing->host.isEmpty() ? host : existing->host);
        }
        if (existing->host.isEmpty() && !host.isEmpty()) {
            existing->host = host;
            if (existing->providerId.isEmpty()) {
                existing->providerId = suggestProvider(existing->secret, host);
            }
        }
    } else {
        DetectedCredential credential;
        credential.kind = kind;
        credential.name = name;
        credential.secret = secret;
        credential.username = username;
        credential.reference = reference;
        credential.host = host;
        credential.providerId = suggestProvider(secret, host);
        credential.source = source;
        m_index.insert(reference, m_credentials.size());
        m_credentials.append(credential);
    }

    const RequestAuth auth {kind, name, username, reference};
    if (!request.auth.contains(auth)) {
        request.auth.append(auth);
    }
}

void CredentialExtractor::addVariable(const QString& name, const QString& value, const QString& host,
                                      const QString& source)
{
    const Reference ref = referenceIn(value);
    if (DetectedCredential* existing = find(name)) {
        if (existing->secret.isEmpty() && !ref.isReference) {
            existing->secret = value.trimmed().toUtf8();
            existing->providerId = suggestProvider(existing->secret, existing->host.isEmpty() ? host : existing->host);
        }
        return;
    }
    DetectedCredential credential;
    credential.kind = DetectedCredential::Kind::Variable;
    credential.name = name;
    if (!ref.isReference) {
        credential.secret = value.trimmed().toUtf8();
    }
    credential.reference = name;
    credential.host = host.toLower();
    credential.providerId = suggestProvider(credential.secret, credential.host);
    credential.source = source;
    m_index.insert(name, m_credentials.size());
    m_credentials.append(credential);
}

void CredentialExtractor::extract(ImportedRequest& request)
{
    using Kind = DetectedCredential::Kind;
    QList<RequestSpec::Field> kept;
    for (const RequestSpec::Field& header : std::as_const(request.spec.headers)) {
        const QString name = header.first.trimmed();
        const QString lower = name.toLower();
        const QString value = header.second.trimmed();
        // A header whose whole value is a secret-looking {{variable}} carries a credential too (it is how
        // exported collections write a second token header).
        const Reference whole = value.startsWith(QStringLiteral("{{")) ? referenceIn(value) : Reference();
        // So does a documentation placeholder with a secret-looking name (X-Auth: <your_access_token>),
        // which would otherwise become {{your_access_token}} and be read as a credential only on re-import.
        static const QRegularExpression documentation(
            QStringLiteral("^(?:<([A-Za-z_][A-Za-z0-9_-]*)>|\\{([A-Za-z_][A-Za-z0-9_-]*)\\})$"));
        const QRegularExpressionMatch placeholder = documentation.match(value);
        const bool secretVariable = (!whole.variable.isEmpty() && looksSecretName(whole.variable))
            || (placeholder.hasMatch()
                && looksSecretName(placeholder.captured(1).isEmpty() ? placeholder.captured(2)
                                                                     : placeholder.captured(1)));
        if (value.isEmpty() || !(isCredentialHeader(name) || m_providerHeaders.contains(lower) || secretVariable)) {
            kept.append(header);
            continue;
        }
        const QString source = CredentialExtractor::tr("the %1 header").arg(name);
        if (lower == QStringLiteral("authorization")) {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            const QString scheme = space > 0 ? value.left(space).toLower() : QString();
            const QString rest = space > 0 ? value.mid(space + 1).trimmed() : QString();
            if (scheme == QStringLiteral("bearer")) {
                add(request, Kind::Bearer, authorizationName, rest, {}, source);
            } else if (scheme == QStringLiteral("token")) {
                add(request, Kind::Token, authorizationName, rest, {}, source);
            } else if (scheme == QStringLiteral("basic") && referenceIn(rest).isReference) {
                add(request, Kind::Basic, authorizationName, rest, {}, source);
            } else if (scheme == QStringLiteral("basic")) {
                const auto decoded
                    = QByteArray::fromBase64Encoding(rest.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                const QString pair = decoded ? QString::fromUtf8(*decoded) : QString();
                const qsizetype colon = pair.indexOf(QLatin1Char(':'));
                if (decoded && colon >= 0 && !rest.isEmpty()) {
                    add(request, Kind::Basic, authorizationName, pair.mid(colon + 1), pair.left(colon), source);
                } else {
                    add(request, Kind::Authorization, authorizationName, value, {}, source);
                }
            } else {
                add(request, Kind::Authorization, authorizationName, value, {}, source);
            }
        } else if (lower == QStringLiteral("cookie")) {
            add(request, Kind::Cookie, QStringLiteral("Cookie"), value, {}, source);
        } else {
            add(request, Kind::Header, name, value, {}, source);
        }
    }
    request.spec.headers = kept;

    UrlText url = UrlText::parse(request.spec.url);
    // Taking user info out can leave an address with user info again ("a@https://b@c"): repeat.
    for (int round = 0; url.hasUserInfo && round < 64; ++round) {
        const qsizetype colon = url.userInfo.indexOf(QLatin1Char(':'));
        const QString user = UrlText::decode(colon >= 0 ? url.userInfo.left(colon) : url.userInfo);
        const QString password = colon >= 0 ? UrlText::decode(url.userInfo.mid(colon + 1)) : QString();
        // Strip first, so the credential's host is computed from a clean address.
        url.hasUserInfo = false;
        url.userInfo.clear();
        request.spec.url = url.toString();
        add(request, Kind::Basic, authorizationName, password, user,
            CredentialExtractor::tr("the user name and password in the address"));
        url = UrlText::parse(request.spec.url);
    }
    QStringList pieces;
    QList<QPair<QString, QString>> found;
    for (const QString& piece : std::as_const(url.queryPieces)) {
        const QPair<QString, QString> item = UrlText::decodePiece(piece);
        if (isCredentialParameter(item.first) && !item.second.trimmed().isEmpty()) {
            found.append(item);
        } else {
            pieces.append(piece);
        }
    }
    if (!found.isEmpty()) {
        url.queryPieces = pieces;
        url.hasQuery = !pieces.isEmpty();
        request.spec.url = url.toString();
        for (const auto& item : std::as_const(found)) {
            add(request, Kind::Query, item.first, item.second, {},
                CredentialExtractor::tr("the %1 parameter in the address").arg(item.first));
        }
    }
}
