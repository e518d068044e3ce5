#include "SendCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TerminalColours.h"
#include "data/BodyFormatter.h"
#include "http/HostGuard.h"
#include "http/PageRule.h"
#include "http/RequestRunner.h"
#include "http/RequestSender.h"
#include "http/ResponseSummary.h"
#include "http/SendJob.h"
#include "presets/History.h"
#include "presets/HistoryEntry.h"
#include "presets/PresetStore.h"
#include "presets/ResponseStore.h"
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

} // namespace

SendCommand::SendCommand(CliContext& context, bool runPreset, QObject* parent)
    : CliCommand(context, parent)
    , m_runPreset(runPreset)
    , m_command(runPreset ? QStringLiteral("run") : QStringLiteral("send"))
{ }

void SendCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (m_runPreset) {
        parser.setApplicationDescription(
            tr("Sends a saved preset with its token and prints the answer on standard output, and a one-line "
               "summary on standard error. The preset's variables take their defaults unless given with --var; "
               "-H adds headers, -d replaces the body, --token uses another token."));
        parser.addPositionalArgument(QStringLiteral("preset"), tr("The preset's name (see: latchkey presets)."));
    } else {
        parser.setApplicationDescription(
            tr("Sends a request with one of your tokens and prints the answer on standard output, and a one-line "
               "summary on standard error. A path such as /user/repos is put after the token's service address."));
        parser.addPositionalArgument(QStringLiteral("method"), tr("GET (default), POST, PUT, PATCH, DELETE, HEAD."),
                                     QStringLiteral("[METHOD]"));
        parser.addPositionalArgument(QStringLiteral("url"), tr("The address: https://… or a path like /user/repos."));
    }
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
           "and body as JSON), headers (status line and headers), table (the list as columns, cut to the "
           "terminal's width), csv (the list as CSV, every column)."),
        tr("format"), QStringLiteral("pretty"));
    const QCommandLineOption allPages(QStringLiteral("all-pages"),
                                      tr("Follow the service's pages and print the rows of all of them as one list."));
    const QCommandLineOption maxPages(
        QStringLiteral("max-pages"),
        tr("With --all-pages: stop after this many pages (default: the setting, %1).").arg(Settings().pageCap()),
        tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up after this many seconds without an answer."), tr("seconds"));
    const QCommandLineOption saveTo(QStringLiteral("save-to"),
                                    tr("Write the body to this file instead of standard output."), tr("file"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("No summary on standard error."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  tr("Once an answer arrives, save the request as a preset with this name (the "
                                     "token by reference, never the secret; --var values become its defaults)."),
                                  tr("name"));
    const QCommandLineOption search(QStringLiteral("filter"),
                                    tr("With --output table or csv: only the rows holding this text, in any column."),
                                    tr("text"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("With --output table or csv: sort the rows by this column (e.g. owner.login); "
                                     "a leading - sorts from the largest."),
                                  tr("column"));
    parser.addOptions(
        {token, header, data, variable, yes, output, allPages, maxPages, search, sort, timeout, saveTo, quiet});
    if (!m_runPreset) {
        parser.addOption(save);
    }
    if (!parse(parser, arguments, m_command)) {
        return;
    }

    QStringList positional = parser.positionalArguments();
    RequestSpec spec;
    if (m_runPreset) {
        if (positional.size() != 1) {
            usageError(tr("Name one preset: latchkey run NAME (see them with: latchkey presets)."), m_command);
            return;
        }
        const auto preset = m_context.presets().find(positional.first());
        if (!preset) {
            ConsoleIO::error(
                tr("There is no preset named \"%1\". See your presets with: latchkey presets").arg(positional.first()));
            finish(ExitNotFound);
            return;
        }
        spec = preset->request;
        m_presetId = preset->id;
        m_given = preset->defaults();
        positional = {spec.url};
    } else if (parser.isSet(save)) {
        m_saveAs = parser.value(save).trimmed();
        if (const QString problem = m_context.presets().validateName(m_saveAs);
            !problem.isEmpty() && !m_context.presets().find(m_saveAs)) {
            usageError(problem, m_command);
            return;
        }
    }
    if (m_runPreset) {
        // The preset's method and address stand.
    } else if (positional.size() == 2 && methods.contains(positional.first().toUpper())) {
        spec.method = positional.takeFirst().toUpper();
    } else if (positional.size() == 2) {
        usageError(
            tr("\"%1\" is not a method; use one of %2.").arg(positional.first(), methods.join(QStringLiteral(", "))),
            m_command);
        return;
    } else if (parser.isSet(data)) {
        spec.method = QStringLiteral("POST");
    }
    if (positional.size() != 1) {
        usageError(tr("Give one address: latchkey send /user/repos --token NAME"), m_command);
        return;
    }
    spec.url = positional.first();
    m_quiet = parser.isSet(quiet);
    const std::optional<ResponsePrinter::Format> format = ResponsePrinter::formatFromName(parser.value(output));
    if (!format) {
        usageError(tr("--output is one of %1.").arg(ResponsePrinter::formatNames().join(QStringLiteral(", "))),
                   m_command);
        return;
    }
    m_printer = std::make_unique<ResponsePrinter>(*format);
    m_printer->setCountItems(!m_quiet);
    if (parser.isSet(search) || parser.isSet(sort)) {
        if (*format != ResponsePrinter::Format::Table && *format != ResponsePrinter::Format::Csv) {
            usageError(tr("--filter and --sort go with --output table or csv."), QStringLiteral("send"));
            return;
        }
        m_printer->setSearch(parser.value(search));
        QString column = parser.value(sort);
        const bool descending = column.startsWith(QLatin1Char('-'));
        if (descending) {
            column.remove(0, 1);
        }
        m_printer->setSort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    int pageCap = 0;
    if (parser.isSet(maxPages)) {
        bool ok = false;
        pageCap = parser.value(maxPages).toInt(&ok);
        if (!ok || pageCap <= 0) {
            usageError(tr("--max-pages takes a number of pages, 1 or more."), m_command);
            return;
        }
        if (!parser.isSet(allPages)) {
            usageError(tr("--max-pages goes with --all-pages."), m_command);
            return;
        }
    }
    if (parser.isSet(allPages) && parser.isSet(saveTo)) {
        usageError(tr("--all-pages and --save-to do not go together."), m_command);
        return;
    }
    for (const QString& value : parser.values(header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            usageError(tr("\"%1\" is not a header; write it as \"Name: value\".").arg(value), m_command);
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
            usageError(tr("\"%1\" is not K=V.").arg(value), m_command);
            return;
        }
        options.variables.insert(value.left(equals).trimmed(), value.mid(equals + 1));
    }
    for (auto it = options.variables.constBegin(); it != options.variables.constEnd(); ++it) {
        m_given.insert(it.key(), it.value());
    }
    options.variables = m_given;
    options.allowances.write = parser.isSet(yes);
    options.allowances.plainHttp = parser.isSet(yes);
    const Settings settings;
    options.timeoutMs = settings.timeoutSeconds() * 1000;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            usageError(tr("--timeout takes a number of seconds."), m_command);
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
    } else if (!m_runPreset) {
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
                       m_command);
            return;
        } else if (url.host().isEmpty()) {
            usageError(
                tr("\"%1\" is a path: name the token whose service it belongs to, with --token NAME.").arg(spec.url),
                m_command);
            return;
        }
    }
    m_tokenId = spec.tokenId;
    m_spec = spec;
    const auto record = vault.token(spec.tokenId);
    const Provider* provider = record ? &catalog.providerOrCustom(record->providerId) : nullptr;
    const PageRule rule = provider ? PageRule::fromJson(provider->pagination) : PageRule();
    m_printer->setItemsPath(rule.itemsPath);

    auto* sender = new RequestSender(vault, catalog, m_context.runner(), this);
    if (parser.isSet(allPages)) {
        m_pages = new Paginator(*sender, this);
        m_pages->setRule(rule);
        m_pages->setRateLimitSpec(provider ? provider->rateLimit : QJsonObject());
        m_pages->setOptions(options);
        m_pages->setPageCap(pageCap > 0 ? pageCap : settings.pageCap());
        connect(m_pages, &Paginator::pageLoaded, this, [this](const Paginator::Page& page) {
            m_printer->addPage(page.result, page.rows);
            if (!m_quiet && ConsoleIO::stderrIsTerminal()) {
                ConsoleIO::err(Paginator::progressText(m_pages->progress()));
            }
        });
        connect(m_pages, &Paginator::waiting, this, [this](qint64, const QString& message) {
            if (!m_quiet) {
                ConsoleIO::err(message);
            }
        });
        connect(m_pages, &Paginator::finished, this, &SendCommand::reportPages);
        m_pages->start(spec);
        return;
    }
    SendJob* job = sender->send(spec, options, this);
    // Raw output streams as it arrives.
    if (m_printer->format() == ResponsePrinter::Format::Raw && options.saveTo.isEmpty()) {
        connect(job, &SendJob::bodyChunk, this, [this](const QByteArray& chunk) { m_printer->printChunk(chunk); });
    }
    connect(job, &SendJob::finished, this, &SendCommand::report);
}

void SendCommand::reportPages(Paginator::Outcome outcome, const QString& message)
{
    if (m_pages->progress().page == 0) {
        // Not even the first page: report it as a single answer (its error, its exit code).
        report(m_pages->lastResult());
        return;
    }
    remember(m_pages->lastResult());
    m_printer->finishPages();
    if (!m_printer->problem().isEmpty()) {
        ConsoleIO::err(m_printer->problem());
    }
    const bool failed = outcome == Paginator::Outcome::Failed || outcome == Paginator::Outcome::Refused;
    if (failed) {
        ConsoleIO::error(message);
    } else if (!m_quiet) {
        ConsoleIO::err(message);
    }
    if (!m_quiet && m_printer->hiddenColumns() > 0) {
        ConsoleIO::err(tr("%n column(s) left out to fit the width; --output csv has them all.", nullptr,
                          m_printer->hiddenColumns()));
    }
    switch (outcome) {
    case Paginator::Outcome::Refused:
        finish(ExitRefused);
        return;
    case Paginator::Outcome::Failed:
    case Paginator::Outcome::Cancelled:
        finish(ExitRequestFailed);
        return;
    case Paginator::Outcome::Complete:
    case Paginator::Outcome::Capped:
    case Paginator::Outcome::Loop:
        finish(ExitSuccess);
        return;
    }
}

void SendCommand::remember(const SendResult& result)
{
    if (!result.answered()) {
        return;
    }
    m_context.history().append(HistoryEntry::fromResult(result, m_spec, m_presetId));
    if (!m_saveAs.isEmpty() && result.response.received()) {
        PresetStore& store = m_context.presets();
        Preset preset = Preset::create(m_saveAs, m_spec);
        for (const QString& name : preset.usedVariables()) {
            preset.variables.append({name, m_given.value(name)});
        }
        PresetStore::Result saved;
        if (const auto existing = store.find(m_saveAs)) {
            preset.id = existing->id;
            preset.collectionId = existing->collectionId;
            preset.folder = existing->folder;
            preset.description = existing->description;
            preset.createdAt = existing->createdAt;
            preset.tableLayout = existing->tableLayout;
            saved = store.update(preset);
        } else {
            saved = store.add(preset);
        }
        if (saved.ok()) {
            m_presetId = saved.id;
            if (!m_quiet) {
                ConsoleIO::err(tr("Saved as the preset \"%1\"; run it again with: latchkey run \"%1\"").arg(m_saveAs));
            }
        } else {
            ConsoleIO::error(tr("The preset was not saved: %1").arg(saved.error));
        }
    }
    if (!m_presetId.isEmpty()) {
        m_context.responses().save(m_presetId, result.response);
    }
}

void SendCommand::report(const SendResult& result)
{
    remember(result);
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
    m_printer->print(result);
    const BodyFormatter::JsonInfo& info = m_printer->jsonInfo();

    if (!m_quiet) {
        const ResponseSummary summary = ResponseSummary::of(response, provider, info.valid ? info.itemCount : -1);
        ConsoleIO::err(summary.headline);
        if (!summary.advice.isEmpty()) {
            ConsoleIO::err(summary.advice);
        }
        if (!m_printer->problem().isEmpty()) {
            ConsoleIO::err(m_printer->problem());
        }
        if (m_printer->hiddenColumns() > 0) {
            ConsoleIO::err(tr("%n column(s) left out to fit the width; --output csv has them all.", nullptr,
                              m_printer->hiddenColumns()));
        }
        if (!response.bodyFile.isEmpty()) {
            ConsoleIO::err(tr("Saved the answer to %1.").arg(response.bodyFile));
        }
    }
    finish(response.received() ? ExitSuccess : ExitRequestFailed);
}
