#include "LinkHeader.h"

#include <QStringList>

namespace {

// The value of `name` in "; rel="next"; title=x" (quotes removed), empty when absent.
QString parameter(QStringView params, QStringView name)
{
    for (QStringView part : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0 || part.first(equals).trimmed().compare(name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        QStringView value = part.sliced(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.sliced(1, value.size() - 2);
        }
        return value.toString();
    }
    return {};
}

} // namespace

QHash<QString, QUrl> LinkHeader::parse(const QByteArray& value, const QUrl& base)
{
    QHash<QString, QUrl> links;
    const QString text = QString::fromUtf8(value);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), pos);
        if (open < 0) {
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0) {
            break;
        }
        // The parameters run up to the next link ('<' after a comma) or the end.
        qsizetype next = text.indexOf(QLatin1Char('<'), close + 1);
        if (next < 0) {
            next = text.size();
        }
        QStringView params = QStringView(text).sliced(close + 1, next - close - 1).trimmed();
        while (params.endsWith(QLatin1Char(','))) {
            params = params.chopped(1).trimmed();
        }
        const QString target = text.mid(open + 1, close - open - 1).trimmed();
        const QString rels = parameter(params, u"rel");
        QUrl url(target);
        if (url.isRelative() && base.isValid()) {
            url = base.resolved(url);
        }
        for (const QString& rel : rels.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = rel.toLower();
            if (!links.contains(key) && url.isValid()) {
                links.insert(key, url);
            }
        }
        pos = next;
    }
    return links;
}

QUrl LinkHeader::target(const QByteArray& value, const QString& rel, const QUrl& base)
{
    return parse(value, base).value(rel.toLower());
}
