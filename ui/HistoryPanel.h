#pragma once

#include <QWidget>

class HistoryModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The sidebar's history: every request sent, newest first, searchable. Opens
// one in the request area, sends it again, or saves it as a preset.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(HistoryModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QString currentEntryId() const;

signals:
    void openRequested(const QString& entryId);
    void sendAgainRequested(const QString& entryId);
    void saveRequested(const QString& entryId);
    void clearRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMenu(const QPoint& position);

    HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_view;
    QLabel* m_empty;
};
