#include "RequestWorkspace.h"

#include "RequestEditor.h"
#include "ResponseView.h"
#include "VariablesDialog.h"
#include "http/RequestSender.h"
#include "http/SendJob.h"
#include "providers/ProviderCatalog.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

RequestWorkspace::RequestWorkspace(TokenVault& vault, const ProviderCatalog& catalog, RequestSender& sender,
                                   Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_sender(sender)
    , m_settings(settings)
    , m_response(new ResponseView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("requestWorkspace"));
    m_split->addWidget(m_response);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &RequestWorkspace::send);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &RequestWorkspace::cancel);
}

RequestEditor* RequestWorkspace::editor()
{
    if (m_editor) {
        return m_editor;
    }
    m_editor = new RequestEditor(m_vault, m_catalog, this);
    m_split->insertWidget(0, m_editor);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 5);
    m_split->setSizes({200, 500}); // the request above, the answer (more room) below
    connect(m_editor, &RequestEditor::sendRequested, this, &RequestWorkspace::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestWorkspace::cancel);
    connect(m_editor, &RequestEditor::allowChangesRequested, this, &RequestWorkspace::confirmAllowChanges);
    m_editor->setCurrentToken(m_startToken);
    return m_editor;
}

void RequestWorkspace::setVisible(bool visible)
{
    if (visible) {
        editor();
    }
    QWidget::setVisible(visible);
}

void RequestWorkspace::setCurrentToken(const QString& tokenId)
{
    if (m_editor) {
        m_editor->setCurrentToken(tokenId);
    } else {
        m_startToken = tokenId;
    }
}

void RequestWorkspace::send()
{
    sendWith({});
}

void RequestWorkspace::cancel()
{
    if (m_job) {
        m_job->cancel();
    }
}

void RequestWorkspace::sendWith(const Attempt& attempt)
{
    if (m_job) {
        return;
    }
    RequestSender::Options options;
    options.allowances = attempt.allowances;
    options.variables = m_variables;
    options.timeoutMs = m_settings.timeoutSeconds() * 1000;
    options.maxBodyBytes = m_settings.maxBodyBytes();
    options.saveTo = attempt.saveTo;
    m_sentSpec = editor()->spec();
    m_job = m_sender.send(m_sentSpec, options, this);
    editor()->setBusy(true);
    connect(m_job, &SendJob::started, this,
            [this](const SendResult& sending) { m_response->showSending(sending.method, sending.shownUrl); });
    connect(m_job, &SendJob::progress, m_response, &ResponseView::showProgress);
    connect(m_job, &SendJob::finished, this, [this, attempt](const SendResult& result) {
        m_job->deleteLater();
        m_job = nullptr;
        editor()->setBusy(false);
        handle(result, attempt);
        if (result.answered()) {
            emit answered(result, m_sentSpec, m_presetId);
        }
        emit finished(result);
    });
}

void RequestWorkspace::openPreset(const Preset& preset)
{
    for (auto it = preset.variables.cbegin(); it != preset.variables.cend(); ++it) {
        if (!it->second.isEmpty()) {
            m_variables.insert(it->first, it->second);
        }
    }
    openRequest(preset.request, preset.id);
}

void RequestWorkspace::openRequest(const RequestSpec& spec, const QString& presetId)
{
    cancel();
    editor()->setSpec(spec);
    if (m_presetId != presetId) {
        m_presetId = presetId;
        emit presetChanged(m_presetId);
    }
    m_response->clear();
}

void RequestWorkspace::adoptPreset(const QString& presetId)
{
    if (m_presetId != presetId) {
        m_presetId = presetId;
        emit presetChanged(m_presetId);
    }
}

void RequestWorkspace::newRequest()
{
    RequestSpec spec;
    spec.tokenId = editor()->currentTokenId();
    openRequest(spec);
    editor()->focusAddress();
}

void RequestWorkspace::showKeptAnswer(const Response& response, const QDateTime& receivedAt, bool bodyDropped)
{
    SendResult result;
    result.response = response;
    result.shownUrl = response.finalUrl;
    result.tokenId = editor()->currentTokenId();
    const auto token = m_vault.token(result.tokenId);
    const QString when = QLocale().toString(receivedAt.toLocalTime(), QLocale::ShortFormat);
    m_response->showAnswer(
        result, token ? &m_catalog.providerOrCustom(token->providerId) : nullptr,
        bodyDropped ? tr("The last answer, from %1 (too large to keep its body). Send to ask again.").arg(when)
                    : tr("The last answer, from %1. Send to ask again.").arg(when));
}

void RequestWorkspace::handle(const SendResult& result, const Attempt& attempt)
{
    const auto token = m_vault.token(result.tokenId);
    const Provider* provider = token ? &m_catalog.providerOrCustom(token->providerId) : nullptr;
    switch (result.stage) {
    case SendResult::Stage::MissingVariables:
        askForVariables(result.missing, attempt);
        return;
    case SendResult::Stage::TokenMissing:
    case SendResult::Stage::Keychain:
        m_response->showProblem(MessageBanner::Kind::Error, result.message);
        return;
    case SendResult::Stage::Refused:
        m_response->showProblem(
            result.check.canBeConfirmed() ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error, result.message);
        offerChoices(result, attempt);
        return;
    case SendResult::Stage::Answered:
        preparePaging(result, attempt, provider);
        m_response->showAnswer(result, provider);
        offerChoices(result, attempt);
        return;
    }
}

void RequestWorkspace::offerChoices(const SendResult& result, const Attempt& attempt)
{
    MessageBanner* banner = m_response->summary();
    const QString tokenId = result.tokenId;
    if (result.stage == SendResult::Stage::Refused) {
        switch (result.check.refusal) {
        case RequestPreparer::Refusal::OtherHost: {
            const QString host = result.check.requestHost;
            banner->addAction(tr("Send once"), [this, attempt] {
                Attempt again = attempt;
                again.allowances.otherHost = true;
                sendWith(again);
            });
            banner->addAction(tr("Add %1 to this token").arg(host),
                              [this, tokenId, host, attempt] { addHost(tokenId, host, attempt); });
            break;
        }
        case RequestPreparer::Refusal::PlainHttp:
            banner->addAction(tr("Send unencrypted once"), [this, attempt] {
                Attempt again = attempt;
                again.allowances.plainHttp = true;
                sendWith(again);
            });
            break;
        case RequestPreparer::Refusal::Write:
            banner->addAction(tr("Send this once"), [this, attempt] {
                Attempt again = attempt;
                again.allowances.write = true;
                sendWith(again);
            });
            banner->addAction(tr("Allow changes…"), [this, tokenId] { confirmAllowChanges(tokenId); });
            break;
        default:
            break;
        }
        return;
    }
    const Response& response = result.response;
    if (response.outcome == Response::Outcome::TooLarge) {
        banner->addAction(tr("Save to a file…"), [this, attempt] { chooseSaveFile(attempt); });
    }
    if (response.received() && (response.status == 401 || response.status == 403)) {
        if (const auto token = m_vault.token(tokenId)) {
            const Provider& provider = m_catalog.providerOrCustom(token->providerId);
            const QString page = provider.tokenPageFor(*token);
            if (!page.isEmpty()) {
                banner->addAction(tr("Open the token page"), [page] { QDesktopServices::openUrl(QUrl(page)); });
            }
        }
    }
    if (!response.bodyFile.isEmpty()) {
        const QString file = response.bodyFile;
        banner->addAction(tr("Open the file"), [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
    }
}

void RequestWorkspace::askForVariables(const QStringList& missing, const Attempt& attempt)
{
    auto* dialog = new VariablesDialog(missing, m_variables, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, attempt] {
        const Template::Values values = dialog->values();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            m_variables.insert(it.key(), it.value());
        }
        sendWith(attempt);
    });
    dialog->open();
}

void RequestWorkspace::chooseSaveFile(const Attempt& attempt)
{
    auto* dialog = new QFileDialog(this, tr("Save the answer to"),
                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStringLiteral("answer.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, attempt](const QString& file) {
        Attempt again = attempt;
        again.saveTo = file;
        sendWith(again);
    });
    dialog->open();
}

void RequestWorkspace::addHost(const QString& tokenId, const QString& host, const Attempt& attempt)
{
    auto token = m_vault.token(tokenId);
    if (!token) {
        return;
    }
    token->hosts.append(host.toLower());
    const TokenVault::Result saved = m_vault.updateToken(*token);
    if (!saved.ok()) {
        m_response->showProblem(MessageBanner::Kind::Error, saved.message);
        return;
    }
    sendWith(attempt);
}

void RequestWorkspace::confirmAllowChanges(const QString& tokenId)
{
    const auto token = m_vault.token(tokenId);
    if (!token) {
        return;
    }
    const Provider& provider = m_catalog.providerOrCustom(token->providerId);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Allow changes"),
                                tr("Allow \"%1\" to change things on %2?").arg(token->name, provider.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("allowChangesConfirmation"));
    box->setInformativeText(tr("Until now this token only reads (explore mode). With changes allowed, requests such "
                               "as POST, PUT, PATCH and DELETE can create, change or delete your data on %1.")
                                .arg(provider.name));
    QPushButton* allow = box->addButton(tr("Allow changes"), QMessageBox::AcceptRole);
    allow->setObjectName(QStringLiteral("confirmAllowChanges"));
    QPushButton* keep = box->addButton(tr("Keep explore mode"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, allow, tokenId](QAbstractButton* clicked) {
        if (clicked != allow) {
            return;
        }
        if (auto current = m_vault.token(tokenId)) {
            current->writesAllowed = true;
            const TokenVault::Result saved = m_vault.updateToken(*current);
            if (!saved.ok()) {
                m_response->showProblem(MessageBanner::Kind::Error, saved.message);
            }
        }
    });
    box->open();
}

void RequestWorkspace::preparePaging(const SendResult& result, const Attempt& attempt, const Provider* provider)
{
    PageLoaderBar::Context paging;
    paging.sender = &m_sender;
    paging.spec = m_sentSpec;
    paging.spec.tokenId = result.tokenId;
    paging.options.allowances = attempt.allowances;
    paging.options.variables = m_variables;
    paging.options.timeoutMs = m_settings.timeoutSeconds() * 1000;
    paging.options.maxBodyBytes = m_settings.maxBodyBytes();
    paging.rule = provider ? PageRule::fromJson(provider->pagination) : PageRule();
    paging.rateLimit = provider ? provider->rateLimit : QJsonObject();
    paging.pageCap = m_settings.pageCap();
    paging.styleChoice = !provider || provider->isCustom();
    m_response->setPaging(paging);
}
