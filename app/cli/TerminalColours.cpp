#include "TerminalColours.h"

#include "ConsoleIO.h"

namespace {

constexpr const char* reset = "\x1b[0m";
constexpr const char* nameColour = "\x1b[34;1m"; // bold blue
constexpr const char* stringColour = "\x1b[32m"; // green
constexpr const char* numberColour = "\x1b[33m"; // yellow
constexpr const char* literalColour = "\x1b[35m"; // magenta

} // namespace

bool TerminalColours::wanted()
{
    return ConsoleIO::stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR")
        && qEnvironmentVariable("TERM") != QStringLiteral("dumb");
}

QByteArray TerminalColours::json(const QByteArray& pretty)
{
    QByteArray out;
    out.reserve(pretty.size() + pretty.size() / 4);
    const char* p = pretty.constData();
    const char* end = p + pretty.size();
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char* start = p++;
            while (p < end && *p != '"') {
                p += (*p == '\\' && p + 1 < end) ? 2 : 1;
            }
            if (p < end) {
                ++p;
            }
            // A name is a string followed by ':'.
            const char* after = p;
            while (after < end && *after == ' ') {
                ++after;
            }
            out.append(after < end && *after == ':' ? nameColour : stringColour);
            out.append(start, p - start);
            out.append(reset);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const char* start = p;
            while (p < end
                   && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9'))) {
                ++p;
            }
            out.append(numberColour);
            out.append(start, p - start);
            out.append(reset);
        } else if (c == 't' || c == 'f' || c == 'n') {
            const char* start = p;
            while (p < end && *p >= 'a' && *p <= 'z') {
                ++p;
            }
            out.append(literalColour);
            out.append(start, p - start);
            out.append(reset);
        } else {
            out.append(c);
            ++p;
        }
    }
    return out;
}
