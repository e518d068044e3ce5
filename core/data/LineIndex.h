#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <vector>

// Where each line of a UTF-8 text starts, so a view can find line N of a 100 MB body at once and
// paint only what is on screen. Lines end at '\n'; a '\r' before it belongs to the line break, not
// to the line. A newline at the very end does not start another (empty) line, so "a\n" and "a"
// both have one line, "" has none and "a\n\n" has two ("a" and "").
//
// Building is a single pass over the bytes, in chunks: it runs on a worker thread, reports
// progress between chunks and can stop there. About 0.1 s for 100 MB; memory is 4 bytes a line.
//
//     LineIndex index = LineIndex::build(body, [&](qint64 done, qint64 total) { return !cancelled; });
//
// An index can also grow step by step (indexUpTo); until finish() it counts only the lines whose
// end it has seen (a partial index, for showing the first lines while the rest is read).
// The index keeps a shallow (shared) copy of the text, so line() needs nothing else.
class LineIndex
{
public:
    // Called between chunks with the bytes read so far and the total; return false to stop.
    using Progress = std::function<bool(qint64 doneBytes, qint64 totalBytes)>;

    static constexpr qint64 ChunkBytes = 4 << 20;

    LineIndex() = default;
    // An empty index over `text`: nothing read yet.
    explicit LineIndex(const QByteArray& text);

    // The whole index; stopped early (progress returned false) it is partial (isComplete() false).
    static LineIndex build(const QByteArray& text, const Progress& progress = {});

    // Reads the text up to byte `end` (clamped to its size). Call with growing ends, then finish().
    void indexUpTo(qint64 end);
    // Reads what is left and adds the last line when it has no newline.
    void finish();

    bool isComplete() const { return m_complete; }
    qint64 indexedBytes() const { return m_indexed; }

    const QByteArray& text() const { return m_text; }
    qint64 textSize() const { return m_text.size(); }

    qint64 lineCount() const { return qint64(m_low.size()) - 1; }
    bool isEmpty() const { return lineCount() <= 0; }
    // Byte offset of the line's first byte.
    qint64 lineStart(qint64 line) const;
    // Byte offset just past the line's last byte (before its "\n" or "\r\n").
    qint64 lineEnd(qint64 line) const;
    qint64 lineLength(qint64 line) const { return lineEnd(line) - lineStart(line); }
    // Byte offset where the next line starts (just past the line break; textSize() for the last).
    qint64 nextLineStart(qint64 line) const { return start(line + 1); }
    // The bytes of the line, without its line break.
    QByteArrayView line(qint64 line) const;
    // The line that holds byte `offset` (a line break belongs to the line it ends); -1 when empty.
    qint64 lineAt(qint64 offset) const;

    // The longest line in bytes (line break not counted): an upper bound for its width in characters.
    qint64 longestLineBytes() const { return m_longest; }

private:
    qint64 start(qint64 entry) const;
    void push(qint64 offset);

    QByteArray m_text;
    // Line starts, low 32 bits; the last entry is the end of the last line (a sentinel).
    std::vector<quint32> m_low {0};
    // m_wraps[k]: the first entry whose start is at or past (k + 1) * 4 GiB.
    std::vector<qint64> m_wraps;
    qint64 m_indexed = 0;
    qint64 m_longest = 0;
    bool m_complete = false;
};
