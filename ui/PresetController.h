#pragma once

#include "MessageBanner.h"
#include "presets/Preset.h"

#include <QObject>
#include <QPointer>

class History;
class PresetStore;
class ProviderCatalog;
class QAction;
class RequestWorkspace;
class ResponseStore;
class TokenVault;
struct HistoryEntry;

// What the window does with presets, recipes and the history: saving the
// request in the editor (Ctrl+S), opening a preset with its last answer,
// running a recipe, deleting with undo, recording every answer in the history
// and keeping each preset's last answer. The panels only ask; this does.
class PresetController : public QObject
{
    Q_OBJECT
public:
    PresetController(PresetStore& store, History& history, ResponseStore& responses, const TokenVault& vault,
                     const ProviderCatalog& catalog, RequestWorkspace& workspace, QWidget* window);

    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* newRequestAction() const { return m_new; }
    QAction* undoAction() const { return m_undo; }

public slots:
    void save();
    void saveAs();
    void open(const QString& presetId);
    void run(const QString& presetId);
    void duplicate(const QString& presetId);
    void remove(const QString& presetId);
    void undo();
    void newCollection();
    void removeCollection(const QString& collectionId);
    void runRecipe(const QString& tokenId, const QString& recipeId);
    void openHistory(const QString& entryId);
    void sendHistoryAgain(const QString& entryId);
    void saveHistory(const QString& entryId);
    void clearHistory();

signals:
    void message(MessageBanner::Kind kind, const QString& text);
    // A preset was deleted; undo() brings it back.
    void deleted(const QString& name);
    void saved(const QString& presetId);
    // The request area should show (a preset, a recipe or a history entry was opened).
    void requestOpened();
    void renameRequested(const QString& presetId);

private:
    void record(const struct SendResult& result, const RequestSpec& spec, const QString& presetId);
    void askToSave(const RequestSpec& spec, const QString& suggestedName);
    QString suggestedName(const RequestSpec& spec) const;
    QList<Preset::Variable> variablesFor(const Preset& preset, const QList<Preset::Variable>& previous) const;

    PresetStore& m_store;
    History& m_history;
    ResponseStore& m_responses;
    const TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    RequestWorkspace& m_workspace;
    QWidget* m_window;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_new;
    QAction* m_undo;
    QList<QPair<Preset, int>> m_removed; // for undo, newest last
    QString m_recipeKey; // the recipe the request in the editor came from
    QString m_recipeName;
};
