#include "HarEntry.h"

QJsonObject HarEntry::toJson() const
{
    QJsonObject object {{QStringLiteral("index"), index},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("mimeType"), mimeType}};
    if (size >= 0) {
        object.insert(QStringLiteral("size"), size);
    }
    if (!startedDateTime.isEmpty()) {
        object.insert(QStringLiteral("started"), startedDateTime);
    }
    if (timeMs >= 0) {
        object.insert(QStringLiteral("timeMs"), timeMs);
    }
    return object;
}
