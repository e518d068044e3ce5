#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

// {{name}} variables in requests (address, headers, body). Values come from
// the caller (a preset's variables, --var K=V) and from built-ins such as
// {{today}}, {{start_of_week}}, {{start_of_month}} and {{me}}. A variable with
// no value is reported, never silently emptied. `{{{{` writes a literal `{{`.
class Template
{
public:
    using Values = QHash<QString, QString>;

    struct Result
    {
        QString text;
        QStringList missing; // names with no value, in order of appearance
        bool ok() const { return missing.isEmpty(); }
    };

    static Result expand(const QString& text, const Values& values);
    // Every variable used in `text`, in order, without duplicates.
    static QStringList variables(const QString& text);
    // The built-in values at `now` (local dates, ISO 8601), plus {{me}} when known.
    static Values builtIns(const QDateTime& now = QDateTime::currentDateTime(), const QString& me = {});
    static bool isBuiltIn(const QString& name);
};
