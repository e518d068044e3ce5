#include "ImportError.h"

#include <QCoreApplication>

QString ImportError::toString() const
{
    if (message.isEmpty()) {
        return {};
    }
    if (line > 0) {
        return ImportError::tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    }
    if (!path.isEmpty()) {
        return ImportError::tr("At %1: %2").arg(path, message);
    }
    if (offset >= 0) {
        return ImportError::tr("At byte %1: %2").arg(offset).arg(message);
    }
    return message;
}

ImportError ImportError::atText(QStringView text, qsizetype offset, const QString& message)
{
    ImportError error;
    error.message = message;
    offset = qBound(qsizetype(0), offset, text.size());
    error.offset = offset;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    error.line = line;
    error.column = int(offset - lineStart) + 1;
    return error;
}

ImportError ImportError::atByte(const QByteArray& data, qint64 offset, const QString& message)
{
    ImportError error;
    error.message = message;
    offset = qBound(qint64(0), offset, qint64(data.size()));
    error.offset = offset;
    int line = 1;
    int column = 1;
    for (qint64 i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    error.line = line;
    error.column = column;
    return error;
}

ImportError ImportError::atPath(const QString& path, const QString& message)
{
    ImportError error;
    error.message = message;
    error.path = path;
    return error;
}

ImportError ImportError::plain(const QString& message)
{
    ImportError error;
    error.message = message;
    return error;
}
