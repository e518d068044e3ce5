#include "HumanFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QString HumanFormat::bytes(qint64 count)
{
    if (count < 1000) {
        return tr("%n byte(s)", nullptr, static_cast<int>(count));
    }
    const double kb = static_cast<double>(count) / 1000.0;
    if (kb < 1000.0) {
        return tr("%1 KB").arg(kb < 10.0 ? QString::number(kb, 'f', 1) : QString::number(std::lround(kb)));
    }
    const double mb = kb / 1000.0;
    if (mb < 1000.0) {
        return tr("%1 MB").arg(mb < 10.0 ? QString::number(mb, 'f', 1) : QString::number(std::lround(mb)));
    }
    return tr("%1 GB").arg(QString::number(mb / 1000.0, 'f', 1));
}

QString HumanFormat::seconds(qint64 milliseconds)
{
    if (milliseconds % 1000 == 0) {
        return tr("%n second(s)", nullptr, int(milliseconds / 1000));
    }
    return tr("%1 seconds").arg(QString::number(double(milliseconds) / 1000.0, 'g', 3));
}

QString HumanFormat::duration(qint64 milliseconds)
{
    if (milliseconds < 1000) {
        return tr("%1 ms").arg(milliseconds);
    }
    if (milliseconds < 60000) {
        return tr("%1 s").arg(QString::number(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
    }
    const qint64 seconds = milliseconds / 1000;
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString HumanFormat::date(const QDateTime& when, const QString& never)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : never;
}

QString HumanFormat::dateTime(const QDateTime& when, const QString& never)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : never;
}

QString HumanFormat::relative(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 days = now.toLocalTime().date().daysTo(when.toLocalTime().date());
    if (days == 0) {
        return tr("today");
    }
    if (days == 1) {
        return tr("tomorrow");
    }
    if (days == -1) {
        return tr("yesterday");
    }
    const qint64 magnitude = days < 0 ? -days : days;
    QString span;
    if (magnitude < 60) {
        span = tr("%n day(s)", nullptr, static_cast<int>(magnitude));
    } else if (magnitude < 730) {
        span = tr("%n month(s)", nullptr, static_cast<int>(magnitude / 30));
    } else {
        span = tr("%n year(s)", nullptr, static_cast<int>(magnitude / 365));
    }
    return days < 0 ? tr("%1 ago").arg(span) : tr("in %1").arg(span);
}

QString HumanFormat::count(qint64 n)
{
    return QLocale().toString(n);
}
