#include "PresetController.h"

#include "RequestEditor.h"
#include "RequestWorkspace.h"
#include "ResponseTableView.h"
#include "ResponseView.h"
#include "SavePresetDialog.h"
#include "http/SendResult.h"
#include "presets/History.h"
#include "presets/PresetStore.h"
#include "presets/Recipe.h"
#include "presets/ResponseStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

PresetController::PresetController(PresetStore& store, History& history, ResponseStore& responses,
                                   const TokenVault& vault, const ProviderCatalog& catalog, RequestWorkspace& workspace,
                                   QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_history(history)
    , m_responses(responses)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_workspace(workspace)
    , m_window(window)
    , m_save(new QAction(tr("&Save Preset"), this))
    , m_saveAs(new QAction(tr("Save as &New Preset…"), this))
    , m_new(new QAction(tr("&New Request"), this))
    , m_undo(new QAction(tr("&Undo Delete"), this))
{
    m_save->setShortcut(QKeySequence::Save);
    m_save->setObjectName(QStringLiteral("savePresetAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_save, &QAction::triggered, this, &PresetController::save);
    connect(m_saveAs, &QAction::triggered, this, &PresetController::saveAs);
    connect(m_new, &QAction::triggered, this, [this] {
        m_recipeKey.clear();
        m_recipeName.clear();
        m_workspace.newRequest();
        emit requestOpened();
    });
    connect(m_undo, &QAction::triggered, this, &PresetController::undo);
    connect(&m_workspace, &RequestWorkspace::answered, this, &PresetController::record);
}

void PresetController::record(const SendResult& result, const RequestSpec& spec, const QString& presetId)
{
    m_history.append(HistoryEntry::fromResult(result, spec, presetId));
    if (!presetId.isEmpty() && m_store.preset(presetId)) {
        m_responses.save(presetId, result.response);
    }
}

QList<Preset::Variable> PresetController::variablesFor(const Preset& preset,
                                                       const QList<Preset::Variable>& previous) const
{
    // Every {{variable}} it uses, with the default it had, else the value typed in this session.
    QList<Preset::Variable> variables;
    for (const QString& name : preset.usedVariables()) {
        QString value = m_workspace.variables().value(name);
        for (const Preset::Variable& old : previous) {
            if (old.first == name && !old.second.isEmpty()) {
                value = old.second;
            }
        }
        variables.append({name, value});
    }
    return variables;
}

void PresetController::save()
{
    const auto existing = m_store.preset(m_workspace.presetId());
    if (!existing) {
        saveAs();
        return;
    }
    Preset preset = *existing;
    preset.request = m_workspace.editor()->spec();
    preset.variables = variablesFor(preset, existing->variables);
    preset.tableLayout = m_workspace.response()->tableLayout();
    const PresetStore::Result result = m_store.update(preset);
    if (!result.ok()) {
        emit message(MessageBanner::Kind::Error, result.error);
        return;
    }
    emit message(MessageBanner::Kind::Success, tr("Saved \"%1\".").arg(preset.name));
    emit saved(preset.id);
}

void PresetController::saveAs()
{
    const RequestSpec spec = m_workspace.editor()->spec();
    if (spec.url.trimmed().isEmpty()) {
        emit message(MessageBanner::Kind::Warning, tr("Type an address first: there is nothing to save yet."));
        return;
    }
    askToSave(spec, m_recipeName.isEmpty() ? suggestedName(spec) : m_recipeName);
}

QString PresetController::suggestedName(const RequestSpec& spec) const
{
    // "/user/repos?sort=updated" → "User repos".
    QString path = QUrl(spec.url.trimmed()).path();
    QStringList words;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!part.startsWith(QStringLiteral("{{")) && part != QStringLiteral("api") && part != QStringLiteral("v4")
            && part != QStringLiteral("v2") && part != QStringLiteral("v1")) {
            words.append(
                QString(part).replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' ')));
        }
    }
    QString name = words.mid(std::max<qsizetype>(0, words.size() - 2)).join(QLatin1Char(' '));
    if (name.isEmpty()) {
        return tr("My request");
    }
    name[0] = name[0].toUpper();
    return name;
}

void PresetController::askToSave(const RequestSpec& spec, const QString& suggested)
{
    const auto current = m_store.preset(m_workspace.presetId());
    auto* dialog = new SavePresetDialog(m_store, suggested, current ? current->collectionId : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, spec] {
        QString collectionId;
        for (const Collection& collection : m_store.collections()) {
            if (collection.name.compare(dialog->collectionName(), Qt::CaseInsensitive) == 0) {
                collectionId = collection.id;
            }
        }
        if (collectionId.isEmpty()) {
            const PresetStore::Result made = m_store.addCollection(dialog->collectionName());
            if (!made.ok()) {
                emit message(MessageBanner::Kind::Error, made.error);
                return;
            }
            collectionId = made.id;
        }
        Preset preset = Preset::create(dialog->name(), spec);
        preset.description = dialog->description();
        preset.collectionId = collectionId;
        preset.folder = dialog->folder();
        preset.recipe = m_recipeKey;
        preset.variables = variablesFor(preset, {});
        preset.tableLayout = m_workspace.response()->tableLayout();
        const PresetStore::Result added = m_store.add(preset);
        if (!added.ok()) {
            emit message(MessageBanner::Kind::Error, added.error);
            return;
        }
        m_workspace.adoptPreset(added.id);
        m_recipeKey.clear();
        m_recipeName.clear();
        emit message(MessageBanner::Kind::Success,
                     tr("Saved \"%1\". Find it under Presets, or run it from a terminal with: latchkey run \"%1\"")
                         .arg(preset.name));
        emit saved(added.id);
    });
    dialog->open();
}

void PresetController::open(const QString& presetId)
{
    const auto preset = m_store.preset(presetId);
    if (!preset) {
        return;
    }
    m_recipeKey.clear();
    m_recipeName.clear();
    m_workspace.openPreset(*preset);
    if (!preset->tableLayout.isEmpty()) {
        m_workspace.response()->setTableLayout(preset->tableLayout);
    }
    if (!preset->request.tokenId.isEmpty() && !m_vault.token(preset->request.tokenId)) {
        emit message(MessageBanner::Kind::Warning,
                     tr("The token this preset used was removed: pick another token, then save."));
    }
    emit requestOpened();
    QPointer<RequestWorkspace> workspace(&m_workspace);
    m_responses.load(presetId, this, [workspace, presetId](const ResponseStore::Stored& stored) {
        // Only if the person still looks at that preset and has not sent it meanwhile.
        if (stored.found && workspace && workspace->presetId() == presetId && !workspace->isSending()) {
            workspace->showKeptAnswer(stored.response, stored.receivedAt, stored.bodyDropped);
        }
    });
}

void PresetController::run(const QString& presetId)
{
    open(presetId);
    m_workspace.send();
}

void PresetController::duplicate(const QString& presetId)
{
    const PresetStore::Result result = m_store.duplicate(presetId);
    if (!result.ok()) {
        emit message(MessageBanner::Kind::Error, result.error);
        return;
    }
    emit renameRequested(result.id);
}

void PresetController::remove(const QString& presetId)
{
    const auto removed = m_store.remove(presetId);
    if (!removed) {
        emit message(MessageBanner::Kind::Error,
                     tr("The preset could not be deleted: Latchkey cannot write its file."));
        return;
    }
    m_removed.append(*removed);
    m_undo->setEnabled(true);
    if (m_workspace.presetId() == presetId) {
        m_workspace.adoptPreset({});
    }
    emit deleted(removed->first.name);
}

void PresetController::undo()
{
    if (m_removed.isEmpty()) {
        return;
    }
    const QPair<Preset, int> last = m_removed.takeLast();
    m_undo->setEnabled(!m_removed.isEmpty());
    const PresetStore::Result result = m_store.restore(last.first, last.second);
    if (!result.ok()) {
        emit message(MessageBanner::Kind::Error, result.error);
        return;
    }
    emit message(MessageBanner::Kind::Success, tr("\"%1\" is back.").arg(last.first.name));
    emit saved(result.id);
}

void PresetController::newCollection()
{
    auto* dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Collection"));
    dialog->setLabelText(tr("Name of the collection:"));
    dialog->setTextValue(tr("Weekly reports"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        const PresetStore::Result result = m_store.addCollection(name);
        if (!result.ok()) {
            emit message(MessageBanner::Kind::Warning, result.error);
        }
    });
    dialog->open();
}

void PresetController::removeCollection(const QString& collectionId)
{
    const PresetStore::Result result = m_store.removeCollection(collectionId);
    if (!result.ok()) {
        emit message(MessageBanner::Kind::Warning, result.error);
    }
}

void PresetController::runRecipe(const QString& tokenId, const QString& recipeId)
{
    const auto token = m_vault.token(tokenId);
    if (!token) {
        return;
    }
    for (const Recipe& recipe : Recipe::forProvider(m_catalog.providerOrCustom(token->providerId))) {
        if (recipe.id == recipeId) {
            m_workspace.openRequest(recipe.request(tokenId));
            m_recipeKey = recipe.key();
            m_recipeName = recipe.name;
            emit requestOpened();
            m_workspace.send();
            return;
        }
    }
}

void PresetController::openHistory(const QString& entryId)
{
    const HistoryEntry* entry = m_history.entry(entryId);
    if (!entry) {
        return;
    }
    m_recipeKey.clear();
    m_recipeName.clear();
    // Back in its preset when it came from one that still exists.
    m_workspace.openRequest(entry->request, m_store.preset(entry->presetId) ? entry->presetId : QString());
    emit requestOpened();
}

void PresetController::sendHistoryAgain(const QString& entryId)
{
    openHistory(entryId);
    m_workspace.send();
}

void PresetController::saveHistory(const QString& entryId)
{
    const HistoryEntry* entry = m_history.entry(entryId);
    if (!entry) {
        return;
    }
    openHistory(entryId);
    m_workspace.adoptPreset({});
    askToSave(entry->request, suggestedName(entry->request));
}

void PresetController::clearHistory()
{
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Clear the History"),
                          tr("Forget every request in the history? Your presets stay."), QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("clearHistoryConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* clear = box->addButton(tr("Clear History"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton* button) {
        if (button == static_cast<QAbstractButton*>(clear)) {
            m_history.clear();
            emit message(MessageBanner::Kind::Success, tr("The history is empty."));
        }
    });
    box->open();
}
