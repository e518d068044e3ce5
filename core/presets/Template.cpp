#include "Template.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& variablePattern()
{
    // {{ name }} with optional spaces; names are letters, digits, _ . -
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\{\\{|\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    return pattern;
}

} // namespace

Template::Result Template::expand(const QString& text, const Values& values)
{
    Result result;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.captured(0) == QStringLiteral("{{{{")) {
            result.text += QStringLiteral("{{");
            continue;
        }
        const QString name = match.captured(1);
        const auto found = values.constFind(name);
        if (found != values.constEnd()) {
            result.text += *found;
        } else {
            result.text += match.captured(0);
            if (!result.missing.contains(name)) {
                result.missing.append(name);
            }
        }
    }
    result.text += QStringView(text).mid(last);
    return result;
}

QStringList Template::variables(const QString& text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

Template::Values Template::builtIns(const QDateTime& now, const QString& me)
{
    const QDate today = now.date();
    const QDate weekStart = today.addDays(1 - today.dayOfWeek());
    const QDate monthStart(today.year(), today.month(), 1);
    Values values {
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
        {QStringLiteral("yesterday"), today.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("start_of_week"), weekStart.toString(Qt::ISODate)},
        {QStringLiteral("end_of_week"), weekStart.addDays(6).toString(Qt::ISODate)},
        {QStringLiteral("start_of_month"), monthStart.toString(Qt::ISODate)},
        {QStringLiteral("end_of_month"), monthStart.addMonths(1).addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("start_of_year"), QDate(today.year(), 1, 1).toString(Qt::ISODate)},
        {QStringLiteral("now"), now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("days_ago_30"), today.addDays(-30).toString(Qt::ISODate)},
    };
    if (!me.isEmpty()) {
        values.insert(QStringLiteral("me"), me);
    }
    return values;
}

bool Template::isBuiltIn(const QString& name)
{
    static const QStringList names = {QStringLiteral("today"),          QStringLiteral("yesterday"),
                                      QStringLiteral("start_of_week"),  QStringLiteral("end_of_week"),
                                      QStringLiteral("start_of_month"), QStringLiteral("end_of_month"),
                                      QStringLiteral("start_of_year"),  QStringLiteral("now"),
                                      QStringLiteral("days_ago_30"),    QStringLiteral("me")};
    return names.contains(name);
}
