#include "TokenInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

bool isInvisibleSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) || c == QChar(0xFEFF);
}

} // namespace

TokenInput::Result TokenInput::normalize(const QString& pasted)
{
    Result result;
    QString text = pasted;

    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isInvisibleSpace(text.at(start))) {
        ++start;
    }
    while (end > start && isInvisibleSpace(text.at(end - 1))) {
        --end;
    }
    if (start > 0 || end < text.size()) {
        text = text.mid(start, end - start);
        if (!text.isEmpty()) {
            result.notes.append(tr("Removed spaces or line breaks that were pasted around the token."));
        }
    }

    if (text.size() >= 2
        && ((text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            || (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))))) {
        text = text.mid(1, text.size() - 2).trimmed();
        result.notes.append(tr("Removed the quotes around the token."));
    }

    static const QRegularExpression schemePrefix(QStringLiteral("^(Bearer|token)\\s+(\\S+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = schemePrefix.match(text);
    if (match.hasMatch()) {
        result.notes.append(tr("Removed the word \"%1\" in front of the token; Latchkey adds it when the service "
                               "needs it.")
                                .arg(match.captured(1)));
        text = match.captured(2);
    }

    if (text.isEmpty()) {
        result.error = tr("The token is empty. Paste the token you copied from the service's settings page.");
        return result;
    }
    if (text.size() > maxLength) {
        result.error = tr("That is %1 characters long, far longer than any token. Did you paste something else? "
                          "Copy the token again from the service's settings page.")
                           .arg(text.size());
        return result;
    }
    for (const QChar c : std::as_const(text)) {
        if (isInvisibleSpace(c)) {
            result.error = tr("The token has spaces or line breaks in the middle. A token is one unbroken piece "
                              "of text: copy it again from the service's settings page.");
            return result;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            result.error = tr("The token contains invisible control characters. Copy it again from the "
                              "service's settings page.");
            return result;
        }
    }
    result.secret = text.toUtf8();
    return result;
}
