#pragma once

#include <QAbstractListModel>

class History;

// The history for the sidebar, newest first: what was sent, and how it went.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SearchRole,
    };

    explicit HistoryModel(const History& history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const History& m_history;
};
