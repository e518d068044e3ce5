#include "BodyFormatter.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <vector>

namespace {

constexpr int maxDepth = 10000;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// One pass over JSON: validates it, counts items, and (when `out` is given)
// writes it indented. Strings and numbers are copied as they are.
class JsonPass
{
public:
    JsonPass(const QByteArray& in, QByteArray* out, int indent)
        : m_begin(in.constData())
        , m_p(in.constData())
        , m_end(in.constData() + in.size())
        , m_out(out)
        , m_indent(indent)
    {
        if (m_out) {
            m_out->clear();
            m_out->reserve(in.size() + in.size() / 2);
        }
    }

    BodyFormatter::JsonInfo run()
    {
        skipSpace();
        if (m_p == m_end) {
            return fail(BodyFormatter::tr("the answer is empty"));
        }
        if (!value()) {
            return m_info;
        }
        skipSpace();
        if (m_p != m_end) {
            return fail(BodyFormatter::tr("unexpected text after the end of the JSON"));
        }
        m_info.valid = true;
        chooseItems();
        return m_info;
    }

private:
    struct Frame
    {
        bool object = false;
        qint64 count = 0;
        QByteArray key; // objects: the member being read (depth 1 only)
    };

    BodyFormatter::JsonInfo fail(const QString& what)
    {
        m_info.valid = false;
        m_info.errorOffset = m_p - m_begin;
        m_info.error = BodyFormatter::tr("Not valid JSON: %1 (at byte %2).").arg(what).arg(m_info.errorOffset);
        if (m_out) {
            m_out->clear();
        }
        return m_info;
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p)) {
            ++m_p;
        }
    }

    void write(const char* from, qint64 length)
    {
        if (m_out) {
            m_out->append(from, length);
        }
    }

    void write(char c)
    {
        if (m_out) {
            m_out->append(c);
        }
    }

    void newline()
    {
        if (m_out) {
            m_out->append('\n');
            m_out->append(QByteArray(qsizetype(m_stack.size()) * m_indent, ' '));
        }
    }

    bool string()
    {
        const char* start = m_p++;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                write(start, m_p - start);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                fail(BodyFormatter::tr("a control character inside a string"));
                return false;
            }
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end) {
                    break;
                }
                const char e = *m_p;
                if (e == 'u') {
                    if (m_end - m_p < 5 || !isHex(m_p[1]) || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4])) {
                        fail(BodyFormatter::tr("a broken \\u escape"));
                        return false;
                    }
                    m_p += 4;
                } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r'
                           && e != 't') {
                    fail(BodyFormatter::tr("an unknown escape \\%1").arg(QLatin1Char(e)));
                    return false;
                }
            }
            ++m_p;
        }
        fail(BodyFormatter::tr("a string that never ends"));
        return false;
    }

    bool number()
    {
        const char* start = m_p;
        if (*m_p == '-') {
            ++m_p;
        }
        if (m_p >= m_end || !isDigit(*m_p)) {
            fail(BodyFormatter::tr("a broken number"));
            return false;
        }
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p)) {
                fail(BodyFormatter::tr("a broken number"));
                return false;
            }
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (m_p >= m_end || !isDigit(*m_p)) {
                fail(BodyFormatter::tr("a broken number"));
                return false;
            }
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }
        write(start, m_p - start);
        return true;
    }

    bool literal(const char* word, qint64 length)
    {
        if (m_end - m_p < length || qstrncmp(m_p, word, size_t(length)) != 0) {
            fail(BodyFormatter::tr("unexpected text"));
            return false;
        }
        write(m_p, length);
        m_p += length;
        return true;
    }

    // Reads one value. Containers are handled with an explicit stack, so deep
    // nesting cannot overflow the C++ stack.
    bool value()
    {
        for (;;) {
            skipSpace();
            if (m_p >= m_end) {
                fail(BodyFormatter::tr("the JSON ends too early"));
                return false;
            }
            const char c = *m_p;
            bool opened = false;
            if (c == '{' || c == '[') {
                if (m_stack.size() >= maxDepth) {
                    fail(BodyFormatter::tr("nested too deeply"));
                    return false;
                }
                ++m_p;
                write(c);
                skipSpace();
                const char close = c == '{' ? '}' : ']';
                if (m_p < m_end && *m_p == close) {
                    ++m_p;
                    write(close);
                    if (c == '[' && m_stack.empty()) {
                        m_topArrayCount = 0;
                    } else if (c == '[' && m_stack.size() == 1 && m_stack.front().object) {
                        m_lists.push_back({m_stack.front().key, 0});
                    }
                } else {
                    m_stack.push_back({c == '{', 0, {}});
                    newline();
                    opened = true;
                }
            } else if (c == '"') {
                if (!string()) {
                    return false;
                }
            } else if (c == '-' || isDigit(c)) {
                if (!number()) {
                    return false;
                }
            } else if (c == 't') {
                if (!literal("true", 4)) {
                    return false;
                }
            } else if (c == 'f') {
                if (!literal("false", 5)) {
                    return false;
                }
            } else if (c == 'n') {
                if (!literal("null", 4)) {
                    return false;
                }
            } else {
                fail(BodyFormatter::tr("unexpected character '%1'").arg(QLatin1Char(c)));
                return false;
            }

            if (opened) {
                if (m_stack.back().object && !key()) {
                    return false;
                }
                continue; // read the container's first value
            }
            // A value ended: close containers and move to the next value.
            for (;;) {
                if (m_stack.empty()) {
                    return true;
                }
                Frame& top = m_stack.back();
                ++top.count;
                skipSpace();
                if (m_p >= m_end) {
                    fail(BodyFormatter::tr("the JSON ends too early"));
                    return false;
                }
                if (*m_p == ',') {
                    ++m_p;
                    write(',');
                    newline();
                    if (top.object && !key()) {
                        return false;
                    }
                    break; // next value
                }
                const char close = top.object ? '}' : ']';
                if (*m_p != close) {
                    fail(top.object ? BodyFormatter::tr("expected , or }") : BodyFormatter::tr("expected , or ]"));
                    return false;
                }
                ++m_p;
                finishFrame();
                m_stack.pop_back();
                newline();
                write(close);
            }
        }
    }

    // Reads `"key":` inside an object.
    bool key()
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"') {
            fail(BodyFormatter::tr("expected a name in quotes"));
            return false;
        }
        const char* start = m_p;
        if (!string()) {
            return false;
        }
        if (m_stack.size() == 1) {
            m_stack.back().key = QByteArray(start + 1, m_p - start - 2);
        }
        skipSpace();
        if (m_p >= m_end || *m_p != ':') {
            fail(BodyFormatter::tr("expected :"));
            return false;
        }
        ++m_p;
        write(": ", 2);
        return true;
    }

    // Remembers the lists found at the top: a top-level array, or arrays that
    // are members of the top-level object.
    void finishFrame()
    {
        const Frame& frame = m_stack.back();
        if (m_stack.size() == 1 && !frame.object) {
            m_topArrayCount = frame.count;
        } else if (m_stack.size() == 2 && !frame.object && m_stack.front().object) {
            m_lists.push_back({m_stack.front().key, frame.count});
        }
    }

    void chooseItems()
    {
        if (m_topArrayCount >= 0) {
            m_info.itemCount = m_topArrayCount;
            return;
        }
        static const QList<QByteArray> preferred
            = {"items", "results", "data", "records", "values", "entries", "nodes"};
        for (const QByteArray& name : preferred) {
            for (const auto& list : m_lists) {
                if (list.first == name) {
                    m_info.itemCount = list.second;
                    m_info.itemsKey = QString::fromUtf8(name);
                    return;
                }
            }
        }
        if (!m_lists.empty()) {
            m_info.itemCount = m_lists.front().second;
            m_info.itemsKey = QString::fromUtf8(m_lists.front().first);
        }
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    QByteArray* m_out;
    int m_indent;
    std::vector<Frame> m_stack;
    std::vector<std::pair<QByteArray, qint64>> m_lists;
    qint64 m_topArrayCount = -1;
    BodyFormatter::JsonInfo m_info;
};

} // namespace

BodyFormatter::Kind BodyFormatter::detect(const QByteArray& contentType, const QByteArray& body)
{
    if (body.isEmpty()) {
        return Kind::Empty;
    }
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    if (type.startsWith("image/")) {
        return Kind::Image;
    }
    if (type == "application/json" || type.endsWith("+json") || type == "text/json") {
        return Kind::Json;
    }
    if (type == "text/html" || type == "application/xhtml+xml") {
        return Kind::Html;
    }
    if (type.endsWith("/xml") || type.endsWith("+xml")) {
        return Kind::Xml;
    }
    const QByteArray head = body.left(512).trimmed();
    if (head.startsWith('{') || head.startsWith('[')) {
        return Kind::Json;
    }
    if (head.startsWith("<?xml")) {
        return Kind::Xml;
    }
    if (head.startsWith('<') && head.left(64).toLower().contains("html")) {
        return Kind::Html;
    }
    // Text unless it has NUL bytes or many control characters.
    int control = 0;
    for (char c : body.left(4096)) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0) {
            return Kind::Binary;
        }
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            ++control;
        }
    }
    return control > 8 ? Kind::Binary : Kind::Text;
}

QByteArray BodyFormatter::prettyJson(const QByteArray& json, JsonInfo* info, int indent)
{
    QByteArray out;
    JsonPass pass(json, &out, indent);
    const JsonInfo result = pass.run();
    if (info) {
        *info = result;
    }
    if (!result.valid) {
        return {};
    }
    out.append('\n');
    return out;
}

BodyFormatter::JsonInfo BodyFormatter::inspectJson(const QByteArray& json)
{
    JsonPass pass(json, nullptr, 0);
    return pass.run();
}

QByteArray BodyFormatter::prettyXml(const QByteArray& xml, QString* error)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::Characters && reader.isWhitespace()) {
            continue;
        }
        if (reader.tokenType() != QXmlStreamReader::Invalid) {
            writer.writeCurrentToken(reader);
        }
    }
    if (reader.hasError()) {
        if (error) {
            *error = tr("Not valid XML: %1 (line %2, column %3).")
                         .arg(reader.errorString())
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber());
        }
        return {};
    }
    return out;
}
