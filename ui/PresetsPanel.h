#pragma once

#include <QWidget>

class PresetTreeModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The sidebar's presets: a search box, the collections with their folders and
// presets (rename in place, reorder by dragging), and a context menu. It only
// shows and asks; PresetController does the work.
class PresetsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PresetsPanel(PresetTreeModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMenu(const QPoint& position);
    void updateEmptyState();
    QString currentId(int kind) const;

    PresetTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTreeView* m_view;
    QLabel* m_empty;
};
