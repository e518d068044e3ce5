#include "JsonRowReader.h"

#include "TableText.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <unordered_map>

namespace {

// Must match kListNames in JsonValueFlattener.cpp (the QJsonValue path).
const char* const kListNames[]
    = {"results", "items", "data", "records", "values", "entries", "rows", "nodes", "hits", "edges"};
constexpr int kMaxLocateLevel = 3;

// Bytes that end a plain run inside a string: the quote, the backslash and anything non-ASCII.
constexpr std::array<bool, 256> makeStringStops()
{
    std::array<bool, 256> stops {};
    for (int i = 0; i < 256; ++i) {
        stops[static_cast<size_t>(i)] = i == '"' || i == '\\' || i >= 0x80;
    }
    return stops;
}
constexpr std::array<bool, 256> kStringStops = makeStringStops();

inline bool isStop(char c)
{
    return kStringStops[static_cast<unsigned char>(c)];
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the valid UTF-8 sequence at p, 0 when it is not valid.
int utf8Length(const char* p, const char* end)
{
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    const auto available = end - p;
    const unsigned char c = s[0];
    const auto continuation = [&](int i) { return i < available && (s[i] & 0xC0) == 0x80; };
    if (c < 0x80) {
        return 1;
    }
    if (c < 0xC2) {
        return 0;
    }
    if (c < 0xE0) {
        return continuation(1) ? 2 : 0;
    }
    if (c < 0xF0) {
        if (!continuation(1) || !continuation(2)) {
            return 0;
        }
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) {
            return 0; // overlong, or a UTF-16 surrogate
        }
        return 3;
    }
    if (c < 0xF5) {
        if (!continuation(1) || !continuation(2) || !continuation(3)) {
            return 0;
        }
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) {
            return 0; // overlong, or beyond U+10FFFF
        }
        return 4;
    }
    return 0;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

// Four hex digits at p; -1 when they are not.
int hex4(const char* p, const char* end)
{
    if (end - p < 4) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

bool isListName(const std::string& key)
{
    for (const char* name : kListNames) {
        if (key == name) {
            return true;
        }
    }
    return false;
}

} // namespace

JsonRowReader::JsonRowReader(const QByteArray& body, const QString& itemsPath)
    : m_body(body)
    , m_itemsPath(itemsPath)
{
    m_begin = m_body.constData();
    m_end = m_begin + m_body.size();
    m_pos = m_begin;
}

JsonTable::Error JsonRowReader::makeError(const QByteArray& body, qint64 offset, const QString& what)
{
    JsonTable::Error error;
    error.offset = std::clamp<qint64>(offset, 0, body.size());
    int line = 1;
    qint64 lineStart = 0;
    const char* data = body.constData();
    for (qint64 i = 0; i < error.offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    error.line = line;
    error.column = static_cast<int>(error.offset - lineStart + 1);
    error.message = JsonRowReader::tr("Not valid JSON at byte %1 (line %2, column %3): %4")
                        .arg(error.offset)
                        .arg(error.line)
                        .arg(error.column)
                        .arg(what);
    return error;
}

bool JsonRowReader::fail(const char* at, const char* what)
{
    if (!failed()) {
        m_error = makeError(m_body, at - m_begin, JsonRowReader::tr(what));
        m_state = State::Failed;
    }
    return false;
}

bool JsonRowReader::readString(const char*& p, std::string& scratch, QByteArrayView* out)
{
    const char* start = ++p; // past the opening quote
    // Fast path: no escapes and valid UTF-8, so the text is a slice of the body.
    while (true) {
        while (p < m_end && !isStop(*p)) {
            ++p;
        }
        if (p >= m_end) {
            return fail(start - 1, QT_TRANSLATE_NOOP("JsonRowReader", "a text is not closed with a quote"));
        }
        if (*p == '"') {
            *out = QByteArrayView(start, p - start);
            ++p;
            return true;
        }
        if (*p == '\\') {
            break;
        }
        const int length = utf8Length(p, m_end);
        if (length == 0) {
            break;
        }
        p += length;
    }
    // Slow path: decode into scratch.
    scratch.assign(start, static_cast<size_t>(p - start));
    while (true) {
        if (p >= m_end) {
            return fail(start - 1, QT_TRANSLATE_NOOP("JsonRowReader", "a text is not closed with a quote"));
        }
        const char c = *p;
        if (c == '"') {
            ++p;
            break;
        }
        if (c == '\\') {
            const char* escape = p;
            ++p;
            if (p >= m_end) {
                return fail(escape, QT_TRANSLATE_NOOP("JsonRowReader", "a text is not closed with a quote"));
            }
            switch (*p) {
            case '"':
            case '\\':
            case '/':
                scratch.push_back(*p);
                ++p;
                break;
            case 'b':
                scratch.push_back('\b');
                ++p;
                break;
            case 'f':
                scratch.push_back('\f');
                ++p;
                break;
            case 'n':
                scratch.push_back('\n');
                ++p;
                break;
            case 'r':
                scratch.push_back('\r');
                ++p;
                break;
            case 't':
                scratch.push_back('\t');
                ++p;
                break;
            case 'u': {
                const int unit = hex4(p + 1, m_end);
                if (unit < 0) {
                    return fail(escape, QT_TRANSLATE_NOOP("JsonRowReader", "\\u must be followed by four hex digits"));
                }
                p += 5;
                char32_t cp = static_cast<char32_t>(unit);
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int low = (m_end - p >= 6 && p[0] == '\\' && p[1] == 'u') ? hex4(p + 2, m_end) : -1;
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10)
                            + (static_cast<char32_t>(low) - 0xDC00);
                        p += 6;
                    } else {
                        cp = 0xFFFD; // a lone high surrogate
                    }
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    cp = 0xFFFD; // a lone low surrogate
                }
                appendUtf8(scratch, cp);
                break;
            }
            default:
                // Not JSON, but QJsonDocument reads "\x" as "x", and so do we: the backslash goes,
                // the character after it is read as it is. (Not for non-ASCII: Qt refuses those.)
                if (static_cast<unsigned char>(*p) >= 0x80) {
                    return fail(escape, QT_TRANSLATE_NOOP("JsonRowReader", "unknown escape sequence in a text"));
                }
                break;
            }
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            const int length = utf8Length(p, m_end);
            if (length == 0) {
                scratch.append(kReplacement);
                ++p;
            } else {
                scratch.append(p, static_cast<size_t>(length));
                p += length;
            }
            continue;
        }
        const char* run = p;
        while (p < m_end && !isStop(*p)) {
            ++p;
        }
        scratch.append(run, static_cast<size_t>(p - run));
    }
    *out = QByteArrayView(scratch.data(), static_cast<qsizetype>(scratch.size()));
    return true;
}

JsonRowReader::Separator JsonRowReader::afterElement(const char*& p, char close)
{
    const bool list = close == ']';
    skipWhitespace(p);
    if (p >= m_end) {
        fail(p,
             list ? QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends inside a list")
                  : QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends inside an object"));
        return Separator::Failed;
    }
    if (*p == ',') {
        ++p;
        return Separator::Next;
    }
    if (*p == close) {
        ++p;
        return Separator::End;
    }
    fail(p,
         list ? QT_TRANSLATE_NOOP("JsonRowReader", "expected ',' or ']' in a list")
              : QT_TRANSLATE_NOOP("JsonRowReader", "expected ',' or '}' in an object"));
    return Separator::Failed;
}

JsonRowReader::Separator JsonRowReader::enterObject(const char*& p, int depth)
{
    if (depth + 1 > MaxDepth) {
        fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "nested more than 512 levels deep"));
        return Separator::Failed;
    }
    ++p;
    skipWhitespace(p);
    if (p < m_end && *p == '}') {
        ++p;
        return Separator::End;
    }
    return Separator::Next;
}

bool JsonRowReader::readMemberName(const char*& p, QByteArrayView* key)
{
    skipWhitespace(p);
    if (p >= m_end || *p != '"') {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "expected a field name in quotes"));
    }
    if (!readString(p, m_keyScratch, key)) {
        return false;
    }
    skipWhitespace(p);
    if (p >= m_end || *p != ':') {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "expected ':' after a field name"));
    }
    ++p;
    skipWhitespace(p);
    if (p >= m_end) {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends too early"));
    }
    return true;
}

bool JsonRowReader::readNumber(const char*& p, bool* integer)
{
    // JSON's grammar, plus what QJsonDocument also reads: no digits before the point (".5",
    // "-.5") or none after it ("1."), as long as there is a digit on one side.
    const char* start = p;
    if (p < m_end && *p == '-') {
        ++p;
    }
    int digits = 0;
    if (p < m_end && *p == '0') {
        ++p;
        digits = 1;
    } else {
        while (p < m_end && isDigit(*p)) {
            ++p;
            ++digits;
        }
    }
    *integer = true;
    if (p < m_end && *p == '.') {
        ++p;
        while (p < m_end && isDigit(*p)) {
            ++p;
            ++digits;
        }
        *integer = false;
    }
    if (digits == 0) {
        return fail(start, QT_TRANSLATE_NOOP("JsonRowReader", "not a valid number"));
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-')) {
            ++p;
        }
        if (p >= m_end || !isDigit(*p)) {
            return fail(start, QT_TRANSLATE_NOOP("JsonRowReader", "not a valid number"));
        }
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
        *integer = false;
    }
    return true;
}

bool JsonRowReader::readLiteral(const char*& p, const char* word, int length)
{
    if (m_end - p < length || std::memcmp(p, word, static_cast<size_t>(length)) != 0) {
        return fail(p,
                    QT_TRANSLATE_NOOP("JsonRowReader",
                                      "expected a value (text, number, true, false, null, "
                                      "object or list)"));
    }
    p += length;
    return true;
}

bool JsonRowReader::skipValue(const char*& p, int depth)
{
    if (p >= m_end) {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends too early"));
    }
    switch (*p) {
    case '{':
        return scanObject(p, depth, nullptr);
    case '[':
        return skipArray(p, depth, nullptr, nullptr);
    case '"': {
        QByteArrayView ignored;
        return readString(p, m_valueScratch, &ignored);
    }
    case 't':
        return readLiteral(p, "true", 4);
    case 'f':
        return readLiteral(p, "false", 5);
    case 'n':
        return readLiteral(p, "null", 4);
    default: {
        bool integer = false;
        if (*p == '-' || *p == '.' || isDigit(*p)) {
            return readNumber(p, &integer);
        }
        return fail(
            p,
            QT_TRANSLATE_NOOP("JsonRowReader", "expected a value (text, number, true, false, null, object or list)"));
    }
    }
}

bool JsonRowReader::skipArray(const char*& p, int depth, qint64* count, bool* allObjects)
{
    if (depth + 1 > MaxDepth) {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "nested more than 512 levels deep"));
    }
    ++p;
    skipWhitespace(p);
    qint64 n = 0;
    bool sawObject = false;
    bool sawOther = false;
    if (p < m_end && *p == ']') {
        ++p;
    } else {
        while (true) {
            skipWhitespace(p);
            if (p < m_end) {
                if (*p == '{') {
                    sawObject = true;
                } else if (*p != 'n') {
                    sawOther = true;
                }
            }
            if (!skipValue(p, depth + 1)) {
                return false;
            }
            ++n;
            const Separator next = afterElement(p, ']');
            if (next == Separator::Failed) {
                return false;
            }
            if (next == Separator::End) {
                break;
            }
        }
    }
    if (count) {
        *count = n;
    }
    if (allObjects) {
        *allObjects = sawObject && !sawOther;
    }
    return true;
}

bool JsonRowReader::scanObject(const char*& p, int depth, std::vector<Member>* members)
{
    std::unordered_map<std::string, size_t> memberIndex; // where each key is in `members`
    if (const Separator entered = enterObject(p, depth); entered != Separator::Next) {
        return entered == Separator::End;
    }
    while (true) {
        QByteArrayView key;
        if (!readMemberName(p, &key)) {
            return false;
        }
        Member member;
        if (members) {
            member.key.assign(key.data(), static_cast<size_t>(key.size()));
        }
        member.begin = p;
        member.type = *p;
        const bool ok = (members && *p == '[') ? skipArray(p, depth + 1, &member.count, &member.allObjects)
                                               : skipValue(p, depth + 1);
        if (!ok) {
            return false;
        }
        member.end = p;
        if (members) {
            // The same key twice: the last one wins, as everywhere else (and in QJsonDocument).
            const auto [at, added] = memberIndex.try_emplace(member.key, members->size());
            if (added) {
                members->push_back(std::move(member));
            } else {
                (*members)[at->second] = std::move(member);
            }
        }
        const Separator next = afterElement(p, '}');
        if (next != Separator::Next) {
            return next == Separator::End;
        }
    }
}

bool JsonRowReader::open()
{
    if (m_state != State::Closed) {
        return !failed();
    }
    const char* p = m_begin;
    if (m_end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3; // a UTF-8 byte order mark
    }
    skipWhitespace(p);
    if (p >= m_end) {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer is empty"));
    }
    const char* root = p;
    if (!m_itemsPath.isEmpty()) {
        return locateExplicit(root);
    }
    if (*root == '[') {
        m_topLevelArray = true;
        m_shape = JsonTable::Shape::List;
        startAt(root, 0);
        return true;
    }
    // Anything else is checked whole first: the list is found in it, or it is one row.
    std::vector<Member> members;
    const char* q = root;
    const bool ok = *root == '{' ? scanObject(q, 0, &members) : skipValue(q, 0);
    if (!ok) {
        return false;
    }
    skipWhitespace(q);
    if (q != m_end) {
        return fail(q, QT_TRANSLATE_NOOP("JsonRowReader", "unexpected text after the end of the JSON"));
    }
    if (*root == '{') {
        Located found;
        if (locateAuto(members, 0, 0, std::string(), &found)) {
            m_foundPath = TableText::decode(found.path);
            m_shape = JsonTable::Shape::List;
            startAt(found.value, found.depth);
            return true;
        }
        m_shape = JsonTable::Shape::Object;
    } else {
        m_shape = JsonTable::Shape::Scalar;
    }
    m_pos = root;
    m_state = State::SingleRow;
    return true;
}

void JsonRowReader::startAt(const char* value, int depth)
{
    m_pos = value + 1; // past '['
    m_listDepth = depth + 1;
    m_firstElement = true;
    m_state = State::Rows;
}

bool JsonRowReader::locateExplicit(const char* root)
{
    const char* q = root;
    if (!skipValue(q, 0)) {
        return false;
    }
    skipWhitespace(q);
    if (q != m_end) {
        return fail(q, QT_TRANSLATE_NOOP("JsonRowReader", "unexpected text after the end of the JSON"));
    }
    const char* current = root;
    int depth = 0;
    const QStringList steps = m_itemsPath.split(QLatin1Char('.'));
    for (const QString& step : steps) {
        const char* next = nullptr;
        if (*current == '{') {
            std::vector<Member> members;
            const char* p = current;
            scanObject(p, depth, &members);
            const std::string key = step.toStdString();
            for (const Member& member : members) {
                if (member.key == key) {
                    next = member.begin;
                }
            }
        } else if (*current == '[') {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            const char* p = current + 1;
            skipWhitespace(p);
            for (int i = 0; isIndex && index >= 0 && p < m_end && *p != ']'; ++i) {
                if (i == index) {
                    next = p;
                    break;
                }
                skipValue(p, depth + 1);
                skipWhitespace(p);
                if (p < m_end && *p == ',') {
                    ++p;
                    skipWhitespace(p);
                }
            }
        }
        if (!next) {
            m_error.offset = 0;
            m_error.message = JsonRowReader::tr("There is no list at “%1” in this answer.").arg(m_itemsPath);
            m_state = State::Failed;
            return false;
        }
        current = next;
        ++depth;
    }
    m_foundPath = m_itemsPath;
    if (*current == '[') {
        m_shape = JsonTable::Shape::List;
        startAt(current, depth);
        return true;
    }
    m_shape = *current == '{' ? JsonTable::Shape::Object : JsonTable::Shape::Scalar;
    m_pos = current;
    m_listDepth = depth;
    m_state = State::SingleRow;
    return true;
}

bool JsonRowReader::locateAuto(const std::vector<Member>& members, int depth, int level, const std::string& prefix,
                               Located* found)
{
    // 1. A member with a list's usual name.
    for (const char* name : kListNames) {
        for (const Member& member : members) {
            if (member.type == '[' && member.key == name) {
                found->value = member.begin;
                found->path = prefix + name;
                found->count = member.count;
                found->depth = depth + 1;
                return true;
            }
        }
    }
    // 2. The largest list of objects. (Not under a key with a dot in it: a path could not name it.)
    const auto named = [](const Member& member) { return member.key.find('.') == std::string::npos; };
    bool any = false;
    for (const Member& member : members) {
        if (member.type == '[' && member.allObjects && member.count > found->count && named(member)) {
            found->value = member.begin;
            found->path = prefix + member.key;
            found->count = member.count;
            found->depth = depth + 1;
            any = true;
        }
    }
    if (any || level >= kMaxLocateLevel) {
        return any;
    }
    // 3. Inside objects: those with a list's name first, then the largest found elsewhere.
    const auto inner = [&](const Member& member, Located* into) {
        std::vector<Member> innerMembers;
        const char* p = member.begin;
        if (!scanObject(p, depth + 1, &innerMembers)) {
            return false;
        }
        return locateAuto(innerMembers, depth + 1, level + 1, prefix + member.key + '.', into);
    };
    for (const char* name : kListNames) {
        for (const Member& member : members) {
            if (member.type == '{' && member.key == name && inner(member, found)) {
                return true;
            }
        }
    }
    for (const Member& member : members) {
        if (member.type != '{' || isListName(member.key) || !named(member)) {
            continue;
        }
        Located candidate;
        candidate.count = found->count;
        if (inner(member, &candidate) && candidate.count > found->count) {
            *found = candidate;
            any = true;
        }
    }
    return any;
}

int JsonRowReader::read(JsonTable& table, int maxRows)
{
    if (!open() || atEnd() || maxRows <= 0) {
        return 0;
    }
    m_page = static_cast<quint32>(table.addPage(m_body));
    if (table.m_shape == JsonTable::Shape::None) {
        table.m_shape = m_shape;
        table.m_itemsPath = m_foundPath;
    }
    int rows = 0;
    const char* p = m_pos;
    if (m_state == State::SingleRow) {
        if (readElement(table, p, m_listDepth)) {
            rows = 1;
            m_state = State::Done;
        }
        m_pos = m_state == State::Done ? m_end : p;
        table.padColumns();
        return rows;
    }
    while (rows < maxRows) {
        skipWhitespace(p);
        if (p >= m_end) {
            fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends inside the list"));
            break;
        }
        if (m_firstElement && *p == ']') {
            ++p;
            finishList(p);
            break;
        }
        m_firstElement = false;
        if (!readElement(table, p, m_listDepth)) {
            break;
        }
        ++rows;
        skipWhitespace(p);
        if (p >= m_end) {
            fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends inside the list"));
            break;
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == ']') {
            ++p;
            finishList(p);
            break;
        }
        fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "expected ',' or ']' between list items"));
        break;
    }
    m_pos = m_state == State::Done ? m_end : p; // the rest of the document was checked before
    table.padColumns();
    return rows;
}

void JsonRowReader::finishList(const char* p)
{
    if (m_topLevelArray) {
        skipWhitespace(p);
        if (p != m_end) {
            fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "unexpected text after the end of the JSON"));
            return;
        }
    }
    m_state = State::Done;
}

bool JsonRowReader::readElement(JsonTable& table, const char*& p, int depth)
{
    const char* start = p;
    table.beginRow();
    m_current.clear();
    m_path.clear();
    m_keyStarts.clear();
    bool ok = false;
    if (*p == '{') {
        ok = flattenObject(table, p, depth);
    } else {
        m_path = "value";
        const int column = columnForPath(table);
        ok = *p == '[' ? flattenArrayCell(table, column, p, depth) : scalarCell(table, column, p);
    }
    if (!ok) {
        table.dropPartialRow();
        return false;
    }
    table.endRow(m_page, start - m_begin, p - start);
    std::swap(m_predicted, m_current);
    m_predictedFor = &table;
    return true;
}

int JsonRowReader::columnForPath(JsonTable& table)
{
    const QByteArrayView path(m_path.data(), static_cast<qsizetype>(m_path.size()));
    const size_t k = m_current.size();
    int column = -1;
    if (m_predictedFor == &table && k < m_predicted.size()) {
        const int guess = m_predicted[k];
        if (guess < table.columnCount() && table.m_columns[static_cast<size_t>(guess)].pathUtf8 == path) {
            column = guess;
        }
    }
    if (column < 0) {
        column = table.findColumn(path);
    }
    if (column < 0) {
        QList<QByteArray> keys;
        for (size_t i = 0; i < m_keyStarts.size(); ++i) {
            const size_t begin = m_keyStarts[i];
            const size_t end = i + 1 < m_keyStarts.size() ? m_keyStarts[i + 1] - 1 : m_path.size();
            keys.append(QByteArray(m_path.data() + begin, static_cast<qsizetype>(end - begin)));
        }
        column = table.addColumn(path, keys);
    }
    m_current.push_back(column);
    return column;
}

bool JsonRowReader::flattenObject(JsonTable& table, const char*& p, int depth)
{
    if (const Separator entered = enterObject(p, depth); entered != Separator::Next) {
        return entered == Separator::End;
    }
    while (true) {
        QByteArrayView key;
        if (!readMemberName(p, &key)) {
            return false;
        }
        const size_t saved = m_path.size();
        if (!m_path.empty()) {
            m_path.push_back('.');
        }
        m_keyStarts.push_back(m_path.size());
        m_path.append(key.data(), static_cast<size_t>(key.size()));
        bool ok = false;
        if (*p == '{') {
            ok = flattenObject(table, p, depth + 1);
        } else {
            const int column = columnForPath(table);
            ok = *p == '[' ? flattenArrayCell(table, column, p, depth + 1) : scalarCell(table, column, p);
        }
        if (!ok) {
            return false;
        }
        m_path.resize(saved);
        m_keyStarts.pop_back();
        const Separator next = afterElement(p, '}');
        if (next != Separator::Next) {
            return next == Separator::End;
        }
    }
}

bool JsonRowReader::scalarCell(JsonTable& table, int column, const char*& p)
{
    switch (*p) {
    case '"': {
        QByteArrayView text;
        if (!readString(p, m_valueScratch, &text)) {
            return false;
        }
        JsonTable::CellType type = JsonTable::CellType::Text;
        switch (TableText::classify(text)) {
        case TableText::StringShape::DateTime:
            type = JsonTable::CellType::DateTime;
            break;
        case TableText::StringShape::Date:
            type = JsonTable::CellType::Date;
            break;
        case TableText::StringShape::Url:
            type = JsonTable::CellType::Url;
            break;
        case TableText::StringShape::Plain:
            break;
        }
        table.setCell(column, type, text);
        return true;
    }
    case 't':
        if (!readLiteral(p, "true", 4)) {
            return false;
        }
        table.setCell(column, JsonTable::CellType::True, "true");
        return true;
    case 'f':
        if (!readLiteral(p, "false", 5)) {
            return false;
        }
        table.setCell(column, JsonTable::CellType::False, "false");
        return true;
    case 'n':
        if (!readLiteral(p, "null", 4)) {
            return false;
        }
        table.setCell(column, JsonTable::CellType::Null, {});
        return true;
    default: {
        const char* start = p;
        bool integer = false;
        if (*p != '-' && *p != '.' && !isDigit(*p)) {
            return fail(p,
                        QT_TRANSLATE_NOOP("JsonRowReader",
                                          "expected a value (text, number, true, false, null, object or list)"));
        }
        if (!readNumber(p, &integer)) {
            return false;
        }
        table.setCell(column, integer ? JsonTable::CellType::Integer : JsonTable::CellType::Decimal,
                      QByteArrayView(start, p - start));
        return true;
    }
    }
}

bool JsonRowReader::flattenArrayCell(JsonTable& table, int column, const char*& p, int depth)
{
    if (depth + 1 > MaxDepth) {
        return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "nested more than 512 levels deep"));
    }
    const char* start = p;
    ++p;
    skipWhitespace(p);
    if (p < m_end && *p == ']') {
        ++p;
        table.setCell(column, JsonTable::CellType::EmptyList, {});
        return true;
    }
    m_joined.clear();
    bool nested = false;
    int appended = 0;
    qint64 count = 0;
    const auto join = [&](QByteArrayView text) {
        if (appended++ > 0) {
            m_joined.append(", ");
        }
        m_joined.append(text.data(), static_cast<size_t>(text.size()));
    };
    while (true) {
        skipWhitespace(p);
        if (p >= m_end) {
            return fail(p, QT_TRANSLATE_NOOP("JsonRowReader", "the answer ends inside a list"));
        }
        switch (*p) {
        case '{':
        case '[':
            nested = true;
            if (!skipValue(p, depth + 1)) {
                return false;
            }
            break;
        case '"': {
            QByteArrayView text;
            if (!readString(p, m_valueScratch, &text)) {
                return false;
            }
            join(text);
            break;
        }
        case 't':
            if (!readLiteral(p, "true", 4)) {
                return false;
            }
            join("true");
            break;
        case 'f':
            if (!readLiteral(p, "false", 5)) {
                return false;
            }
            join("false");
            break;
        case 'n':
            if (!readLiteral(p, "null", 4)) {
                return false;
            }
            break;
        default: {
            const char* numberStart = p;
            bool integer = false;
            if (*p != '-' && *p != '.' && !isDigit(*p)) {
                return fail(p,
                            QT_TRANSLATE_NOOP("JsonRowReader",
                                              "expected a value (text, number, true, false, null, object or list)"));
            }
            if (!readNumber(p, &integer)) {
                return false;
            }
            join(QByteArrayView(numberStart, p - numberStart));
        }
        }
        ++count;
        const Separator next = afterElement(p, ']');
        if (next == Separator::Failed) {
            return false;
        }
        if (next == Separator::End) {
            break;
        }
    }
    if (nested) {
        const QByteArray countText = QByteArray::number(count);
        table.setCell(column, JsonTable::CellType::Nested, countText);
    } else if (appended == 0) {
        table.setCell(column, JsonTable::CellType::EmptyList, {});
        return true;
    } else {
        table.setCell(column, JsonTable::CellType::List,
                      QByteArrayView(m_joined.data(), static_cast<qsizetype>(m_joined.size())));
    }
    table.setNested(column, start - m_begin, p - start);
    return true;
}
