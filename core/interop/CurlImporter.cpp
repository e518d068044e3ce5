#include "CurlImporter.h"

#include "CredentialExtractor.h"
#include "CurlOptions.h"
#include "ImportLimits.h"
#include "ShellWords.h"
#include "UrlText.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

using Word = ShellWords::Word;
using Action = CurlOptions::Action;

bool isCurlWord(const QString& word)
{
    QString name = word;
    const qsizetype slash = qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0) {
        name = name.mid(slash + 1);
    }
    return name.compare(QStringLiteral("curl"), Qt::CaseInsensitive) == 0
        || name.compare(QStringLiteral("curl.exe"), Qt::CaseInsensitive) == 0;
}

// Words that may come before `curl` on its line: prompts, sudo, NAME=value.
bool isPrefixWord(const Word& word)
{
    static const QStringList prefixes
        = {QStringLiteral("$"),     QStringLiteral("%"),       QStringLiteral("#"),    QStringLiteral("sudo"),
           QStringLiteral("time"),  QStringLiteral("command"), QStringLiteral("exec"), QStringLiteral("env"),
           QStringLiteral("nohup"), QStringLiteral("PS"),      QStringLiteral("&"),    QStringLiteral(">"),
           QStringLiteral("\\"),    QStringLiteral("export")};
    if (prefixes.contains(word.text)) {
        return true;
    }
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    return !word.isOperator
        && (assignment.match(word.text).hasMatch() || word.text.endsWith(QLatin1Char('>'))
            || word.text.endsWith(QLatin1Char('\\')) || word.text.endsWith(QLatin1Char(':')));
}

bool isSeparator(const Word& word)
{
    static const QStringList separators
        = {QStringLiteral("\n"), QStringLiteral(";"),  QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral("|"),
           QStringLiteral("&"),  QStringLiteral(";;"), QStringLiteral("|&"), QStringLiteral("("),  QStringLiteral(")")};
    return word.isOperator && separators.contains(word.text);
}

bool isRedirect(const Word& word)
{
    return word.isOperator && (word.text.contains(QLatin1Char('<')) || word.text.contains(QLatin1Char('>')));
}

QString normalizedType(const QString& contentType)
{
    QString lower = contentType.toLower();
    lower.remove(QLatin1Char(' '));
    return lower;
}

QString impliedType(const QString& bodyType)
{
    if (bodyType == QStringLiteral("json")) {
        return QStringLiteral("application/json");
    }
    if (bodyType == QStringLiteral("form")) {
        return QStringLiteral("application/x-www-form-urlencoded");
    }
    if (bodyType == QStringLiteral("raw")) {
        return QStringLiteral("text/plain;charset=utf-8");
    }
    return {};
}

bool isJsonType(const QString& contentType)
{
    const QString type = normalizedType(contentType).section(QLatin1Char(';'), 0, 0);
    return type == QStringLiteral("application/json") || type.endsWith(QStringLiteral("+json"))
        || type == QStringLiteral("text/json");
}

bool looksLikeJson(const QString& data)
{
    const QString trimmed = data.trimmed();
    if (!(trimmed.startsWith(QLatin1Char('{')) && trimmed.endsWith(QLatin1Char('}')))
        && !(trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))) {
        return false;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

// "a=1&b=x%20y" → fields; false when some piece has no '='.
bool parseForm(const QString& data, QList<RequestSpec::Field>* fields)
{
    if (data.isEmpty()) {
        return false;
    }
    QList<RequestSpec::Field> parsed;
    const QStringList pieces = data.split(QLatin1Char('&'));
    for (const QString& piece : pieces) {
        if (piece.isEmpty()) {
            continue;
        }
        if (!piece.contains(QLatin1Char('='))) {
            return false;
        }
        parsed.append(UrlText::decodePiece(piece));
    }
    if (parsed.isEmpty()) {
        return false;
    }
    *fields = parsed;
    return true;
}

// Curly quotes from word processors, when the text has no straight ones of that kind.
QString straightenQuotes(const QString& text, QStringList* notes)
{
    QString out = text;
    bool changed = false;
    if (!out.contains(QLatin1Char('"')) && (out.contains(QChar(0x201C)) || out.contains(QChar(0x201D)))) {
        out.replace(QChar(0x201C), QLatin1Char('"'));
        out.replace(QChar(0x201D), QLatin1Char('"'));
        changed = true;
    }
    if (!out.contains(QLatin1Char('\'')) && (out.contains(QChar(0x2018)) || out.contains(QChar(0x2019)))) {
        out.replace(QChar(0x2018), QLatin1Char('\''));
        out.replace(QChar(0x2019), QLatin1Char('\''));
        changed = true;
    }
    if (changed) {
        notes->append(CurlImporter::tr("Curly quotes (“ ” ‘ ’) were read as straight quotes."));
    }
    return out;
}

class Parser
{
public:
    Parser(const QString& text, const ProviderCatalog* catalog)
        : m_text(text)
        , m_catalog(catalog)
        , m_extractor(catalog)
    { }

    ImportResult run();

private:
    bool fail(qsizetype at, const QString& message)
    {
        m_error = ImportError::atText(m_text, at, message);
        return false;
    }
    void note(const QString& text)
    {
        if (!m_noteSet.contains(text)) {
            m_noteSet.insert(text);
            m_request.notes.append(text);
        }
    }
    void ignore(const QString& spelling)
    {
        if (!m_ignoredSet.contains(spelling)) {
            m_ignoredSet.insert(spelling);
            m_request.ignored.append(spelling);
        }
    }
    void noteFile(const QString& spelling)
    {
        note(CurlImporter::tr(
                 "%1 reads a file; Latchkey does not read files from a pasted command, so that part was left out.")
                 .arg(spelling));
        ignore(spelling);
    }

    bool findCommand(const QList<Word>& words);
    bool parseOptions();
    bool apply(const CurlOptions::Option& option, const QString& value, const QString& spelling, bool negated);
    bool applyOption(const CurlOptions::Option& option, const QString& value, const QString& spelling, bool negated);
    void addHeader(const QString& text, const QString& spelling);
    void addForm(const QString& text, const QString& spelling, bool literal);
    QString urlEncodedPiece(const QString& text, const QString& spelling, bool* ok);
    bool build();

    const QString& m_text;
    const ProviderCatalog* m_catalog;
    CredentialExtractor m_extractor;
    ImportError m_error;
    ImportedRequest m_request;
    QSet<QString> m_noteSet;
    QSet<QString> m_ignoredSet;
    QStringList m_unknown; // options Latchkey does not know, as written
    QList<Word> m_args; // the words after `curl`, operators included
    qsizetype m_commandStart = 0;
    qsizetype m_commandEnd = 0;
    QHash<QString, QString> m_assignments; // NAME=value before the command
    QStringList m_shellVariables;

    QString m_method;
    bool m_methodExplicit = false;
    QStringList m_urls;
    QList<RequestSpec::Field> m_headers;
    struct Piece
    {
        QString text;
        bool json;
    };
    QList<Piece> m_data;
    bool m_sawData = false; // a data option, even one whose file was not read
    bool m_json = false;
    QList<RequestSpec::Field> m_form;
    bool m_formUsed = false;
    QStringList m_urlQuery;
    QString m_user;
    bool m_hasUser = false;
    QString m_bearer;
    bool m_hasBearer = false;
    QString m_userAgent;
    QString m_referer;
    QStringList m_cookies;
    bool m_get = false;
    bool m_head = false;
    bool m_upload = false;
};

bool Parser::findCommand(const QList<Word>& words)
{
    const qsizetype n = words.size();
    qsizetype i = 0;
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    while (i < n) {
        // One command: words up to a separator.
        qsizetype end = i;
        while (end < n && !isSeparator(words[end])) {
            ++end;
        }
        qsizetype curl = -1;
        for (qsizetype k = i; k < end; ++k) {
            if (!words[k].isOperator && isCurlWord(words[k].text)) {
                curl = k;
                break;
            }
            if (!isPrefixWord(words[k])) {
                break;
            }
        }
        // NAME=value words (export TOKEN=…, set TOKEN=…) are remembered for $NAME.
        for (qsizetype k = i; k < (curl >= 0 ? curl : end); ++k) {
            const QRegularExpressionMatch match = assignment.match(words[k].text);
            if (!words[k].isOperator && match.hasMatch()) {
                m_assignments.insert(match.captured(1), match.captured(2));
            }
        }
        if (curl >= 0) {
            m_commandStart = words[curl].offset;
            // Rejoin an unquoted address cut at '&' (…?a=1&b=2): the person meant one address.
            QList<Word> args;
            for (qsizetype k = curl + 1; k < n; ++k) {
                const Word& word = words[k];
                if (word.isOperator && word.text == QStringLiteral("&") && !args.isEmpty() && !args.last().isOperator
                    && args.last().end == word.offset && args.last().text.contains(QLatin1Char('?')) && k + 1 < n
                    && !words[k + 1].isOperator && words[k + 1].offset == word.end) {
                    args.last().text += QLatin1Char('&') + words[k + 1].text;
                    args.last().end = words[k + 1].end;
                    ++k;
                    note(CurlImporter::tr(
                        "The address was not in quotes, so a shell would have cut it at \"&\"; Latchkey kept "
                        "it whole."));
                    continue;
                }
                if (isSeparator(word)) {
                    bool more = false;
                    for (qsizetype rest = k + 1; rest < n && !more; ++rest) {
                        more = !(words[rest].isOperator && words[rest].text == QStringLiteral("\n"));
                    }
                    if (more || word.text != QStringLiteral("\n")) {
                        note(
                            CurlImporter::tr(
                                "Only the curl command was imported; what follows it (after \"%1\") was left out.")
                                .arg(word.text == QStringLiteral("\n") ? CurlImporter::tr("the line end") : word.text));
                    }
                    m_commandEnd = word.offset;
                    break;
                }
                args.append(word);
                m_commandEnd = word.end;
            }
            m_args = args;
            return true;
        }
        i = end + 1;
    }
    qsizetype first = 0;
    for (const Word& word : words) {
        if (!word.isOperator) {
            first = word.offset;
            break;
        }
    }
    return fail(first, CurlImporter::tr("This is not a curl command: it should start with \"curl\"."));
}

bool Parser::parseOptions()
{
    const qsizetype n = m_args.size();
    // In Windows PowerShell, `curl` is Invoke-WebRequest, whose options curl does not have.
    static const QStringList invokeWebRequest
        = {QStringLiteral("-Uri"),  QStringLiteral("-Method"),      QStringLiteral("-Headers"),
           QStringLiteral("-Body"), QStringLiteral("-ContentType"), QStringLiteral("-UseBasicParsing")};
    for (const Word& word : std::as_const(m_args)) {
        if (!word.isOperator && invokeWebRequest.contains(word.text, Qt::CaseInsensitive)) {
            return fail(
                word.offset,
                CurlImporter::tr("This is PowerShell's Invoke-WebRequest (called \"curl\" in Windows PowerShell), "
                                 "not curl: %1 is not a curl option. Copy the example for curl or bash instead.")
                    .arg(word.text));
        }
    }
    bool endOfOptions = false;
    for (qsizetype i = 0; i < n; ++i) {
        const Word& word = m_args[i];
        if (word.isOperator) {
            if (isRedirect(word)) {
                ignore(word.text);
                note(CurlImporter::tr("Redirections such as \"%1\" were left out: Latchkey shows the answer itself.")
                         .arg(word.text));
                if (i + 1 < n && !m_args[i + 1].isOperator) {
                    ++i;
                }
            }
            continue;
        }
        const QString& text = word.text;
        if (endOfOptions || !text.startsWith(QLatin1Char('-')) || text == QStringLiteral("-")) {
            m_urls.append(text);
            continue;
        }
        if (text == QStringLiteral("--")) {
            endOfOptions = true;
            continue;
        }
        auto valueAfter = [&](const QString& spelling, QString* value) -> bool {
            if (i + 1 >= n || m_args[i + 1].isOperator) {
                return fail(word.offset, CurlImporter::tr("The option %1 needs a value after it.").arg(spelling));
            }
            *value = m_args[++i].text;
            return true;
        };
        if (text.startsWith(QStringLiteral("--"))) {
            QString name = text.mid(2);
            QString value;
            bool inlineValue = false;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            if (equals > 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
                inlineValue = true;
            }
            const CurlOptions::Option* option = CurlOptions::findLong(name);
            bool negated = false;
            if (!option && name.startsWith(QStringLiteral("no-"))) {
                option = CurlOptions::findLong(QStringView(name).mid(3));
                negated = option != nullptr;
                if (option && option->takesValue) {
                    option = nullptr;
                }
            }
            const QString spelling = QStringLiteral("--") + name;
            if (!option) {
                ignore(spelling);
                m_unknown.append(spelling);
                continue;
            }
            if (option->takesValue && !inlineValue && !valueAfter(spelling, &value)) {
                return false;
            }
            if (!apply(*option, value, spelling, negated)) {
                return false;
            }
            continue;
        }
        // -sSL, -XPOST, -H value, -sH value
        for (qsizetype k = 1; k < text.size(); ++k) {
            const CurlOptions::Option* option = CurlOptions::findShort(text[k]);
            const QString spelling = QStringLiteral("-") + text[k];
            if (!option) {
                ignore(spelling);
                m_unknown.append(spelling);
                break;
            }
            if (!option->takesValue) {
                if (!apply(*option, {}, spelling, false)) {
                    return false;
                }
                continue;
            }
            QString value = text.mid(k + 1);
            if (value.isEmpty() && !valueAfter(spelling, &value)) {
                return false;
            }
            if (!apply(*option, value, spelling, false)) {
                return false;
            }
            break;
        }
        if (!m_error.isNull()) {
            return false;
        }
    }
    return true;
}

QString Parser::urlEncodedPiece(const QString& text, const QString& spelling, bool* ok)
{
    // curl: name=content, =content, content, name@file, @file
    *ok = true;
    qsizetype split = text.indexOf(QLatin1Char('='));
    QChar kind = QLatin1Char('=');
    if (split < 0) {
        split = text.indexOf(QLatin1Char('@'));
        kind = QLatin1Char('@');
    }
    if (split >= 0 && kind == QLatin1Char('@')) {
        noteFile(spelling);
        *ok = false;
        return {};
    }
    const QString name = split >= 0 ? text.left(split) : QString();
    const QString content = split >= 0 ? text.mid(split + 1) : text;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(content));
    return name.isEmpty() ? encoded : name + QLatin1Char('=') + encoded;
}

void Parser::addHeader(const QString& text, const QString& spelling)
{
    if (text.startsWith(QLatin1Char('@'))) {
        noteFile(spelling + QStringLiteral(" @file"));
        return;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        const QString trimmed = text.trimmed();
        if (trimmed.endsWith(QLatin1Char(';')) && trimmed.size() > 1) {
            m_headers.append({trimmed.chopped(1).trimmed(), QString()}); // "Name;": an empty header
            return;
        }
        note(CurlImporter::tr("The header \"%1\" has no colon, so it was left out.").arg(text.left(80)));
        return;
    }
    const QString name = text.left(colon).trimmed();
    const QString value = text.mid(colon + 1).trimmed();
    if (name.isEmpty()) {
        note(CurlImporter::tr("A header without a name was left out."));
        return;
    }
    if (value.isEmpty()) {
        note(
            CurlImporter::tr("\"%1:\" tells curl not to send its own %1 header; Latchkey has no such header to remove.")
                .arg(name));
        ignore(spelling + QLatin1Char(' ') + name + QLatin1Char(':'));
        return;
    }
    m_headers.append({name, value});
}

void Parser::addForm(const QString& text, const QString& spelling, bool literal)
{
    m_formUsed = true;
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        note(CurlImporter::tr("The form field \"%1\" has no name=value, so it was left out.").arg(text.left(80)));
        return;
    }
    const QString name = text.left(equals);
    QString content = text.mid(equals + 1);
    if (!literal && (content.startsWith(QLatin1Char('@')) || content.startsWith(QLatin1Char('<')))) {
        note(CurlImporter::tr("The form field \"%1\" sends a file; Latchkey does not send files, so it was left out.")
                 .arg(name));
        ignore(spelling + QLatin1Char(' ') + name + QStringLiteral("=@file"));
        return;
    }
    if (!literal) {
        if (content.startsWith(QLatin1Char('"'))) {
            QString unquoted;
            qsizetype k = 1;
            for (; k < content.size() && content[k] != QLatin1Char('"'); ++k) {
                if (content[k] == QLatin1Char('\\') && k + 1 < content.size()) {
                    ++k;
                }
                unquoted += content[k];
            }
            content = unquoted;
        } else {
            static const QRegularExpression parameters(QStringLiteral(";\\s*(type|filename|headers|encoder)="),
                                                       QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = parameters.match(content);
            if (match.hasMatch()) {
                content.truncate(match.capturedStart());
            }
        }
    }
    m_form.append({name, content});
}

bool Parser::apply(const CurlOptions::Option& option, const QString& value, const QString& spelling, bool negated)
{
    switch (option.action) {
    case Action::Data:
    case Action::DataBinary:
    case Action::DataRaw:
    case Action::DataUrlencode:
    case Action::Json:
        m_sawData = true;
        break;
    default:
        break;
    }
    return applyOption(option, value, spelling, negated);
}

bool Parser::applyOption(const CurlOptions::Option& option, const QString& value, const QString& spelling, bool negated)
{
    switch (option.action) {
    case Action::Request:
        m_method = value.trimmed().toUpper();
        m_methodExplicit = !m_method.isEmpty();
        break;
    case Action::Url:
        m_urls.append(value);
        break;
    case Action::Header:
        addHeader(value, spelling);
        break;
    case Action::Data:
    case Action::DataBinary:
        if (value.startsWith(QLatin1Char('@'))) {
            noteFile(spelling + QStringLiteral(" @file"));
        } else {
            m_data.append({value, false});
        }
        break;
    case Action::DataRaw:
        m_data.append({value, false});
        break;
    case Action::DataUrlencode: {
        bool ok = false;
        const QString piece = urlEncodedPiece(value, spelling + QStringLiteral(" @file"), &ok);
        if (ok) {
            m_data.append({piece, false});
        }
        break;
    }
    case Action::Form:
    case Action::FormString:
        addForm(value, spelling, option.action == Action::FormString);
        break;
    case Action::Json:
        m_json = true;
        if (value.startsWith(QLatin1Char('@'))) {
            noteFile(spelling + QStringLiteral(" @file"));
        } else {
            m_data.append({value, true});
        }
        break;
    case Action::User:
        m_user = value;
        m_hasUser = true;
        break;
    case Action::OAuth2Bearer:
        m_bearer = value;
        m_hasBearer = true;
        break;
    case Action::UserAgent:
        m_userAgent = value.trimmed();
        break;
    case Action::Referer:
        m_referer = value.trimmed();
        if (m_referer.endsWith(QStringLiteral(";auto"))) {
            m_referer.chop(5);
        }
        break;
    case Action::Cookie:
        if (value.contains(QLatin1Char('='))) {
            m_cookies.append(value.trimmed());
        } else {
            note(CurlImporter::tr("%1 %2 reads cookies from a file; Latchkey does not read it.")
                     .arg(spelling, value.left(80)));
            ignore(spelling);
        }
        break;
    case Action::Get:
        m_get = !negated;
        break;
    case Action::Head:
        m_head = !negated;
        break;
    case Action::UrlQuery: {
        if (value.startsWith(QLatin1Char('+'))) {
            m_urlQuery.append(value.mid(1));
        } else {
            bool ok = false;
            const QString piece = urlEncodedPiece(value, spelling + QStringLiteral(" @file"), &ok);
            if (ok) {
                m_urlQuery.append(piece);
            }
        }
        break;
    }
    case Action::UploadFile:
        m_upload = true;
        noteFile(spelling);
        break;
    case Action::Insecure:
        ignore(spelling);
        note(CurlImporter::tr(
                 "%1 turns off certificate checks in curl. Latchkey never skips them: if the service's certificate "
                 "is not valid, Latchkey says so instead of sending your token.")
                 .arg(spelling));
        break;
    case Action::Location:
        ignore(spelling);
        break;
    case Action::Config:
        ignore(spelling);
        note(CurlImporter::tr("%1 reads curl options from a file; Latchkey does not read it.").arg(spelling));
        break;
    case Action::Next:
        note(CurlImporter::tr("The command makes several requests (%1); only the first one was imported.")
                 .arg(spelling));
        return false;
    case Action::Variable:
        ignore(spelling);
        note(CurlImporter::tr("curl's own variables (%1) are not supported; use Latchkey's {{variables}} instead.")
                 .arg(spelling));
        break;
    case Action::Expand: {
        const CurlOptions::Option* base = CurlOptions::findLong(QStringView(spelling).mid(9)); // --expand-
        note(CurlImporter::tr("curl's {{variables}} in %1 were kept as Latchkey variables.").arg(spelling));
        if (base && base->action != Action::Expand) {
            return apply(*base, value, spelling, negated);
        }
        ignore(spelling);
        break;
    }
    case Action::NoteTls:
        ignore(spelling);
        note(CurlImporter::tr(
                 "%1 sets up certificates for curl; Latchkey uses the system's certificate checks and does not use "
                 "client certificates.")
                 .arg(spelling));
        break;
    case Action::NoteProxy:
        ignore(spelling);
        note(CurlImporter::tr("%1 sets a proxy for curl; Latchkey uses the system's proxy settings.").arg(spelling));
        break;
    case Action::NoteAuthScheme:
        ignore(spelling);
        note(CurlImporter::tr(
                 "%1 asks for an authentication method Latchkey does not support; only Bearer, token headers and "
                 "Basic are.")
                 .arg(spelling));
        break;
    case Action::NoteCookieJar:
        ignore(spelling);
        note(CurlImporter::tr("%1 saves cookies to a file; Latchkey does not keep cookies between requests.")
                 .arg(spelling));
        break;
    case Action::NoteNetrc:
        ignore(spelling);
        note(CurlImporter::tr(
                 "%1 reads passwords from a .netrc file; Latchkey does not read it. Add the token to Latchkey instead.")
                 .arg(spelling));
        break;
    case Action::NoteRouting:
        ignore(spelling);
        note(CurlImporter::tr("%1 changes how curl connects; Latchkey connects the usual way.").arg(spelling));
        break;
    case Action::NoteTarget:
        ignore(spelling);
        note(CurlImporter::tr("%1 changes the address curl sends; Latchkey sends the address as it is.").arg(spelling));
        break;
    case Action::NoteRange:
        ignore(spelling);
        note(CurlImporter::tr("%1 asks for part of the answer; Latchkey asks for the whole answer.").arg(spelling));
        break;
    case Action::Ignored:
        ignore(spelling);
        break;
    }
    return true;
}

bool Parser::build()
{
    RequestSpec& spec = m_request.spec;
    if (!m_unknown.isEmpty()) {
        QString list = m_unknown.mid(0, 10).join(QStringLiteral(", "));
        if (m_unknown.size() > 10) {
            list += CurlImporter::tr(" and %1 more").arg(m_unknown.size() - 10);
        }
        note(m_unknown.size() == 1
                 ? CurlImporter::tr("Latchkey does not know the option %1, so it was left out.").arg(list)
                 : CurlImporter::tr("Latchkey does not know the options %1, so they were left out.").arg(list));
    }
    if (m_urls.isEmpty()) {
        return fail(m_commandEnd, CurlImporter::tr("There is no address (URL) in this curl command."));
    }
    if (m_urls.size() > 1) {
        note(CurlImporter::tr("The command has %1 addresses; only the first one, %2, was imported.")
                 .arg(m_urls.size())
                 .arg(m_urls.first().left(200)));
    }
    QString url = m_urls.first().trimmed();

    QString data;
    for (qsizetype k = 0; k < m_data.size(); ++k) {
        if (k > 0 && !(m_data[k].json && m_data[k - 1].json)) {
            data += QLatin1Char('&');
        }
        data += m_data[k].text;
    }
    const bool hasData = !m_data.isEmpty();

    QString contentType;
    for (const RequestSpec::Field& header : std::as_const(m_headers)) {
        if (header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0) {
            contentType = header.second;
        }
    }

    if (m_get && hasData) {
        UrlText parts = UrlText::parse(url);
        parts.hasQuery = true;
        parts.queryPieces.append(data);
        url = parts.toString();
    }
    if (!m_urlQuery.isEmpty()) {
        UrlText parts = UrlText::parse(url);
        parts.hasQuery = true;
        parts.queryPieces.append(m_urlQuery);
        url = parts.toString();
    }

    // Method: -X wins, then -I, -G, data, -T.
    if (m_methodExplicit) {
        spec.method = m_method;
    } else if (m_head) {
        spec.method = QStringLiteral("HEAD");
    } else if (m_get) {
        spec.method = QStringLiteral("GET");
    } else if (m_sawData || m_formUsed) {
        spec.method = QStringLiteral("POST");
    } else if (m_upload) {
        spec.method = QStringLiteral("PUT");
    } else {
        spec.method = QStringLiteral("GET");
    }

    // Body
    if (m_formUsed) {
        spec.bodyType = m_form.isEmpty() ? QString() : QStringLiteral("form"); // only files: nothing to send
        spec.formFields = m_form;
        note(CurlImporter::tr("curl sends -F fields as multipart/form-data; Latchkey sends them as an ordinary form "
                              "(application/x-www-form-urlencoded), which most services accept too."));
        if (hasData) {
            note(CurlImporter::tr(
                "The command has both -F fields and -d data, which curl refuses; the -d data was left out."));
        }
        if (normalizedType(contentType).startsWith(QStringLiteral("multipart/form-data"))) {
            contentType.clear();
            m_headers.removeIf([](const RequestSpec::Field& header) {
                return header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0;
            });
        }
    } else if (hasData && !m_get) {
        const QString type = normalizedType(contentType);
        if (m_json && contentType.isEmpty()) {
            spec.bodyType = QStringLiteral("json");
            spec.body = data;
            bool hasAccept = false;
            for (const RequestSpec::Field& header : std::as_const(m_headers)) {
                hasAccept = hasAccept || header.first.compare(QStringLiteral("Accept"), Qt::CaseInsensitive) == 0;
            }
            if (!hasAccept) {
                m_headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
            }
        } else if (!contentType.isEmpty() && isJsonType(contentType)) {
            spec.bodyType = QStringLiteral("json");
            spec.body = data;
        } else if (type.startsWith(QStringLiteral("application/x-www-form-urlencoded"))
                   || (contentType.isEmpty() && !looksLikeJson(data))) {
            if (parseForm(data, &spec.formFields)) {
                spec.bodyType = QStringLiteral("form");
            } else {
                spec.bodyType = QStringLiteral("raw");
                spec.body = data;
            }
        } else if (contentType.isEmpty()) {
            spec.bodyType = QStringLiteral("json");
            spec.body = data;
            note(CurlImporter::tr(
                "The data is JSON, but the command does not say so (curl would send it as a form); Latchkey "
                "sends it as JSON."));
        } else {
            spec.bodyType = QStringLiteral("raw");
            spec.body = data;
        }
    }
    // A Content-Type the body type implies is not kept as a header.
    if (!spec.bodyType.isEmpty() && normalizedType(contentType) == impliedType(spec.bodyType)) {
        m_headers.removeIf([](const RequestSpec::Field& header) {
            return header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0;
        });
    }

    auto hasHeader = [this](const QString& name) {
        for (const RequestSpec::Field& header : std::as_const(m_headers)) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    if (!m_userAgent.isEmpty() && !hasHeader(QStringLiteral("User-Agent"))) {
        m_headers.append({QStringLiteral("User-Agent"), m_userAgent});
    }
    if (!m_referer.isEmpty() && !hasHeader(QStringLiteral("Referer"))) {
        m_headers.append({QStringLiteral("Referer"), m_referer});
    }
    if (!m_cookies.isEmpty()) {
        m_headers.append({QStringLiteral("Cookie"), m_cookies.join(QStringLiteral("; "))});
    }
    spec.url = url;
    spec.headers = m_headers;

    // Credentials out; shell variables assigned in the text give their values.
    QHash<QString, QString> secretValues;
    for (auto it = m_assignments.cbegin(); it != m_assignments.cend(); ++it) {
        secretValues.insert(it.key(), it.value());
    }
    CredentialExtractor& extractor = m_extractor;
    extractor.setSecretValues(secretValues);
    extractor.extract(m_request);
    if (m_hasUser) {
        const qsizetype colon = m_user.indexOf(QLatin1Char(':'));
        const QString user = colon >= 0 ? m_user.left(colon) : m_user;
        const QString password = colon >= 0 ? m_user.mid(colon + 1) : QString();
        const bool keyAsUser = colon >= 0 && password.isEmpty() && !user.isEmpty() && m_catalog
            && m_catalog->recognize(user.toUtf8()).ok();
        if (keyAsUser) {
            // Stripe and others: `-u sk_test_…:` sends the key as the user name.
            extractor.add(m_request, DetectedCredential::Kind::Bearer, QStringLiteral("Authorization"), user, {},
                          CurlImporter::tr("the -u option"));
            note(CurlImporter::tr("The key given as the user name of -u is used as the service's token."));
        } else {
            if (colon < 0) {
                note(CurlImporter::tr(
                    "-u gives only a user name; curl would ask for the password. Latchkey will ask for it when "
                    "you keep the token."));
            }
            extractor.add(m_request, DetectedCredential::Kind::Basic, QStringLiteral("Authorization"), password, user,
                          CurlImporter::tr("the -u option"));
        }
    }
    if (m_hasBearer) {
        extractor.add(m_request, DetectedCredential::Kind::Bearer, QStringLiteral("Authorization"), m_bearer, {},
                      CurlImporter::tr("the --oauth2-bearer option"));
    }
    spec.url = spec.url.trimmed(); // "user:pass@ host" loses more than its credentials

    // Placeholders of documentation in the address ({space_id}, <project_id>) become {{variables}}.
    static const QRegularExpression placeholder(
        QStringLiteral("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_-]*)\\}(?!\\})|<([A-Za-z_][A-Za-z0-9_-]*)>"));
    QStringList placeholders;
    QSet<QString> placeholderSet;
    QString address;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(spec.url);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        address += QStringView(spec.url).mid(last, match.capturedStart() - last);
        address += QStringLiteral("{{") + name + QStringLiteral("}}");
        last = match.capturedEnd();
        if (!placeholderSet.contains(name)) {
            placeholderSet.insert(name);
            placeholders.append(name);
        }
    }
    // A header whose whole value is such a placeholder too (X-Contentful-Content-Type: <content_type_id>).
    static const QRegularExpression wholePlaceholder(
        QStringLiteral("^(?:\\{([A-Za-z_][A-Za-z0-9_-]*)\\}|<([A-Za-z_][A-Za-z0-9_-]*)>)$"));
    for (RequestSpec::Field& header : spec.headers) {
        const QRegularExpressionMatch match = wholePlaceholder.match(header.second.trimmed());
        if (match.hasMatch()) {
            const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            header.second = QStringLiteral("{{") + name + QStringLiteral("}}");
            if (!placeholderSet.contains(name)) {
                placeholderSet.insert(name);
                placeholders.append(name);
            }
        }
    }
    if (!placeholders.isEmpty()) {
        address += QStringView(spec.url).mid(last);
        spec.url = address;
        note(CurlImporter::tr("The command has placeholders to fill in; they became the variables %1.")
                 .arg(QStringLiteral("{{") + placeholders.mid(0, 20).join(QStringLiteral("}}, {{"))
                      + QStringLiteral("}}")));
    }

    // Variables the request uses that the text assigned (and that are not secrets) get their values.
    if (!m_assignments.isEmpty()) {
        QStringList used;
        QSet<QString> seen;
        auto collect = [&used, &seen](const QString& text) {
            qsizetype at = 0;
            while ((at = text.indexOf(QStringLiteral("{{"), at)) >= 0) {
                const qsizetype end = text.indexOf(QStringLiteral("}}"), at + 2);
                if (end < 0) {
                    break;
                }
                const QString name = text.mid(at + 2, end - at - 2).trimmed();
                if (!seen.contains(name)) {
                    seen.insert(name);
                    used.append(name);
                }
                at = end + 2;
            }
        };
        collect(spec.url);
        for (const RequestSpec::Field& header : std::as_const(spec.headers)) {
            collect(header.second);
        }
        collect(spec.body);
        for (const RequestSpec::Field& field : std::as_const(spec.formFields)) {
            collect(field.second);
        }
        const QStringList& referenced = extractor.referencedVariables();
        const QSet<QString> credentials(referenced.cbegin(), referenced.cend());
        for (const QString& name : std::as_const(used)) {
            const auto value = m_assignments.constFind(name);
            if (value != m_assignments.cend() && !credentials.contains(name)) {
                m_request.variables.append({name, *value});
            }
        }
    }
    QStringList shellVariables;
    const QSet<QString> referenced(extractor.referencedVariables().cbegin(), extractor.referencedVariables().cend());
    for (const QString& name : std::as_const(m_shellVariables)) {
        if (!referenced.contains(name) && !name.startsWith(QStringLiteral("LATCHKEY_")) && shellVariables.size() < 50) {
            shellVariables.append(name);
        }
    }
    if (!shellVariables.isEmpty()) {
        note(CurlImporter::tr("Shell variables became Latchkey variables: %1.")
                 .arg(QStringLiteral("{{") + shellVariables.join(QStringLiteral("}}, {{")) + QStringLiteral("}}")));
    }

    const UrlText parts = UrlText::parse(spec.url);
    QString where = parts.host + parts.path;
    if (where.isEmpty()) {
        where = spec.url;
    }
    m_request.name = QString(spec.method + QLatin1Char(' ') + where).left(120);
    return true;
}

ImportResult Parser::run()
{
    QStringList notes;
    const QString text = straightenQuotes(m_text, &notes);
    const ShellWords::Result words = ShellWords::split(text);
    if (!words.ok()) {
        return ImportResult::failure(ImportFormat::Curl, words.error);
    }
    m_shellVariables = words.variables;
    if (!findCommand(words.words)) {
        return ImportResult::failure(ImportFormat::Curl, m_error);
    }
    if (!parseOptions() && !m_error.isNull()) {
        return ImportResult::failure(ImportFormat::Curl, m_error);
    }
    if (!build()) {
        return ImportResult::failure(ImportFormat::Curl, m_error);
    }
    ImportResult result;
    result.format = ImportFormat::Curl;
    result.notes = notes + words.notes;
    result.requests.append(m_request);
    result.credentials = m_extractor.credentials();
    return result;
}

} // namespace

ImportResult CurlImporter::parse(const QString& text, const ProviderCatalog* catalog)
{
    if (text.size() > ImportLimits::maxInputBytes) {
        return ImportResult::failure(
            ImportFormat::Curl,
            ImportError::plain(CurlImporter::tr("This command is %1 MB long; Latchkey reads commands up to %2 MB.")
                                   .arg(text.size() / (1024 * 1024))
                                   .arg(ImportLimits::maxInputBytes / (1024 * 1024))));
    }
    return Parser(text, catalog).run();
}

ImportResult CurlImporter::parse(const QByteArray& data, const ProviderCatalog* catalog)
{
    if (data.size() > ImportLimits::maxInputBytes) {
        return ImportResult::failure(
            ImportFormat::Curl,
            ImportError::plain(CurlImporter::tr("This file is %1 MB; Latchkey imports files up to %2 MB.")
                                   .arg(data.size() / (1024 * 1024))
                                   .arg(ImportLimits::maxInputBytes / (1024 * 1024))));
    }
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    return parse(QString::fromUtf8(bytes), catalog);
}

bool CurlImporter::looksLikeCurl(QStringView text)
{
    // Blank lines, # comments and variable assignments (export TOKEN=…, set TOKEN=…, $env:TOKEN = …)
    // may come first; then a prompt, sudo or NAME=value words, then curl.
    static const QRegularExpression skipped(QStringLiteral(
        "^\\s*(?:#.*|(?:export\\s+|set\\s+)?[A-Za-z_][A-Za-z0-9_]*=.*|\\$env:[A-Za-z_][A-Za-z0-9_]*\\s*=.*)?$"));
    static const QRegularExpression command(
        QStringLiteral("^\\s*(?:(?:\\$|%|>|PS[^>]*>|[A-Za-z]:\\\\[^>]*>)\\s*)?(?:sudo\\s+)?"
                       "(?:[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+)*(?:[\\w.~:/\\\\-]*[/\\\\])?curl(?:\\.exe)?(?:\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    int lines = 0;
    for (const QStringView line : text.left(65536).split(QLatin1Char('\n'))) {
        if (command.match(line).hasMatch()) {
            return true;
        }
        if (!skipped.match(line).hasMatch() || ++lines > 200) {
            return false;
        }
    }
    return false;
}
