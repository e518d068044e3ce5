#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Makes an answer readable: JSON indented (exactly: numbers and strings are
// copied byte for byte, never re-encoded), XML indented, and the kind of body
// told from its Content-Type and first bytes. Pure functions over bytes, fast
// enough for 100 MB; callers run them off the UI thread.
class BodyFormatter
{
    Q_DECLARE_TR_FUNCTIONS(BodyFormatter)

public:
    enum class Kind {
        Empty,
        Json,
        Xml,
        Html,
        Text,
        Image,
        Binary
    };

    struct JsonInfo
    {
        bool valid = false;
        qint64 errorOffset = -1; // byte offset of the first problem
        QString error; // plain language, with the offset
        qint64 itemCount = -1; // a top-level list's length, or the first list inside the top-level object
        QString itemsKey; // where that list was ("" for a top-level array)
    };

    static Kind detect(const QByteArray& contentType, const QByteArray& body);

    // Indents JSON by `indent` spaces. On invalid JSON returns an empty array
    // and says where in `info`.
    static QByteArray prettyJson(const QByteArray& json, JsonInfo* info, int indent = 2);
    // Checks JSON and counts its items without producing output.
    static JsonInfo inspectJson(const QByteArray& json);
    // Indents XML (and XHTML); empty on error, with the line in `error`.
    static QByteArray prettyXml(const QByteArray& xml, QString* error);
};
