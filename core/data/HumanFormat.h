#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Plain-language formatting shared by the window and the command line.
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(HumanFormat)

public:
    // "41 KB", "3.2 MB", "512 bytes"
    static QString bytes(qint64 count);
    // "1 second", "1.5 seconds", "30 seconds"
    static QString seconds(qint64 milliseconds);
    // "212 ms", "3.4 s", "2 min 5 s"
    static QString duration(qint64 milliseconds);
    // "2026-11-23" (local date) or `never` when invalid
    static QString date(const QDateTime& when, const QString& never);
    // "2026-11-23 14:05" (local time)
    static QString dateTime(const QDateTime& when, const QString& never);
    // "today", "yesterday", "3 days ago", "in 5 days", "in 2 months"
    static QString relative(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // "1,234" with the locale's separators
    static QString count(qint64 n);
};
