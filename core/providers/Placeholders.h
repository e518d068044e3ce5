#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// `{name}` placeholders in provider definitions (auth, headers, base URLs):
// an identifier in single braces. (Request templates use `{{name}}`; see
// presets/Template.)
class Placeholders
{
public:
    // Replaces every {name} found in `values`; unknown names are left as they
    // are and listed in `missing`.
    static QString expand(const QString& text, const QHash<QString, QString>& values, QStringList* missing = nullptr);
    // The placeholder names used in `text`.
    static QStringList names(const QString& text);
};
