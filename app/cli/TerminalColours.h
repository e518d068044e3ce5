#pragma once

#include <QByteArray>

// Colours indented JSON for a terminal (ANSI escapes): names, strings,
// numbers and true/false/null each their own colour. Only used when standard
// output is a terminal and NO_COLOR is not set.
class TerminalColours
{
public:
    static bool wanted();
    static QByteArray json(const QByteArray& pretty);
};
