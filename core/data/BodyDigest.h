#pragma once

#include "BodyFormatter.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QString>

#include <functional>

// What the response viewer shows, prepared off the UI thread: the kind of
// body, its indented form (JSON, XML), whether it is valid, how many items a
// list has, and (for bodies small enough) the parsed document for the tree.
struct BodyDigest
{
    static constexpr qsizetype treeLimit = 32 * 1024 * 1024; // larger bodies get no tree

    BodyFormatter::Kind kind = BodyFormatter::Kind::Empty;
    QByteArray pretty; // indented JSON/XML; empty when not applicable or invalid
    BodyFormatter::JsonInfo json; // kind == Json
    QString problem; // "Not valid JSON: …" / "Not valid XML: …", shown with the raw body
    QJsonDocument tree; // kind == Json and small enough
    qint64 elapsedMs = 0;

    // Computes the digest now, on the calling thread.
    static BodyDigest make(const QByteArray& body, const QByteArray& contentType);
    // Computes it on a worker thread and calls `done` on `receiver`'s thread,
    // unless `receiver` is gone by then.
    static void start(const QByteArray& body, const QByteArray& contentType, QObject* receiver,
                      std::function<void(const BodyDigest&)> done);
};
