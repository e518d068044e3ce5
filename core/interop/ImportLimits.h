#pragma once

#include <QtGlobal>

// Bounds every importer enforces on outside input, so a hostile or broken
// file costs a clear message instead of memory, time or the stack.
struct ImportLimits
{
    static constexpr qint64 maxInputBytes = 50LL * 1024 * 1024; // a file or a paste
    static constexpr int maxFolderDepth = 64; // Postman folders inside folders
    static constexpr int maxWords = 100000; // words of one command line
};
