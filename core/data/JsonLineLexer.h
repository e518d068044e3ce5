#pragma once

#include <QByteArrayView>
#include <QList>

// Splits ONE line of text into coloured pieces, for a view that colours only the lines on screen.
// Made for indented JSON as BodyFormatter::prettyJson writes it (one name/value per line), and
// for indented XML/HTML, but any bytes are fine: it never fails, never reads past the line and
// leaves what it does not know uncoloured. Nothing is carried from one line to the next, so a
// string or comment spread over several lines is coloured line by line as well as it can be.
//
// Offsets are in bytes of the line (UTF-8); spans are in order and do not overlap. Bytes in no
// span (spaces, text between tags, unknown characters) are plain.
class JsonLineLexer
{
public:
    enum class Kind : quint8 {
        Plain,
        Name, // JSON: a string followed by ':'
        String, // JSON string; XML/HTML attribute value
        Number,
        Literal, // true, false, null; XML/HTML entity (&amp;)
        Punctuation, // { } [ ] , : and < > </ /> = ? !
        Tag, // XML/HTML element name
        Attribute, // XML/HTML attribute name
        Comment, // <!-- … --> and <? … ?> / <!DOCTYPE …>
    };

    enum class Mode {
        Json,
        Markup, // XML and HTML
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        Kind kind = Kind::Plain;

        bool operator==(const Span& other) const = default;
    };

    static QList<Span> tokenize(QByteArrayView line, Mode mode);
    static QList<Span> tokenizeJson(QByteArrayView line);
    static QList<Span> tokenizeMarkup(QByteArrayView line);
};
