#include "BigTextView.h"

#include "data/HumanFormat.h"
#include "data/JsonLineLexer.h"
#include "data/LineIndex.h"

#include <QByteArrayMatcher>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextLayout>
#include <QThreadPool>
#include <QtMath>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

// One line (or, for a long line, the slice of it around the horizontal scroll position) decoded
// and laid out, with its syntax colours.
struct BigTextView::LineLayout
{
    qint64 sliceStart = 0; // absolute byte offsets of the laid-out bytes
    qint64 sliceEnd = 0;
    qreal x = 0; // where the slice starts, in pixels from the start of the line
    bool sliced = false;
    QTextLayout layout;
    std::vector<int> offsets; // byte offset (from sliceStart) of each UTF-16 position, and of the end

    // The UTF-16 position of the character that starts at or after absolute byte `byte`.
    int utf16At(qint64 byte) const
    {
        const qint64 relative = std::clamp<qint64>(byte - sliceStart, 0, offsets.back());
        return int(std::lower_bound(offsets.begin(), offsets.end(), int(relative)) - offsets.begin());
    }
    QTextLine line() const { return layout.lineAt(0); }
};

namespace {

constexpr qint64 SearchChunkBytes = 4 << 20;
constexpr int SliceQuantum = 512; // a long line's slice moves in steps of this many columns
constexpr int ProgressIntervalMs = 50;
constexpr qint64 SelectionClipboardBytes = 1 << 20;
constexpr int NoticeMs = 6000;

bool isContinuation(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

bool isWordByte(char c)
{
    const auto u = uchar(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

// Length of the valid UTF-8 sequence at s (at most `available` bytes), or 0 when it is not one
// (then that one byte shows as U+FFFD). *codePoint gets the character.
int sequenceLength(const char* s, qint64 available, char32_t* codePoint)
{
    const auto b = uchar(s[0]);
    int length = 0;
    char32_t cp = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (b < 0x80) {
        *codePoint = b;
        return 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
        cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        cp = b & 0x0f;
        low = b == 0xe0 ? 0xa0 : 0x80;
        high = b == 0xed ? 0x9f : 0xbf;
    } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        cp = b & 0x07;
        low = b == 0xf0 ? 0x90 : 0x80;
        high = b == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (available < length) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const auto c = uchar(s[k]);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xbf)) {
            return 0;
        }
        cp = (cp << 6) | (c & 0x3f);
    }
    *codePoint = cp;
    return length;
}

// UTF-8 to UTF-16 for display: invalid bytes become U+FFFD, control characters and line
// separators their visible symbols (so a line stays one line). offsets gets the byte offset of
// every UTF-16 position and of the end.
void decodeForDisplay(const char* s, int n, QString& out, std::vector<int>& offsets)
{
    out.resize(n);
    offsets.resize(std::size_t(n) + 1);
    auto* d = reinterpret_cast<char16_t*>(out.data());
    int i = 0;
    int o = 0;
    while (i < n) {
        char32_t cp = 0;
        const auto b = uchar(s[i]);
        int length = 1;
        if (b < 0x80) {
            cp = b;
            if (b < 0x20 && b != '\t') {
                cp = 0x2400 + b;
            } else if (b == 0x7f) {
                cp = 0x2421;
            }
        } else {
            length = sequenceLength(s + i, n - i, &cp);
            if (length == 0) {
                length = 1;
                cp = 0xfffd;
            } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                cp = 0x2424;
            }
        }
        if (cp >= 0x10000) {
            d[o] = QChar::highSurrogate(cp);
            d[o + 1] = QChar::lowSurrogate(cp);
            offsets[std::size_t(o)] = i;
            offsets[std::size_t(o) + 1] = i;
            o += 2;
        } else {
            d[o] = char16_t(cp);
            offsets[std::size_t(o)] = i;
            ++o;
        }
        i += length;
    }
    offsets[std::size_t(o)] = n;
    offsets.resize(std::size_t(o) + 1);
    out.truncate(o);
}

void asciiLower(const char* from, qint64 length, char* to)
{
    for (qint64 i = 0; i < length; ++i) {
        const char c = from[i];
        to[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}

// Runs `fn(view)` on the UI thread if the view still exists then. The application object is the
// receiver (it outlives every view), and the QPointer is only looked at on the UI thread.
template <typename Fn> void postToView(const QPointer<BigTextView>& view, Fn fn)
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        QMetaObject::invokeMethod(
            app,
            [view, fn = std::move(fn)]() mutable {
                if (view) {
                    fn(view.data());
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace

BigTextView::BigTextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("bigTextView"));
    setAccessibleName(tr("Text"));
    setFocusPolicy(Qt::StrongFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_colors = SyntaxPalette(palette());
    m_autoScroll.setInterval(40);
    connect(&m_autoScroll, &QTimer::timeout, this, [this] {
        if (!m_dragging) {
            m_autoScroll.stop();
            return;
        }
        const QRect area = viewport()->rect();
        if (m_dragPos.y() < 0) {
            verticalScrollBar()->setValue(verticalScrollBar()->value() - 1 - (-m_dragPos.y()) / m_lineHeight);
        } else if (m_dragPos.y() > area.height()) {
            verticalScrollBar()->setValue(verticalScrollBar()->value() + 1
                                          + (m_dragPos.y() - area.height()) / m_lineHeight);
        }
        if (m_dragPos.x() < textLeft()) {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - 4);
        } else if (m_dragPos.x() > area.width()) {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 4);
        }
        dragTo(m_dragPos);
    });
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        viewport()->update();
    });
    updateMetrics();
    m_index = std::make_shared<LineIndex>(LineIndex::build({}));
    m_ready = true;
}

BigTextView::~BigTextView()
{
    cancelJob(m_indexJob);
    cancelJob(m_searchJob);
}

void BigTextView::cancelJob(std::shared_ptr<Job>& job)
{
    if (job) {
        job->cancelled = true;
        job.reset();
    }
}

// ---- Content -------------------------------------------------------------------------------

void BigTextView::setContent(const QByteArray& text, Mode mode)
{
    cancelJob(m_indexJob);
    cancelJob(m_searchJob);
    ++m_generation;
    ++m_searchGeneration;
    m_text = text;
    m_mode = mode;
    m_index.reset();
    m_ready = false;
    m_progress = 0;
    m_anchor = 0;
    m_cursor = 0;
    m_desiredX = -1;
    m_dragging = false;
    m_matches.clear();
    m_currentMatch = -1;
    m_searching = false;
    m_matchesCapped = false;
    m_revealPending = false;
    m_widestColumns = 0;
    invalidateLayouts();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);

    if (text.size() <= SyncIndexBytes) {
        applyIndex(m_generation, std::make_shared<LineIndex>(LineIndex::build(text)), true);
    } else {
        startIndexing();
        updateScrollBars();
        viewport()->update();
    }
    m_findAnchor = 0;
    if (!m_findText.isEmpty()) {
        startSearch();
    } else {
        emit matchesChanged();
    }
    emit cursorPositionChanged();
    emit selectionChanged();
}

void BigTextView::clear()
{
    setContent({}, m_mode);
}

void BigTextView::setMode(Mode mode)
{
    if (mode != m_mode) {
        m_mode = mode;
        invalidateLayouts();
        viewport()->update();
    }
}

void BigTextView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void BigTextView::setLineNumbersVisible(bool visible)
{
    if (visible != m_lineNumbers) {
        m_lineNumbers = visible;
        updateScrollBars();
        viewport()->update();
    }
}

void BigTextView::startIndexing()
{
    auto job = std::make_shared<Job>();
    m_indexJob = job;
    const quint64 generation = m_generation;
    const QByteArray text = m_text;
    const QPointer<BigTextView> self(this);
    QThreadPool::globalInstance()->start([job, generation, text, self] {
        LineIndex index(text);
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = 0;
        bool firstLinesSent = false;
        while (index.indexedBytes() < text.size()) {
            if (job->cancelled) {
                return;
            }
            index.indexUpTo(index.indexedBytes() + LineIndex::ChunkBytes);
            if (!firstLinesSent) {
                // The first lines at once (a copy of a few thousand offsets), the rest when all is read.
                firstLinesSent = true;
                auto first = std::make_shared<const LineIndex>(index);
                postToView(self,
                           [generation, first](BigTextView* view) { view->applyIndex(generation, first, false); });
            } else if (clock.elapsed() - lastReport >= ProgressIntervalMs) {
                lastReport = clock.elapsed();
                const int percent = int(index.indexedBytes() * 100 / std::max<qint64>(1, text.size()));
                postToView(self, [generation, percent](BigTextView* view) {
                    if (generation == view->m_generation && !view->m_ready) {
                        view->m_progress = percent;
                        emit view->preparingProgress(percent);
                        if (view->lineCount() == 0) {
                            view->viewport()->update();
                        }
                    }
                });
            }
        }
        index.finish();
        auto done = std::make_shared<const LineIndex>(std::move(index));
        postToView(self, [generation, done](BigTextView* view) { view->applyIndex(generation, done, true); });
    });
}

void BigTextView::applyIndex(quint64 generation, std::shared_ptr<const LineIndex> index, bool complete)
{
    if (generation != m_generation) {
        return;
    }
    m_index = std::move(index);
    if (complete) {
        m_ready = true;
        m_progress = 100;
        m_indexJob.reset();
    }
    updateScrollBars();
    viewport()->update();
    if (complete) {
        if (m_revealPending) {
            revealCurrentMatch();
        }
        emit preparingProgress(100);
        emit ready();
    }
}

qint64 BigTextView::lineCount() const
{
    return m_index ? m_index->lineCount() : 0;
}

// ---- Geometry ------------------------------------------------------------------------------

void BigTextView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    if (m_charWidth <= 0) {
        m_charWidth = 8;
    }
    m_lineHeight = std::max(1, qCeil(metrics.lineSpacing()));
    invalidateLayouts();
    updateScrollBars();
    viewport()->update();
}

void BigTextView::invalidateLayouts()
{
    m_layouts.clear();
}

int BigTextView::gutterWidth() const
{
    if (!m_lineNumbers) {
        return 0;
    }
    int digits = 3;
    for (qint64 n = lineCount(); n >= 1000; n /= 10) {
        ++digits;
    }
    return qCeil((digits + 2) * m_charWidth);
}

qreal BigTextView::textLeft() const
{
    return gutterWidth() + m_charWidth / 2;
}

int BigTextView::fullRows() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int BigTextView::visibleColumns() const
{
    return std::max(1, int((viewport()->width() - textLeft()) / m_charWidth));
}

void BigTextView::updateScrollBars()
{
    m_scrollBarsDirty = false;
    const int rows = fullRows();
    QScrollBar* vertical = verticalScrollBar();
    vertical->setRange(0, clampToInt(std::max<qint64>(0, lineCount() - rows)));
    vertical->setPageStep(rows);
    vertical->setSingleStep(1);
    const int columns = visibleColumns();
    const qint64 widest = std::max(m_index ? m_index->longestLineBytes() : 0, m_widestColumns) + 2;
    QScrollBar* horizontal = horizontalScrollBar();
    horizontal->setRange(0, clampToInt(std::max<qint64>(0, widest - columns)));
    horizontal->setPageStep(columns);
    horizontal->setSingleStep(2);
}

void BigTextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void BigTextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

qint64 BigTextView::firstVisibleLine() const
{
    return lineCount() > 0 ? verticalScrollBar()->value() : 0;
}

qint64 BigTextView::lastVisibleLine() const
{
    if (lineCount() == 0) {
        return -1;
    }
    const int rows = (viewport()->height() + m_lineHeight - 1) / m_lineHeight;
    return std::min(lineCount() - 1, firstVisibleLine() + std::max(rows, 1) - 1);
}

int BigTextView::firstVisibleColumn() const
{
    return horizontalScrollBar()->value();
}

QRect BigTextView::cursorRect(qint64 offset) const
{
    if (lineCount() == 0) {
        return QRect(qFloor(textLeft()), 0, 1, m_lineHeight);
    }
    offset = clampPosition(offset);
    const qint64 line = m_index->lineAt(offset);
    const qreal x = textLeft() - horizontalScrollBar()->value() * m_charWidth + xForOffset(line, offset);
    return QRect(qFloor(x), clampToInt((line - firstVisibleLine()) * m_lineHeight), 1, m_lineHeight);
}

void BigTextView::scrollToLine(qint64 line, bool centre)
{
    const qint64 first = firstVisibleLine();
    const int rows = fullRows();
    if (line >= first && line < first + rows) {
        return;
    }
    if (centre) {
        verticalScrollBar()->setValue(clampToInt(line - rows / 2));
    } else if (line < first) {
        verticalScrollBar()->setValue(clampToInt(line));
    } else {
        verticalScrollBar()->setValue(clampToInt(line - rows + 1));
    }
}

// ---- Layout --------------------------------------------------------------------------------

BigTextView::LineLayout& BigTextView::layoutFor(qint64 line) const
{
    const qint64 start = m_index->lineStart(line);
    const qint64 end = m_index->lineEnd(line);
    const char* bytes = m_text.constData();
    qint64 sliceStart = start;
    qint64 sliceEnd = end;
    const bool sliced = end - start > SliceThresholdBytes;
    if (sliced) {
        const qint64 column = horizontalScrollBar()->value();
        const qint64 from = std::max<qint64>(0, (column / SliceQuantum - 1) * SliceQuantum);
        sliceStart = start + std::min(from, end - start);
        sliceEnd = std::min(end, sliceStart + visibleColumns() + 3 * SliceQuantum);
        for (int k = 0; k < 3 && sliceStart > start && isContinuation(bytes[sliceStart]); ++k) {
            --sliceStart;
        }
        for (int k = 0; k < 3 && sliceEnd < end && sliceEnd > sliceStart && isContinuation(bytes[sliceEnd]); ++k) {
            --sliceEnd;
        }
    }
    std::unique_ptr<LineLayout>& slot = m_layouts[line];
    if (slot && slot->sliceStart == sliceStart && slot->sliceEnd == sliceEnd) {
        return *slot;
    }
    slot = std::make_unique<LineLayout>();
    LineLayout& result = *slot;
    result.sliceStart = sliceStart;
    result.sliceEnd = sliceEnd;
    result.sliced = sliced;
    result.x = qreal(sliceStart - start) * m_charWidth;

    QString text;
    decodeForDisplay(bytes + sliceStart, int(sliceEnd - sliceStart), text, result.offsets);
    result.layout.setText(text);
    result.layout.setFont(font());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(8 * m_charWidth);
    result.layout.setTextOption(option);
    result.layout.setCacheEnabled(true);
    if (m_mode != Mode::Plain && sliceStart == start) {
        const auto spans
            = JsonLineLexer::tokenize(QByteArrayView(bytes + sliceStart, sliceEnd - sliceStart),
                                      m_mode == Mode::Json ? JsonLineLexer::Mode::Json : JsonLineLexer::Mode::Markup);
        QList<QTextLayout::FormatRange> formats;
        formats.reserve(spans.size());
        for (const JsonLineLexer::Span& span : spans) {
            if (span.kind == JsonLineLexer::Kind::Plain) {
                continue;
            }
            const int from = result.utf16At(sliceStart + span.start);
            const int to = result.utf16At(sliceStart + span.start + span.length);
            QTextLayout::FormatRange range;
            range.start = from;
            range.length = to - from;
            range.format.setForeground(m_colors.color(span.kind));
            formats.append(range);
        }
        result.layout.setFormats(formats);
    }
    result.layout.beginLayout();
    QTextLine textLine = result.layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(1e6);
    }
    result.layout.endLayout();
    if (!sliced && textLine.isValid()) {
        const auto columns = qint64(std::ceil(textLine.naturalTextWidth() / m_charWidth));
        if (columns > m_widestColumns) {
            m_widestColumns = columns;
            if (m_index && columns > m_index->longestLineBytes() && !m_scrollBarsDirty) {
                m_scrollBarsDirty = true;
                QMetaObject::invokeMethod(
                    const_cast<BigTextView*>(this),
                    [self = const_cast<BigTextView*>(this)] {
                        if (self->m_scrollBarsDirty) {
                            self->updateScrollBars();
                        }
                    },
                    Qt::QueuedConnection);
            }
        }
    }
    return result;
}

qreal BigTextView::xForOffset(qint64 line, qint64 offset) const
{
    const LineLayout& layout = layoutFor(line);
    if (offset >= layout.sliceStart && offset <= layout.sliceEnd) {
        return layout.x + layout.line().cursorToX(layout.utf16At(offset));
    }
    return qreal(offset - m_index->lineStart(line)) * m_charWidth;
}

qint64 BigTextView::offsetForX(qint64 line, qreal x) const
{
    const LineLayout& layout = layoutFor(line);
    const QTextLine textLine = layout.line();
    if (!layout.sliced || (x >= layout.x && x <= layout.x + textLine.naturalTextWidth())) {
        const int position = std::clamp(textLine.xToCursor(x - layout.x, QTextLine::CursorBetweenCharacters), 0,
                                        int(layout.offsets.size()) - 1);
        return layout.sliceStart + layout.offsets[std::size_t(position)];
    }
    const qint64 start = m_index->lineStart(line);
    return clampPosition(start + std::llround(std::max<qreal>(0, x) / m_charWidth));
}

// ---- Positions -----------------------------------------------------------------------------

qint64 BigTextView::clampPosition(qint64 offset) const
{
    if (!m_index || m_index->isEmpty()) {
        return 0;
    }
    const qint64 last = m_index->lineCount() - 1;
    offset = std::clamp<qint64>(offset, 0, m_index->lineEnd(last));
    const qint64 line = m_index->lineAt(offset);
    const qint64 start = m_index->lineStart(line);
    offset = std::clamp(offset, start, m_index->lineEnd(line));
    // Back to the start of the character, unless this byte is a stray continuation byte (then it
    // is a character of its own: U+FFFD).
    const char* bytes = m_text.constData();
    if (offset < m_text.size() && isContinuation(bytes[offset])) {
        for (int k = 1; k <= 3 && offset - k >= start; ++k) {
            if (isContinuation(bytes[offset - k])) {
                continue;
            }
            char32_t cp = 0;
            if (sequenceLength(bytes + offset - k, m_text.size() - (offset - k), &cp) > k) {
                return offset - k;
            }
            break;
        }
    }
    return offset;
}

qint64 BigTextView::cursorLine() const
{
    return m_index && !m_index->isEmpty() ? m_index->lineAt(m_cursor) : 0;
}

qint64 BigTextView::nextChar(qint64 offset) const
{
    const qint64 line = m_index->lineAt(offset);
    const qint64 end = m_index->lineEnd(line);
    if (offset >= end) {
        return line + 1 < m_index->lineCount() ? m_index->lineStart(line + 1) : offset;
    }
    char32_t cp = 0;
    const int length = sequenceLength(m_text.constData() + offset, end - offset, &cp);
    return offset + std::max(length, 1);
}

qint64 BigTextView::previousChar(qint64 offset) const
{
    const qint64 line = m_index->lineAt(offset);
    if (offset <= m_index->lineStart(line)) {
        return line > 0 ? m_index->lineEnd(line - 1) : offset;
    }
    return clampPosition(offset - 1);
}

qint64 BigTextView::nextWord(qint64 offset) const
{
    const qint64 line = m_index->lineAt(offset);
    const qint64 end = m_index->lineEnd(line);
    if (offset >= end) {
        return nextChar(offset);
    }
    const char* bytes = m_text.constData();
    while (offset < end && isWordByte(bytes[offset])) {
        ++offset;
    }
    while (offset < end && !isWordByte(bytes[offset])) {
        ++offset;
    }
    return clampPosition(offset);
}

qint64 BigTextView::previousWord(qint64 offset) const
{
    const qint64 line = m_index->lineAt(offset);
    const qint64 start = m_index->lineStart(line);
    if (offset <= start) {
        return previousChar(offset);
    }
    const char* bytes = m_text.constData();
    while (offset > start && !isWordByte(bytes[offset - 1])) {
        --offset;
    }
    while (offset > start && isWordByte(bytes[offset - 1])) {
        --offset;
    }
    return clampPosition(offset);
}

qint64 BigTextView::offsetAt(const QPoint& pos) const
{
    if (lineCount() == 0) {
        return 0;
    }
    const qint64 row = qint64(std::floor(qreal(pos.y()) / m_lineHeight));
    const qint64 line = std::clamp<qint64>(firstVisibleLine() + row, 0, lineCount() - 1);
    const qreal x = pos.x() - textLeft() + horizontalScrollBar()->value() * m_charWidth;
    return offsetForX(line, std::max<qreal>(0, x));
}

void BigTextView::setCursorPosition(qint64 offset, bool keepAnchor)
{
    moveCursor(offset, keepAnchor);
}

void BigTextView::setSelection(qint64 anchor, qint64 position)
{
    const qint64 oldStart = selectionStart();
    const qint64 oldEnd = selectionEnd();
    m_anchor = clampPosition(anchor);
    m_cursor = clampPosition(position);
    m_desiredX = -1;
    ensureCursorVisible();
    viewport()->update();
    emit cursorPositionChanged();
    if (oldStart != selectionStart() || oldEnd != selectionEnd()) {
        emit selectionChanged();
    }
}

void BigTextView::moveCursor(qint64 offset, bool keepAnchor)
{
    const qint64 oldStart = selectionStart();
    const qint64 oldEnd = selectionEnd();
    const qint64 oldCursor = m_cursor;
    m_cursor = clampPosition(offset);
    if (!keepAnchor) {
        m_anchor = m_cursor;
    }
    m_desiredX = -1;
    if (!m_dragging) {
        ensureCursorVisible();
    }
    viewport()->update();
    if (oldCursor != m_cursor) {
        emit cursorPositionChanged();
    }
    if (oldStart != selectionStart() || oldEnd != selectionEnd()) {
        emit selectionChanged();
    }
}

void BigTextView::ensureCursorVisible(bool centre)
{
    if (lineCount() == 0) {
        return;
    }
    if (m_scrollBarsDirty) {
        updateScrollBars();
    }
    const qint64 line = cursorLine();
    scrollToLine(line, centre);
    const qint64 column = qint64(xForOffset(line, m_cursor) / m_charWidth);
    const qint64 first = horizontalScrollBar()->value();
    const int columns = visibleColumns();
    if (column < first) {
        horizontalScrollBar()->setValue(clampToInt(std::max<qint64>(0, column - (centre ? columns / 2 : 4))));
    } else if (column > first + columns - 2) {
        horizontalScrollBar()->setValue(clampToInt(column - columns + (centre ? columns / 2 : 4)));
    }
}

QString BigTextView::selectedText() const
{
    const qint64 length = selectionEnd() - selectionStart();
    if (length <= 0 || length > CopyLimitBytes) {
        return {};
    }
    return QString::fromUtf8(m_text.constData() + selectionStart(), length);
}

void BigTextView::selectAll()
{
    if (lineCount() == 0) {
        return;
    }
    const qint64 oldStart = selectionStart();
    const qint64 oldEnd = selectionEnd();
    m_anchor = 0;
    m_cursor = clampPosition(m_text.size());
    viewport()->update();
    emit cursorPositionChanged();
    if (oldStart != selectionStart() || oldEnd != selectionEnd()) {
        emit selectionChanged();
    }
}

void BigTextView::copy()
{
    const qint64 start = selectionStart();
    const qint64 length = selectionEnd() - start;
    if (length <= 0) {
        return;
    }
    if (length > CopyLimitBytes) {
        showNotice(tr("The selection is %1; at most %2 can be copied. Save the response to a file instead.")
                       .arg(HumanFormat::bytes(length), HumanFormat::bytes(CopyLimitBytes)));
        return;
    }
    if (length <= SyncCopyBytes) {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_text.constData() + start, length));
        return;
    }
    // A big selection: decoding it would hold the UI thread, so it happens on a worker.
    showNotice(tr("Copying %1…").arg(HumanFormat::bytes(length)));
    const QByteArray text = m_text;
    const QPointer<BigTextView> self(this);
    QThreadPool::globalInstance()->start([text, start, length, self] {
        auto decoded = std::make_shared<QString>(QString::fromUtf8(text.constData() + start, length));
        postToView(self, [decoded, length](BigTextView* view) {
            QGuiApplication::clipboard()->setText(*decoded);
            view->showNotice(tr("Copied %1.").arg(HumanFormat::bytes(length)));
        });
    });
}

void BigTextView::copyToSelectionClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    const qint64 length = selectionEnd() - selectionStart();
    if (clipboard->supportsSelection() && length > 0 && length <= SelectionClipboardBytes) {
        clipboard->setText(selectedText(), QClipboard::Selection);
    }
}

void BigTextView::showNotice(const QString& text)
{
    m_notice = text;
    m_noticeTimer.start(NoticeMs);
    viewport()->update();
    emit notice(text);
}

// ---- Find ----------------------------------------------------------------------------------

void BigTextView::find(const QString& text, Qt::CaseSensitivity sensitivity)
{
    m_findText = text;
    m_findSensitivity = sensitivity;
    if (hasSelection()) {
        m_findAnchor = selectionStart();
    } else if (lineCount() > 0 && cursorLine() >= firstVisibleLine() && cursorLine() <= lastVisibleLine()) {
        m_findAnchor = m_cursor;
    } else {
        m_findAnchor = m_index ? m_index->lineStart(firstVisibleLine()) : 0;
    }
    startSearch();
}

void BigTextView::clearFind()
{
    m_findText.clear();
    startSearch();
}

qint64 BigTextView::matchOffset(qsizetype match) const
{
    return match >= 0 && match < matchCount() ? m_matches[std::size_t(match)] : -1;
}

void BigTextView::startSearch()
{
    cancelJob(m_searchJob);
    ++m_searchGeneration;
    m_matches.clear();
    m_currentMatch = -1;
    m_matchesCapped = false;
    m_revealPending = false;
    QByteArray needle = m_findText.toUtf8();
    m_matchLength = int(needle.size());
    if (needle.isEmpty() || m_text.isEmpty()) {
        m_searching = false;
        emit matchesChanged();
        viewport()->update();
        return;
    }
    const bool fold = m_findSensitivity == Qt::CaseInsensitive;
    if (fold) {
        asciiLower(needle.constData(), needle.size(), needle.data());
    }
    m_searching = true;
    auto job = std::make_shared<Job>();
    m_searchJob = job;
    const quint64 generation = m_searchGeneration;
    const QByteArray text = m_text;
    const QPointer<BigTextView> self(this);
    QThreadPool::globalInstance()->start([job, generation, text, needle, fold, self] {
        const qint64 size = text.size();
        const qint64 length = needle.size();
        const QByteArrayMatcher matcher(needle);
        QByteArray lowered;
        std::vector<qint64> batch;
        qsizetype found = 0;
        qint64 next = 0; // matches do not overlap
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        auto deliver = [&](bool done, bool capped) {
            postToView(self, [generation, done, capped, matches = std::move(batch)](BigTextView* view) mutable {
                view->applyMatches(generation, std::move(matches), done, capped);
            });
            batch = {};
            sinceDelivery.restart();
        };
        for (qint64 chunk = 0; chunk < size; chunk += SearchChunkBytes) {
            if (job->cancelled) {
                return;
            }
            const qint64 chunkEnd = std::min(size, chunk + SearchChunkBytes);
            const qint64 from = std::max(chunk, next);
            const qint64 to = std::min(size, chunkEnd + length - 1);
            if (to - from >= length) {
                const char* bytes = text.constData() + from;
                if (fold) {
                    lowered.resize(to - from);
                    asciiLower(bytes, to - from, lowered.data());
                    bytes = lowered.constData();
                }
                qsizetype at = 0;
                for (;;) {
                    const qsizetype hit = matcher.indexIn(bytes, to - from, at);
                    if (hit < 0 || from + hit >= chunkEnd) {
                        break;
                    }
                    batch.push_back(from + hit);
                    at = hit + length;
                    next = from + at;
                    if (++found >= MaxStoredMatches) {
                        deliver(true, true);
                        return;
                    }
                }
            }
            if (chunkEnd >= size) {
                deliver(true, false);
            } else if (!batch.empty() && sinceDelivery.elapsed() >= ProgressIntervalMs) {
                deliver(false, false);
            }
        }
    });
    emit matchesChanged();
    viewport()->update();
}

void BigTextView::applyMatches(quint64 generation, std::vector<qint64> matches, bool done, bool capped)
{
    if (generation != m_searchGeneration) {
        return;
    }
    const std::size_t old = m_matches.size();
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    m_matchesCapped = m_matchesCapped || capped;
    if (done) {
        m_searching = false;
        m_searchJob.reset();
    }
    if (m_currentMatch < 0) {
        const auto it = std::lower_bound(m_matches.begin() + qsizetype(old), m_matches.end(), m_findAnchor);
        if (it != m_matches.end()) {
            setCurrentMatch(it - m_matches.begin());
        } else if (done && !m_matches.empty()) {
            setCurrentMatch(0); // none after the cursor: from the top
        }
    }
    emit matchesChanged();
    viewport()->update();
}

void BigTextView::setCurrentMatch(qsizetype match)
{
    m_currentMatch = match;
    const qint64 start = m_matches[std::size_t(match)];
    m_anchor = start;
    m_cursor = start + m_matchLength;
    m_desiredX = -1;
    revealCurrentMatch();
    viewport()->update();
    emit cursorPositionChanged();
    emit selectionChanged();
}

void BigTextView::revealCurrentMatch()
{
    if (m_currentMatch < 0) {
        return;
    }
    const qint64 end = m_matches[std::size_t(m_currentMatch)] + m_matchLength;
    if (!m_index || m_index->isEmpty() || (!m_ready && end > m_index->lineEnd(m_index->lineCount() - 1))) {
        m_revealPending = true; // its line is not known yet
        return;
    }
    m_revealPending = false;
    ensureCursorVisible(true);
}

bool BigTextView::findNext()
{
    if (m_matches.empty()) {
        return false;
    }
    const qint64 current = matchOffset(m_currentMatch);
    const bool onMatch = current >= 0 && selectionStart() == current && selectionEnd() == current + m_matchLength;
    auto next = onMatch ? m_currentMatch + 1
                        : qsizetype(std::lower_bound(m_matches.begin(), m_matches.end(), m_cursor) - m_matches.begin());
    if (next >= matchCount()) {
        if (m_searching) {
            return false; // more may come
        }
        next = 0;
    }
    setCurrentMatch(next);
    emit matchesChanged();
    return true;
}

bool BigTextView::findPrevious()
{
    if (m_matches.empty()) {
        return false;
    }
    const qint64 current = matchOffset(m_currentMatch);
    const bool onMatch = current >= 0 && selectionStart() == current && selectionEnd() == current + m_matchLength;
    auto previous = onMatch
        ? m_currentMatch - 1
        : qsizetype(std::lower_bound(m_matches.begin(), m_matches.end(), selectionStart()) - m_matches.begin()) - 1;
    if (previous < 0) {
        previous = matchCount() - 1;
    }
    setCurrentMatch(previous);
    emit matchesChanged();
    return true;
}

// ---- Painting ------------------------------------------------------------------------------

void BigTextView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    const qint64 count = lineCount();

    if (count == 0) {
        QString message;
        if (isPreparing()) {
            message = m_progress > 0 ? tr("Preparing… %1%").arg(m_progress) : tr("Preparing…");
        } else if (m_text.isEmpty()) {
            message = m_placeholder;
        }
        if (!message.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, message);
        }
    } else {
        const qint64 first = firstVisibleLine();
        const qint64 last = lastVisibleLine();
        const int gutter = gutterWidth();
        const qreal origin = textLeft() - horizontalScrollBar()->value() * m_charWidth;
        const qreal ascent = QFontMetricsF(font()).ascent();
        const qint64 selStart = selectionStart();
        const qint64 selEnd = selectionEnd();
        const QColor highlight = palette().color(QPalette::Highlight);
        QTextCharFormat selectionFormat;
        selectionFormat.setBackground(highlight);
        selectionFormat.setForeground(palette().color(QPalette::HighlightedText));
        QTextCharFormat matchFormat;
        matchFormat.setBackground(m_colors.matchBackground());
        QTextCharFormat currentFormat;
        currentFormat.setBackground(m_colors.currentMatchBackground());
        const qint64 current = matchOffset(m_currentMatch);

        painter.save();
        painter.setClipRect(QRectF(gutter, 0, area.width() - gutter, area.height()));
        for (qint64 line = first; line <= last; ++line) {
            const qreal top = qreal(line - first) * m_lineHeight;
            const LineLayout& layout = layoutFor(line);
            const QTextLine textLine = layout.line();
            QList<QTextLayout::FormatRange> selections;
            // Matches within the laid-out bytes.
            if (!m_matches.empty() && m_matchLength > 0) {
                auto it = std::lower_bound(m_matches.begin(), m_matches.end(), layout.sliceStart - m_matchLength + 1);
                for (; it != m_matches.end() && *it < layout.sliceEnd; ++it) {
                    const int from = layout.utf16At(*it);
                    const int to = layout.utf16At(*it + m_matchLength);
                    if (to > from) {
                        selections.append({from, to - from, *it == current ? currentFormat : matchFormat});
                    }
                }
            }
            if (selStart < selEnd && selStart <= layout.sliceEnd && selEnd >= layout.sliceStart) {
                const int from = layout.utf16At(std::max(selStart, layout.sliceStart));
                const int to = layout.utf16At(std::min(selEnd, layout.sliceEnd));
                if (to > from) {
                    selections.append({from, to - from, selectionFormat});
                }
            }
            const QPointF position(origin + layout.x, top + (ascent - textLine.ascent()));
            layout.layout.draw(&painter, position, selections);

            const qint64 lineEnd = m_index->lineEnd(line);
            if (selStart <= lineEnd && selEnd > lineEnd) {
                // The line break is selected too.
                const qreal x = origin + xForOffset(line, lineEnd);
                painter.fillRect(QRectF(x, top, m_charWidth / 2, m_lineHeight), highlight);
            }
            if (hasFocus() && line == cursorLine()) {
                const qreal x = origin + xForOffset(line, m_cursor);
                painter.fillRect(QRectF(x, top, 1, m_lineHeight), palette().color(QPalette::Text));
            }
        }
        painter.restore();

        if (gutter > 0) {
            painter.fillRect(QRect(0, 0, gutter, area.height()), m_colors.gutterBackground());
            const qint64 caretLine = hasFocus() ? cursorLine() : -1;
            for (qint64 line = first; line <= last; ++line) {
                const qreal top = qreal(line - first) * m_lineHeight;
                painter.setPen(line == caretLine ? m_colors.text() : m_colors.gutterText());
                painter.drawText(QRectF(0, top, gutter - m_charWidth, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                                 QString::number(line + 1));
            }
        }
        // Keep the cache small: the lines on screen and about a screenful around them.
        const auto keep = std::size_t(std::max<qint64>(256, 4 * (last - first + 1)));
        if (m_layouts.size() > keep) {
            for (auto it = m_layouts.begin(); it != m_layouts.end();) {
                if (it->first < first - (last - first) || it->first > last + (last - first)) {
                    it = m_layouts.erase(it);
                } else {
                    ++it;
                }
            }
        }
    }

    if (!m_notice.isEmpty()) {
        const QFontMetrics metrics(painter.font());
        const int margin = metrics.height() / 2;
        QRect box = metrics.boundingRect(area.adjusted(2 * margin, 0, -2 * margin, 0), Qt::TextWordWrap, m_notice);
        box.adjust(-margin, -margin / 2, margin, margin / 2);
        box.moveCenter(QPoint(area.center().x(), area.bottom() - margin - box.height() / 2));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::ToolTipBase));
        painter.drawRoundedRect(box, margin / 2.0, margin / 2.0);
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_notice);
    }
}

// ---- Input ---------------------------------------------------------------------------------

void BigTextView::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (lineCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    enum class Action {
        NextChar,
        PreviousChar,
        NextLine,
        PreviousLine,
        NextPage,
        PreviousPage,
        LineStart,
        LineEnd,
        DocumentStart,
        DocumentEnd,
        NextWord,
        PreviousWord
    };
    struct Binding
    {
        QKeySequence::StandardKey move;
        QKeySequence::StandardKey select;
        Action action;
    };
    static constexpr std::array<Binding, 12> bindings {{
        {QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar, Action::NextChar},
        {QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar, Action::PreviousChar},
        {QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine, Action::NextLine},
        {QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine, Action::PreviousLine},
        {QKeySequence::MoveToNextPage, QKeySequence::SelectNextPage, Action::NextPage},
        {QKeySequence::MoveToPreviousPage, QKeySequence::SelectPreviousPage, Action::PreviousPage},
        {QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine, Action::LineStart},
        {QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine, Action::LineEnd},
        {QKeySequence::MoveToStartOfDocument, QKeySequence::SelectStartOfDocument, Action::DocumentStart},
        {QKeySequence::MoveToEndOfDocument, QKeySequence::SelectEndOfDocument, Action::DocumentEnd},
        {QKeySequence::MoveToNextWord, QKeySequence::SelectNextWord, Action::NextWord},
        {QKeySequence::MoveToPreviousWord, QKeySequence::SelectPreviousWord, Action::PreviousWord},
    }};
    for (const Binding& binding : bindings) {
        const bool select = event->matches(binding.select);
        if (!select && !event->matches(binding.move)) {
            continue;
        }
        const qint64 line = cursorLine();
        auto vertical = [&](qint64 delta) {
            if (m_desiredX < 0) {
                m_desiredX = xForOffset(line, m_cursor);
            }
            const qreal desiredX = m_desiredX;
            const qint64 target = std::clamp<qint64>(line + delta, 0, lineCount() - 1);
            qint64 offset = offsetForX(target, desiredX);
            if (target == line) {
                offset = delta > 0 ? m_index->lineEnd(line) : m_index->lineStart(line);
            }
            moveCursor(offset, select);
            m_desiredX = desiredX;
        };
        switch (binding.action) {
        case Action::NextChar:
            moveCursor(nextChar(m_cursor), select);
            break;
        case Action::PreviousChar:
            moveCursor(previousChar(m_cursor), select);
            break;
        case Action::NextLine:
            vertical(1);
            break;
        case Action::PreviousLine:
            vertical(-1);
            break;
        case Action::NextPage:
            verticalScrollBar()->setValue(verticalScrollBar()->value() + fullRows());
            vertical(fullRows());
            break;
        case Action::PreviousPage:
            verticalScrollBar()->setValue(verticalScrollBar()->value() - fullRows());
            vertical(-fullRows());
            break;
        case Action::LineStart:
            moveCursor(m_index->lineStart(line), select);
            break;
        case Action::LineEnd:
            moveCursor(m_index->lineEnd(line), select);
            break;
        case Action::DocumentStart:
            moveCursor(0, select);
            break;
        case Action::DocumentEnd:
            moveCursor(m_text.size(), select);
            break;
        case Action::NextWord:
            moveCursor(nextWord(m_cursor), select);
            break;
        case Action::PreviousWord:
            moveCursor(previousWord(m_cursor), select);
            break;
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void BigTextView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    moveCursor(offsetAt(event->position().toPoint()), extend);
    m_dragging = true;
    m_dragPos = event->position().toPoint();
}

void BigTextView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    m_dragPos = event->position().toPoint();
    dragTo(m_dragPos);
    const bool outside = m_dragPos.y() < 0 || m_dragPos.y() > viewport()->height() || m_dragPos.x() < textLeft()
        || m_dragPos.x() > viewport()->width();
    if (outside && !m_autoScroll.isActive()) {
        m_autoScroll.start();
    } else if (!outside) {
        m_autoScroll.stop();
    }
}

void BigTextView::dragTo(const QPoint& pos)
{
    moveCursor(offsetAt(pos), true);
}

void BigTextView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        m_autoScroll.stop();
        copyToSelectionClipboard();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void BigTextView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || lineCount() == 0) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const qint64 at = offsetAt(event->position().toPoint());
    const qint64 line = m_index->lineAt(at);
    const qint64 start = m_index->lineStart(line);
    const qint64 end = m_index->lineEnd(line);
    const char* bytes = m_text.constData();
    qint64 from = at;
    qint64 to = at;
    while (from > start && isWordByte(bytes[from - 1])) {
        --from;
    }
    while (to < end && isWordByte(bytes[to])) {
        ++to;
    }
    if (from == to) {
        to = nextChar(at);
    }
    setSelection(from, to);
    copyToSelectionClipboard();
}

void BigTextView::contextMenuEvent(QContextMenuEvent* event)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* copyAction = menu->addAction(tr("&Copy"), this, &BigTextView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction* selectAllAction = menu->addAction(tr("Select &All"), this, &BigTextView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setEnabled(lineCount() > 0);
    menu->popup(event->globalPos()); // not exec(): no nested event loop
}

void BigTextView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
    } else if (event->type() == QEvent::PaletteChange) {
        m_colors = SyntaxPalette(palette());
        invalidateLayouts();
        viewport()->update();
    }
}

void BigTextView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void BigTextView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}
