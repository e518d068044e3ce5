#pragma once

#include <QJsonObject>
#include <QString>

// What a person needs to pick entries out of a HAR file: one line per
// request the browser made.
struct HarEntry
{
    int index = 0; // position in log.entries
    QString method;
    QString url;
    int status = 0; // 0 when the request got no answer
    QString mimeType; // of the answer
    qint64 size = -1; // bytes of the answer's body, -1 when unknown
    QString startedDateTime;
    double timeMs = -1; // -1 when unknown

    QJsonObject toJson() const;
    bool operator==(const HarEntry&) const = default;
};
