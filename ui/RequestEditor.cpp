#include "RequestEditor.h"

#include "BodyEditor.h"
#include "CurlPasteHandler.h"
#include "KeyValueTable.h"
#include "TokenComboBox.h"
#include "http/AuthApplier.h"
#include "http/PreparedRequest.h"
#include "http/RequestPreparer.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QStringList allMethods
    = {QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),    QStringLiteral("PATCH"),
       QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

QString decoded(const QString& text)
{
    QString plus = text;
    plus.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

QString encoded(const QString& text)
{
    // Keep {{variables}} and the characters people expect to read as they are.
    return QString::fromUtf8(QUrl::toPercentEncoding(text, "{}:/,@$!'()*;=[]"));
}

} // namespace

RequestEditor::RequestEditor(TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_token(new TokenComboBox(vault, catalog, this))
    , m_method(new QComboBox(this))
    , m_lock(new QToolButton(this))
    , m_address(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_preview(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_params(new KeyValueTable(tr("Parameter"), tr("Value"), this))
    , m_headers(new KeyValueTable(tr("Header"), tr("Value"), this))
    , m_body(new BodyEditor(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("requestEditor"));
    for (const QString& method : allMethods) {
        m_method->addItem(method, method);
    }
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->setAccessibleName(tr("Method"));
    m_lock->setObjectName(QStringLiteral("allowChanges"));
    m_lock->setText(tr("Explore mode: reads only. Allow changes…"));
    m_lock->setToolTip(tr("This token only reads. Click to allow it to change things (POST, PUT, PATCH, DELETE)."));
    m_lock->setAutoRaise(true);
    m_address->setObjectName(QStringLiteral("addressField"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("A path such as /user/repos, or a whole address https://…"));
    m_address->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_address->setCompleter(completer);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request (Ctrl+Enter); Escape cancels it"));
    m_preview->setObjectName(QStringLiteral("resolvedAddress"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setEnabled(false);
    m_params->setObjectName(QStringLiteral("paramsTable"));
    m_headers->setObjectName(QStringLiteral("headersTable"));

    auto* tokenRow = new QHBoxLayout;
    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(m_lock);
    tokenRow->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_method);
    top->addWidget(m_address, 1);
    top->addWidget(m_send);

    m_tabs->addTab(m_params, tr("&Parameters"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    m_tabs->addTab(m_body, tr("&Body"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(tokenRow);
    layout->addLayout(top);
    layout->addWidget(m_preview);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_token, m_method);
    setTabOrder(m_method, m_address);
    setTabOrder(m_address, m_send);
    setTabOrder(m_send, m_tabs);

    connect(m_token, &TokenComboBox::tokenChanged, this, &RequestEditor::tokenChanged);
    connect(m_address, &QLineEdit::textEdited, this, &RequestEditor::addressEdited);
    connect(m_address, &QLineEdit::textChanged, this, &RequestEditor::updatePreview);
    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        if (!m_busy) {
            emit sendRequested();
        }
    });
    connect(m_params, &KeyValueTable::pairsChanged, this, &RequestEditor::paramsEdited);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy) {
            emit cancelRequested();
        } else {
            emit sendRequested();
        }
    });
    connect(m_lock, &QToolButton::clicked, this, [this] { emit allowChangesRequested(m_token->currentTokenId()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        // A body only makes sense with methods that send one.
        const QString method = m_method->currentData().toString();
        m_tabs->setTabEnabled(2, method != QStringLiteral("GET") && method != QStringLiteral("HEAD"));
    });
    connect(&m_vault, &TokenVault::tokenChanged, this, [this](const QString& id) {
        if (id == m_token->currentTokenId()) {
            updateMethods();
            updateHeaders();
            updatePreview();
        }
    });
    tokenChanged();
    m_tabs->setTabEnabled(2, false);

    // A pasted curl command fills in the whole request.
    auto* curlPaste = new CurlPasteHandler(this, vault, catalog);
    connect(curlPaste, &CurlPasteHandler::filled, this, [this](const QString& note) {
        updatePreview();
        m_preview->setText(m_preview->text() + QStringLiteral("  —  ") + note);
    });
}

RequestSpec RequestEditor::spec() const
{
    RequestSpec spec;
    spec.method = m_method->currentData().toString();
    spec.url = m_address->text().trimmed();
    spec.tokenId = m_token->currentTokenId();
    spec.headers = m_headers->pairs();
    if (spec.method != QStringLiteral("GET") && spec.method != QStringLiteral("HEAD")) {
        spec.bodyType = m_body->bodyType();
        spec.body = m_body->text();
        spec.formFields = m_body->formFields();
    }
    return spec;
}

void RequestEditor::setSpec(const RequestSpec& spec)
{
    m_token->setCurrentToken(spec.tokenId);
    const int method = m_method->findData(spec.method.toUpper());
    m_method->setCurrentIndex(method >= 0 ? method : 0);
    m_address->setText(spec.url);
    addressEdited();
    m_headers->setPairs(spec.headers);
    m_body->setBody(spec.bodyType, spec.body, spec.formFields);
}

void RequestEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    m_send->setToolTip(busy ? tr("Stop waiting for the answer (Escape)") : tr("Send the request (Ctrl+Enter)"));
}

void RequestEditor::setCurrentToken(const QString& id)
{
    if (!m_busy) {
        m_token->setCurrentToken(id);
    }
}

QString RequestEditor::currentTokenId() const
{
    return m_token->currentTokenId();
}

void RequestEditor::focusAddress()
{
    m_address->setFocus();
    m_address->selectAll();
}

QString RequestEditor::resolvedAddress() const
{
    const auto token = m_vault.token(m_token->currentTokenId());
    const QString base = token ? m_catalog.providerOrCustom(token->providerId).baseUrlFor(*token) : QString();
    QString error;
    const QUrl url = RequestPreparer::resolveUrl(m_address->text(), base, &error);
    return url.isEmpty() ? QString() : url.toString();
}

void RequestEditor::tokenChanged()
{
    updateMethods();
    updateHeaders();
    updateCompletion();
    updatePreview();
}

void RequestEditor::updateMethods()
{
    const auto token = m_vault.token(m_token->currentTokenId());
    const bool explore = token && !token->writesAllowed;
    const Provider* provider = token ? &m_catalog.providerOrCustom(token->providerId) : nullptr;
    const bool readOnlyPost = provider && !provider->readOnlyPosts.isEmpty();
    auto* model = qobject_cast<QStandardItemModel*>(m_method->model());
    for (int i = 0; i < m_method->count(); ++i) {
        const QString method = m_method->itemData(i).toString();
        const bool reads = method == QStringLiteral("GET") || method == QStringLiteral("HEAD")
            || method == QStringLiteral("OPTIONS") || (method == QStringLiteral("POST") && readOnlyPost);
        if (QStandardItem* item = model ? model->item(i) : nullptr) {
            item->setEnabled(!explore || reads);
            item->setToolTip(explore && !reads ? tr("Locked: this token is in explore mode and only reads.")
                                               : QString());
        }
    }
    if (explore && !model->item(m_method->currentIndex())->isEnabled()) {
        m_method->setCurrentIndex(0);
    }
    m_lock->setVisible(explore);
}

void RequestEditor::updateHeaders()
{
    const auto token = m_vault.token(m_token->currentTokenId());
    if (!token) {
        m_headers->setFixedRows({}, {});
        return;
    }
    const Provider& provider = m_catalog.providerOrCustom(token->providerId);
    PreparedRequest shown;
    AuthApplier::applyHeaders(shown, provider, *token, true);
    QList<KeyValueTable::Pair> rows;
    const QString masked = PreparedRequest::mask();
    const QString customScheme = token->fields.value(QStringLiteral("authScheme")).toString();
    const QString scheme = provider.isCustom() ? (customScheme.isEmpty() ? QStringLiteral("bearer") : customScheme)
                                               : provider.auth.scheme;
    if (scheme == QStringLiteral("header")) {
        rows.append(
            {provider.isCustom() ? token->fields.value(QStringLiteral("authName")).toString() : provider.auth.header,
             masked});
    } else if (scheme == QStringLiteral("basic")) {
        rows.append({QStringLiteral("Authorization"), QStringLiteral("Basic ") + masked});
    } else if (scheme == QStringLiteral("raw")) {
        rows.append({QStringLiteral("Authorization"), masked});
    } else if (scheme == QStringLiteral("bearer")) {
        rows.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + masked});
    }
    for (const HttpHeaders::Header& header : shown.headers.list()) {
        rows.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    }
    m_headers->setFixedRows(rows, tr("Sent by Latchkey for %1. The token itself is never shown.").arg(provider.name));
}

void RequestEditor::updateCompletion()
{
    QStringList paths;
    if (const auto token = m_vault.token(m_token->currentTokenId())) {
        const Provider& provider = m_catalog.providerOrCustom(token->providerId);
        for (const QJsonValue& recipe : provider.recipes) {
            paths.append(recipe[QStringLiteral("path")].toString());
        }
    }
    m_completions->setStringList(paths);
}

void RequestEditor::updatePreview()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        m_preview->setText(tr("Type an address, or pick a ready-made one as you type."));
        return;
    }
    const auto token = m_vault.token(m_token->currentTokenId());
    const QString base = token ? m_catalog.providerOrCustom(token->providerId).baseUrlFor(*token) : QString();
    QString error;
    const QUrl url = RequestPreparer::resolveUrl(address, base, &error);
    m_preview->setText(url.isEmpty() ? error : tr("→ %1").arg(url.toString()));
}

void RequestEditor::addressEdited()
{
    if (m_syncing) {
        return;
    }
    // The address's query → the parameters table (as typed, decoded for reading).
    QString address = m_address->text();
    const qsizetype hash = address.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        address.truncate(hash);
    }
    const qsizetype question = address.indexOf(QLatin1Char('?'));
    QList<KeyValueTable::Pair> pairs;
    if (question >= 0) {
        for (const QString& part : address.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = part.indexOf(QLatin1Char('='));
            pairs.append(equals < 0 ? KeyValueTable::Pair {decoded(part), QString()}
                                    : KeyValueTable::Pair {decoded(part.left(equals)), decoded(part.mid(equals + 1))});
        }
    }
    m_syncing = true;
    m_params->setPairs(pairs);
    m_syncing = false;
}

void RequestEditor::paramsEdited()
{
    if (m_syncing) {
        return;
    }
    // The parameters table → the address's query.
    QString address = m_address->text();
    QString fragment;
    const qsizetype hash = address.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        fragment = address.mid(hash);
        address.truncate(hash);
    }
    const qsizetype question = address.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        address.truncate(question);
    }
    QStringList parts;
    for (const KeyValueTable::Pair& pair : m_params->pairs()) {
        parts.append(encoded(pair.first) + QLatin1Char('=') + encoded(pair.second));
    }
    m_syncing = true;
    const QString query = parts.isEmpty() ? QString() : QLatin1Char('?') + parts.join(QLatin1Char('&'));
    m_address->setText(address + query + fragment);
    m_syncing = false;
}
