#pragma once

#include "SearchableListPanel.h"

class HistoryModel;
class QListView;

// The sidebar's history: every request sent, newest first, searchable. Opens
// one in the request area, sends it again, or saves it as a preset.
class HistoryPanel : public SearchableListPanel
{
    Q_OBJECT
public:
    explicit HistoryPanel(HistoryModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    QString currentEntryId() const;

signals:
    void openRequested(const QString& entryId);
    void sendAgainRequested(const QString& entryId);
    void saveRequested(const QString& entryId);
    void clearRequested();

private:
    void showMenu(const QPoint& position);

    HistoryModel* m_model;
    QListView* m_view;
};
