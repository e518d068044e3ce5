#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Why an import failed, with where: a line and column in text (curl, broken
// JSON) or a JSON path such as item[3].request.url (a well-formed file with a
// wrong shape). An empty message means "no error".
struct ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    QString message; // a plain-language sentence
    qint64 offset = -1; // character (text) or byte (JSON) offset, -1 when unknown
    int line = 0; // 1-based, 0 when unknown
    int column = 0; // 1-based, 0 when unknown
    QString path; // JSON path, empty when not about a JSON value

    bool isNull() const { return message.isEmpty(); }
    // "Line 3, column 14: …", "At item[3].request.url: …" or just the message.
    QString toString() const;

    // An error at character `offset` of `text` (line and column computed).
    static ImportError atText(QStringView text, qsizetype offset, const QString& message);
    // An error at byte `offset` of UTF-8 `data` (columns count characters).
    static ImportError atByte(const QByteArray& data, qint64 offset, const QString& message);
    static ImportError atPath(const QString& path, const QString& message);
    static ImportError plain(const QString& message);
};
