#include "Placeholders.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_]*)\\}(?!\\})"));
    return pattern;
}

} // namespace

QString Placeholders::expand(const QString& text, const QHash<QString, QString>& values, QStringList* missing)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        result += QStringView(text).mid(last, match.capturedStart() - last);
        if (values.contains(name)) {
            result += values.value(name);
        } else {
            result += match.captured(0);
            if (missing && !missing->contains(name)) {
                missing->append(name);
            }
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QStringList Placeholders::names(const QString& text)
{
    QStringList found;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!found.contains(name)) {
            found.append(name);
        }
    }
    return found;
}
