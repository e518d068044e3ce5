#pragma once

#include "HistoryEntry.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

// Every sent request, newest last, in history.jsonl (one JSON object per line
// after a header line; owner-only permissions), capped to the last N entries.
// Writing happens on a background thread, in order; reading happens once at
// start. Lines that cannot be read are skipped and reported.
class History : public QObject
{
    Q_OBJECT
public:
    static constexpr int schemaVersion = 1;

    struct LoadReport
    {
        int skipped = 0;
        QString message; // non-empty when something was skipped or kept aside
    };

    explicit History(const QString& path, int cap = 500, QObject* parent = nullptr);
    ~History() override;

    LoadReport load();
    void setCap(int cap);
    int cap() const { return m_cap; }

    const QList<HistoryEntry>& entries() const { return m_entries; }
    const HistoryEntry* entry(const QString& id) const;
    void append(const HistoryEntry& entry);
    void clear();
    // Blocks until every pending write is on disk (the command line, tests).
    void flush();

signals:
    void changed();

private:
    void trim();
    void rewrite();

    QString m_path;
    int m_cap;
    QList<HistoryEntry> m_entries;
    qint64 m_linesOnDisk = 0;
    QThreadPool m_writer;
};
