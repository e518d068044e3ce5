#pragma once

#include "http/Response.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

// The last answer of each preset, kept so it can be looked at again without
// sending: one file per preset in the responses folder, written and read off
// the UI thread. Bodies over a limit, or not checked for echoed credentials,
// are not kept (the answer says so).
class ResponseStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxBodyBytes = Response::maxEchoCheckBytes;

    struct Stored
    {
        bool found = false;
        Response response;
        QDateTime receivedAt;
        bool bodyDropped = false; // larger than maxBodyBytes: only the status and headers were kept
    };
    using Callback = std::function<void(const Stored&)>;

    explicit ResponseStore(const QString& directory, QObject* parent = nullptr);

    void save(const QString& presetId, const Response& response);
    // Calls `done` on `context`'s thread.
    void load(const QString& presetId, QObject* context, Callback done) const;
    void remove(const QString& presetId);
    QString fileFor(const QString& presetId) const;
    // Blocks until pending writes are done (the command line, tests).
    void flush();

private:
    QString m_directory;
    QThreadPool m_writer;
};
