#include "SendCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TerminalColours.h"
#include "data/BodyFormatter.h"
#include "http/HostGuard.h"
#include "http/RequestRunner.h"
#include "http/RequestSender.h"
#include "http/ResponseSummary.h"
#include "http/SendJob.h"
#include "providers/ProviderCatalog.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList methods
    = {QStringLiteral("GET"),   QStringLiteral("HEAD"),   QStringLiteral("POST"),   QStringLiteral("PUT"),
       QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS")};
const QStringList outputs
    = {QStringLiteral("pretty"), QStringLiteral("raw"), QStringLiteral("json"), QStringLiteral("headers")};

} // namespace

void SendCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends a request with one of your tokens and prints the answer on standard output, and a one-line "
           "summary on standard error. A path such as /user/repos is put after the token's service address."));
    parser.addPositionalArgument(QStringLiteral("method"), tr("GET (default), POST, PUT, PATCH, DELETE, HEAD."),
                                 QStringLiteral("[METHOD]"));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The address: https://… or a path like /user/repos."));
    const QCommandLineOption token({QStringLiteral("t"), QStringLiteral("token")},
                                   tr("The token to send (its name). Left out: the only token for that host."),
                                   tr("name"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
                                    tr("A header, \"Name: value\" (repeatable)."), tr("header"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
                                  tr("The request body; @FILE reads a file, @- standard input. JSON is sent as JSON."),
                                  tr("body"));
    const QCommandLineOption variable(QStringLiteral("var"), tr("A value for a {{variable}}, K=V (repeatable)."),
                                      tr("K=V"));
    const QCommandLineOption yes(
        {QStringLiteral("y"), QStringLiteral("yes")},
        tr("Confirm what would otherwise be refused: a request that changes things with a token in "
           "explore mode, or a token over plain http://."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("pretty (default: JSON indented), raw (the bytes as received), json (status, headers "
           "and body as JSON), headers (status line and headers)."),
        tr("format"), QStringLiteral("pretty"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up after this many seconds without an answer."), tr("seconds"));
    const QCommandLineOption saveTo(QStringLiteral("save-to"),
                                    tr("Write the body to this file instead of standard output."), tr("file"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("No summary on standard error."));
    parser.addOptions({token, header, data, variable, yes, output, timeout, saveTo, quiet});
    if (!parse(parser, arguments, QStringLiteral("send"))) {
        return;
    }

    QStringList positional = parser.positionalArguments();
    RequestSpec spec;
    if (positional.size() == 2 && methods.contains(positional.first().toUpper())) {
        spec.method = positional.takeFirst().toUpper();
    } else if (positional.size() == 2) {
        usageError(
            tr("\"%1\" is not a method; use one of %2.").arg(positional.first(), methods.join(QStringLiteral(", "))),
            QStringLiteral("send"));
        return;
    } else if (parser.isSet(data)) {
        spec.method = QStringLiteral("POST");
    }
    if (positional.size() != 1) {
        usageError(tr("Give one address: latchkey send /user/repos --token NAME"), QStringLiteral("send"));
        return;
    }
    spec.url = positional.first();
    m_output = parser.value(output).toLower();
    m_quiet = parser.isSet(quiet);
    if (!outputs.contains(m_output)) {
        usageError(tr("--output is one of %1.").arg(outputs.join(QStringLiteral(", "))), QStringLiteral("send"));
        return;
    }
    for (const QString& value : parser.values(header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            usageError(tr("\"%1\" is not a header; write it as \"Name: value\".").arg(value), QStringLiteral("send"));
            return;
        }
        spec.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
    }
    if (parser.isSet(data)) {
        QString body = parser.value(data);
        if (body.startsWith(QLatin1Char('@'))) {
            QFile file;
            const bool fromStdin = body == QStringLiteral("@-");
            const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                          : (file.setFileName(body.mid(1)), file.open(QIODevice::ReadOnly));
            if (!opened) {
                ConsoleIO::error(tr("Could not read %1: %2").arg(body.mid(1), file.errorString()));
                finish(ExitUsage);
                return;
            }
            body = QString::fromUtf8(file.readAll());
        }
        spec.body = body;
        const QJsonDocument asJson = QJsonDocument::fromJson(body.toUtf8());
        spec.bodyType = asJson.isNull() ? QStringLiteral("raw") : QStringLiteral("json");
    }

    RequestSender::Options options;
    for (const QString& value : parser.values(variable)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            usageError(tr("\"%1\" is not K=V.").arg(value), QStringLiteral("send"));
            return;
        }
        options.variables.insert(value.left(equals).trimmed(), value.mid(equals + 1));
    }
    options.allowances.write = parser.isSet(yes);
    options.allowances.plainHttp = parser.isSet(yes);
    const Settings settings;
    options.timeoutMs = settings.timeoutSeconds() * 1000;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            usageError(tr("--timeout takes a number of seconds."), QStringLiteral("send"));
            return;
        }
        options.timeoutMs = int(seconds * 1000);
    }
    options.maxBodyBytes = settings.maxBodyBytes();
    options.saveTo = parser.value(saveTo);

    // The token: named, or the only one whose hosts include this address's host.
    TokenVault& vault = m_context.vault();
    const ProviderCatalog& catalog = m_context.catalog();
    if (parser.isSet(token)) {
        const auto record = vault.find(parser.value(token));
        if (!record) {
            ConsoleIO::error(
                tr("There is no token named \"%1\". See your tokens with: latchkey tokens").arg(parser.value(token)));
            finish(ExitNotFound);
            return;
        }
        spec.tokenId = record->id;
    } else {
        const QUrl url(spec.url.trimmed());
        QList<TokenRecord> matching;
        for (const TokenRecord& record : vault.tokens()) {
            if (!url.host().isEmpty()
                && HostGuard::isAllowedHost(url, catalog.providerOrCustom(record.providerId).hostsFor(record))) {
                matching.append(record);
            }
        }
        if (matching.size() == 1) {
            spec.tokenId = matching.first().id;
            if (!m_quiet) {
                ConsoleIO::err(tr("Using the token \"%1\".").arg(matching.first().name));
            }
        } else if (matching.size() > 1) {
            QStringList names;
            for (const TokenRecord& record : matching) {
                names.append(record.name);
            }
            usageError(tr("Several tokens belong to %1 (%2): pick one with --token NAME.")
                           .arg(url.host(), names.join(QStringLiteral(", "))),
                       QStringLiteral("send"));
            return;
        } else if (url.host().isEmpty()) {
            usageError(
                tr("\"%1\" is a path: name the token whose service it belongs to, with --token NAME.").arg(spec.url),
                QStringLiteral("send"));
            return;
        }
    }
    m_tokenId = spec.tokenId;

    auto* sender = new RequestSender(vault, catalog, m_context.runner(), this);
    SendJob* job = sender->send(spec, options, this);
    // Raw output streams as it arrives.
    if (m_output == QStringLiteral("raw") && options.saveTo.isEmpty()) {
        connect(job, &SendJob::bodyChunk, this, [this](const QByteArray& chunk) {
            m_streamed = true;
            ConsoleIO::outBytes(chunk);
        });
    }
    connect(job, &SendJob::finished, this, &SendCommand::report);
}

void SendCommand::report(const SendResult& result)
{
    switch (result.stage) {
    case SendResult::Stage::MissingVariables:
        ConsoleIO::error(result.message);
        ConsoleIO::err(tr("Give them with --var NAME=VALUE."));
        finish(ExitUsage);
        return;
    case SendResult::Stage::TokenMissing:
        ConsoleIO::error(result.message);
        finish(ExitNotFound);
        return;
    case SendResult::Stage::Keychain:
        ConsoleIO::error(result.message);
        finish(ExitKeychain);
        return;
    case SendResult::Stage::Refused: {
        ConsoleIO::error(result.message);
        const RequestPreparer::Refusal refusal = result.check.refusal;
        if (refusal == RequestPreparer::Refusal::Write || refusal == RequestPreparer::Refusal::PlainHttp) {
            ConsoleIO::err(tr("To send it anyway, add --yes."));
        } else if (refusal == RequestPreparer::Refusal::OtherHost) {
            ConsoleIO::err(
                tr("To allow that host for this token, add it in the window (the token's details), or add the "
                   "token again with --host %1.")
                    .arg(result.check.requestHost));
        }
        const bool safety = refusal == RequestPreparer::Refusal::OtherHost
            || refusal == RequestPreparer::Refusal::PlainHttp || refusal == RequestPreparer::Refusal::Write;
        finish(safety ? ExitRefused : ExitUsage);
        return;
    }
    case SendResult::Stage::Answered:
        break;
    }

    const Response& response = result.response;
    const auto token = m_context.vault().token(m_tokenId);
    const Provider* provider = token ? &m_context.catalog().providerOrCustom(token->providerId) : nullptr;
    BodyFormatter::JsonInfo info;
    QByteArray pretty;
    if (response.received() && response.bodyFile.isEmpty() && m_output == QStringLiteral("pretty")
        && BodyFormatter::detect(response.contentType(), response.body) == BodyFormatter::Kind::Json) {
        pretty = BodyFormatter::prettyJson(response.body, &info);
    } else if (response.received() && response.bodyFile.isEmpty()) {
        info = BodyFormatter::inspectJson(response.body);
    }

    if (response.received()) {
        if (m_output == QStringLiteral("pretty") && response.bodyFile.isEmpty()) {
            if (!pretty.isEmpty()) {
                ConsoleIO::outBytes(TerminalColours::wanted() ? TerminalColours::json(pretty) : pretty);
            } else {
                ConsoleIO::outBytes(response.body);
                if (!response.body.isEmpty() && !response.body.endsWith('\n') && ConsoleIO::stdoutIsTerminal()) {
                    ConsoleIO::outBytes("\n");
                }
            }
        } else if (m_output == QStringLiteral("raw") && !m_streamed) {
            ConsoleIO::outBytes(response.body);
        } else if (m_output == QStringLiteral("headers")) {
            ConsoleIO::outLine(QStringLiteral("%1 %2").arg(
                response.httpVersion, ResponseSummary::statusText(response.status, response.reason)));
            for (const HttpHeaders::Header& h : response.headers.list()) {
                ConsoleIO::outLine(QString::fromUtf8(h.first + ": " + h.second));
            }
        } else if (m_output == QStringLiteral("json")) {
            QJsonObject envelope {{QStringLiteral("status"), response.status},
                                  {QStringLiteral("reason"), response.reason},
                                  {QStringLiteral("url"), result.shownUrl.toString()},
                                  {QStringLiteral("timeMs"), response.timings.totalMs},
                                  {QStringLiteral("size"), response.bodySize}};
            QJsonObject headers;
            for (const HttpHeaders::Header& h : response.headers.list()) {
                headers.insert(QString::fromUtf8(h.first), QString::fromUtf8(h.second));
            }
            envelope.insert(QStringLiteral("headers"), headers);
            const QJsonDocument body = QJsonDocument::fromJson(response.body);
            if (!response.bodyFile.isEmpty()) {
                envelope.insert(QStringLiteral("bodyFile"), response.bodyFile);
            } else if (!body.isNull()) {
                envelope.insert(QStringLiteral("body"),
                                body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()));
            } else {
                envelope.insert(QStringLiteral("body"), QString::fromUtf8(response.body));
            }
            ConsoleIO::outBytes(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
        }
    }

    if (!m_quiet) {
        const ResponseSummary summary = ResponseSummary::of(response, provider, info.valid ? info.itemCount : -1);
        ConsoleIO::err(summary.headline);
        if (!summary.advice.isEmpty()) {
            ConsoleIO::err(summary.advice);
        }
        if (response.received() && !info.valid && !response.body.isEmpty() && m_output == QStringLiteral("pretty")
            && BodyFormatter::detect(response.contentType(), response.body) == BodyFormatter::Kind::Json) {
            ConsoleIO::err(
                tr("The answer says it is JSON but is not valid JSON; shown as received. %1").arg(info.error));
        }
        if (!response.bodyFile.isEmpty()) {
            ConsoleIO::err(tr("Saved the answer to %1.").arg(response.bodyFile));
        }
    }
    finish(response.received() ? ExitSuccess : ExitRequestFailed);
}
