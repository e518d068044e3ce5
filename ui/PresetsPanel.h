#pragma once

#include "SearchableListPanel.h"

class PresetTreeModel;
class QTreeView;

// The sidebar's presets: a search box, the collections with their folders and
// presets (rename in place, reorder by dragging), and a context menu. It only
// shows and asks; PresetController does the work.
class PresetsPanel : public SearchableListPanel
{
    Q_OBJECT
public:
    explicit PresetsPanel(PresetTreeModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    // The preset selected (empty when a collection or a folder is).
    QString currentPresetId() const;
    void selectPreset(const QString& id);
    void startRename(const QString& presetId);

signals:
    void openRequested(const QString& presetId);
    void runRequested(const QString& presetId);
    void duplicateRequested(const QString& presetId);
    void deleteRequested(const QString& presetId);
    void deleteCollectionRequested(const QString& collectionId);
    void copyAsCurlRequested(const QString& presetId);
    void exportCollectionRequested(const QString& collectionId);
    void newCollectionRequested();
    void recipesRequested();

private:
    void showMenu(const QPoint& position);
    void updateEmptyState();
    QString currentId(int kind) const;

    PresetTreeModel* m_model;
    QTreeView* m_view;
};
