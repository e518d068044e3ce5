#include "JsonLineLexer.h"

#include <algorithm>
#include <climits>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

// A name in a tag: anything up to a space, quote or the end of the tag.
bool isMarkupNameChar(char c)
{
    return !isSpace(c) && c != '>' && c != '/' && c != '=' && c != '"' && c != '\'' && c != '<' && c != '?';
}

class Collector
{
public:
    void add(int start, int end, JsonLineLexer::Kind kind)
    {
        if (end <= start) {
            return;
        }
        if (!spans.isEmpty()) {
            JsonLineLexer::Span& last = spans.last();
            if (last.kind == kind && last.start + last.length == start && kind == JsonLineLexer::Kind::Punctuation) {
                last.length += end - start;
                return;
            }
        }
        spans.append({start, end - start, kind});
    }

    QList<JsonLineLexer::Span> spans;
};

int clampedSize(QByteArrayView line)
{
    return int(std::min<qsizetype>(line.size(), INT_MAX));
}

// Index just past the quoted text that starts at `at` (its quote `quote`); the line's end when
// it is not closed. `closed` says which.
int skipQuoted(const char* s, int n, int at, char quote, bool backslashEscapes, bool* closed)
{
    int i = at + 1;
    while (i < n) {
        if (backslashEscapes && s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == quote) {
            *closed = true;
            return i + 1;
        }
        ++i;
    }
    *closed = false;
    return n;
}

bool startsWith(const char* s, int n, int at, const char* prefix)
{
    for (int k = 0; prefix[k]; ++k) {
        if (at + k >= n || s[at + k] != prefix[k]) {
            return false;
        }
    }
    return true;
}

// Index of `needle` in s from `from`, or -1.
int find(const char* s, int n, int from, const char* needle)
{
    const QByteArrayView haystack(s + from, n - from);
    const qsizetype at = haystack.indexOf(QByteArrayView(needle));
    return at < 0 ? -1 : from + int(at);
}

} // namespace

QList<JsonLineLexer::Span> JsonLineLexer::tokenize(QByteArrayView line, Mode mode)
{
    return mode == Mode::Json ? tokenizeJson(line) : tokenizeMarkup(line);
}

QList<JsonLineLexer::Span> JsonLineLexer::tokenizeJson(QByteArrayView line)
{
    using K = Kind;
    Collector out;
    const char* s = line.data();
    const int n = clampedSize(line);
    int i = 0;
    while (i < n) {
        const char c = s[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '"') {
            bool closed = false;
            const int end = std::min(skipQuoted(s, n, i, '"', true, &closed), n);
            int next = end;
            while (next < n && isSpace(s[next])) {
                ++next;
            }
            out.add(i, end, closed && next < n && s[next] == ':' ? K::Name : K::String);
            i = end;
        } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':') {
            out.add(i, i + 1, K::Punctuation);
            ++i;
        } else if (isDigit(c) || (c == '-' && i + 1 < n && (isDigit(s[i + 1]) || s[i + 1] == '.'))) {
            int end = i + 1;
            while (end < n
                   && (isDigit(s[end]) || s[end] == '.' || s[end] == 'e' || s[end] == 'E'
                       || ((s[end] == '+' || s[end] == '-') && (s[end - 1] == 'e' || s[end - 1] == 'E')))) {
                ++end;
            }
            out.add(i, end, K::Number);
            i = end;
        } else if (isWordChar(c)) {
            int end = i + 1;
            while (end < n && isWordChar(s[end])) {
                ++end;
            }
            const QByteArrayView word(s + i, end - i);
            if (word == "true" || word == "false" || word == "null") {
                out.add(i, end, K::Literal);
            }
            i = end;
        } else {
            ++i; // unknown: plain
        }
    }
    return out.spans;
}

QList<JsonLineLexer::Span> JsonLineLexer::tokenizeMarkup(QByteArrayView line)
{
    using K = Kind;
    Collector out;
    const char* s = line.data();
    const int n = clampedSize(line);
    bool inTag = false;
    int i = 0;
    while (i < n) {
        const char c = s[i];
        if (!inTag) {
            if (startsWith(s, n, i, "<!--")) {
                const int close = find(s, n, i + 4, "-->");
                const int end = close < 0 ? n : close + 3;
                out.add(i, end, K::Comment);
                i = end;
            } else if (startsWith(s, n, i, "<![CDATA[")) {
                const int close = find(s, n, i + 9, "]]>");
                const int end = close < 0 ? n : close + 3;
                out.add(i, i + 9, K::Punctuation);
                out.add(i + 9, close < 0 ? n : close, K::String);
                out.add(close < 0 ? n : close, end, K::Punctuation);
                i = end;
            } else if (startsWith(s, n, i, "<!")) {
                const int close = find(s, n, i + 2, ">");
                const int end = close < 0 ? n : close + 1;
                out.add(i, end, K::Comment);
                i = end;
            } else if (c == '<') {
                int end = i + 1;
                if (end < n && (s[end] == '/' || s[end] == '?')) {
                    ++end;
                }
                out.add(i, end, K::Punctuation);
                int nameEnd = end;
                while (nameEnd < n && isMarkupNameChar(s[nameEnd])) {
                    ++nameEnd;
                }
                out.add(end, nameEnd, K::Tag);
                i = nameEnd;
                inTag = true;
            } else if (c == '&') {
                int end = i + 1;
                while (end < n && end - i < 32 && (isWordChar(s[end]) || s[end] == '#')) {
                    ++end;
                }
                if (end < n && s[end] == ';' && end > i + 1) {
                    out.add(i, end + 1, K::Literal);
                    i = end + 1;
                } else {
                    i = end;
                }
            } else {
                ++i; // text
            }
            continue;
        }
        // Inside a tag: attributes up to '>'.
        if (isSpace(c)) {
            ++i;
        } else if (c == '>') {
            out.add(i, i + 1, K::Punctuation);
            ++i;
            inTag = false;
        } else if ((c == '/' || c == '?') && i + 1 < n && s[i + 1] == '>') {
            out.add(i, i + 2, K::Punctuation);
            i += 2;
            inTag = false;
        } else if (c == '=' || c == '/' || c == '?') {
            out.add(i, i + 1, K::Punctuation);
            ++i;
        } else if (c == '"' || c == '\'') {
            bool closed = false;
            const int end = skipQuoted(s, n, i, c, false, &closed);
            out.add(i, end, K::String);
            i = end;
        } else if (c == '<') {
            inTag = false; // a tag that was never closed: start again
        } else {
            int end = i + 1;
            while (end < n && isMarkupNameChar(s[end])) {
                ++end;
            }
            out.add(i, end, K::Attribute);
            i = end;
        }
    }
    return out.spans;
}
