#include "LineIndex.h"

#include <algorithm>
#include <cstring>

LineIndex::LineIndex(const QByteArray& text)
    : m_text(text)
{
    // A rough guess (pretty JSON has lines of 20–40 bytes) saves most of the regrowing.
    m_low.reserve(std::size_t(std::min<qint64>(text.size() / 24 + 16, qint64(1) << 26)));
}

LineIndex LineIndex::build(const QByteArray& text, const Progress& progress)
{
    LineIndex index(text);
    const qint64 size = text.size();
    while (index.m_indexed < size) {
        index.indexUpTo(index.m_indexed + ChunkBytes);
        if (progress && !progress(index.m_indexed, size)) {
            return index;
        }
    }
    index.finish();
    return index;
}

void LineIndex::indexUpTo(qint64 end)
{
    end = std::min<qint64>(end, m_text.size());
    if (m_complete || end <= m_indexed) {
        return;
    }
    const char* const data = m_text.constData();
    const char* p = data + m_indexed;
    const char* const stop = data + end;
    while (p < stop) {
        const auto* newline = static_cast<const char*>(std::memchr(p, '\n', std::size_t(stop - p)));
        if (!newline) {
            break;
        }
        p = newline + 1;
        push(p - data);
    }
    m_indexed = end;
}

void LineIndex::finish()
{
    if (m_complete) {
        return;
    }
    indexUpTo(m_text.size());
    if (start(qint64(m_low.size()) - 1) < m_text.size()) {
        push(m_text.size());
    }
    m_low.shrink_to_fit();
    m_complete = true;
}

void LineIndex::push(qint64 offset)
{
    const auto high = std::size_t(quint64(offset) >> 32);
    while (m_wraps.size() < high) {
        m_wraps.push_back(qint64(m_low.size()));
    }
    m_low.push_back(quint32(quint64(offset) & 0xffffffffu));
    const qint64 line = qint64(m_low.size()) - 2;
    m_longest = std::max(m_longest, lineEnd(line) - start(line));
}

qint64 LineIndex::start(qint64 entry) const
{
    if (entry <= 0) {
        return 0;
    }
    const qint64 last = qint64(m_low.size()) - 1;
    if (entry > last) {
        return m_text.size();
    }
    const auto high = qint64(std::upper_bound(m_wraps.begin(), m_wraps.end(), entry) - m_wraps.begin());
    return (high << 32) | qint64(m_low[std::size_t(entry)]);
}

qint64 LineIndex::lineStart(qint64 line) const
{
    return start(std::clamp<qint64>(line, 0, std::max<qint64>(lineCount(), 0)));
}

qint64 LineIndex::lineEnd(qint64 line) const
{
    if (line < 0 || line >= lineCount()) {
        return line < 0 ? 0 : start(lineCount());
    }
    const qint64 begin = start(line);
    qint64 end = start(line + 1);
    const char* data = m_text.constData();
    if (end > begin && data[end - 1] == '\n') {
        --end;
        if (end > begin && data[end - 1] == '\r') {
            --end;
        }
    }
    return end;
}

QByteArrayView LineIndex::line(qint64 line) const
{
    if (line < 0 || line >= lineCount()) {
        return {};
    }
    const qint64 begin = start(line);
    return QByteArrayView(m_text.constData() + begin, lineEnd(line) - begin);
}

qint64 LineIndex::lineAt(qint64 offset) const
{
    const qint64 count = lineCount();
    if (count <= 0) {
        return -1;
    }
    // The last line whose start is at or before offset.
    qint64 low = 0;
    qint64 high = count - 1;
    while (low < high) {
        const qint64 mid = low + (high - low + 1) / 2;
        if (start(mid) <= offset) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    return low;
}
