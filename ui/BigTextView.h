#pragma once

#include "SyntaxPalette.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

class LineIndex;

// A read-only view of a text of any size (tested with 100–200 MB): a response body, pretty-printed
// JSON or XML, or the raw bytes. It paints only the lines on screen, colours them as they are
// painted (JsonLineLexer) and keeps nothing but the bytes and a LineIndex, so opening, scrolling
// and searching stay smooth whatever the size.
//
//     auto* view = new BigTextView(this);
//     view->setContent(prettyBytes, BigTextView::Mode::Json);   // returns at once
//     auto* find = new FindBar(view, this);                      // Ctrl+F, F3, Escape
//
// setContent() returns at once. Texts over SyncIndexBytes are indexed on a worker thread: the
// view says "Preparing…" until the first lines are known (a few ms), shows them, and emits ready()
// when every line is. Smaller texts are ready when setContent() returns (ready() is emitted from
// inside it). The bytes are kept as given (QByteArray shares them, nothing is copied); invalid
// UTF-8 shows as U+FFFD and control characters as their visible symbols (␀, ␛, …).
//
// Keyboard: arrows, Ctrl+arrows (words), Home/End (line), PageUp/PageDown, Ctrl+Home/Ctrl+End,
// all with Shift to select; Ctrl+A, Ctrl+C. Mouse: click, drag, Shift+click, double-click (word),
// wheel. Positions are byte offsets into content(), always at the start of a character.
//
// Long lines: lines up to SliceThresholdBytes are laid out whole (exact text shaping). Longer
// ones (a minified 50 MB JSON on one line) are laid out only around the horizontal scroll
// position, in slices of a few thousand characters, so painting costs the same whatever their
// length; there a column is taken to be one byte, which is exact for ASCII and slightly off
// across multi-byte characters. A sliced line is coloured only while its slice starts at the
// line's start (further in, the lexer cannot know whether it is inside a string).
//
// Find: find() searches the bytes on a worker thread in chunks (case-insensitive: ASCII letters
// only) and delivers matches as it goes; all matches on screen are highlighted, and the first one
// at or after the cursor becomes the current one (selected and scrolled to). At most
// MaxStoredMatches are kept (the count then says "at least"). A new find() or setContent() cancels
// a search that is still running.
class BigTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode {
        Plain,
        Json,
        Markup, // XML and HTML
    };

    static constexpr qint64 SyncIndexBytes = 1 << 20;
    static constexpr qint64 CopyLimitBytes = 64'000'000; // "64 MB"
    static constexpr qint64 SyncCopyBytes = 4 << 20; // bigger selections are decoded off the UI thread
    static constexpr int SliceThresholdBytes = 2048;
    static constexpr qsizetype MaxStoredMatches = 2'000'000;

    explicit BigTextView(QWidget* parent = nullptr);
    ~BigTextView() override;

    // Content
    void setContent(const QByteArray& text, Mode mode = Mode::Plain);
    void clear();
    const QByteArray& content() const { return m_text; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isReady() const { return m_ready; } // every line known
    bool isPreparing() const { return !m_ready && !m_text.isEmpty(); }
    // Shown in grey when there is no content ("Empty response", say).
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }
    void setLineNumbersVisible(bool visible);
    bool lineNumbersVisible() const { return m_lineNumbers; }

    // Lines: known so far (all of them once ready)
    qint64 lineCount() const;
    qint64 firstVisibleLine() const;
    qint64 lastVisibleLine() const; // the last line at least partly on screen; -1 when none
    int firstVisibleColumn() const;
    // Where the caret would be at `offset`, in viewport coordinates (a 1-pixel-wide rectangle);
    // for tooltips, pop-ups and tests. Meaningful for lines on screen.
    QRect cursorRect(qint64 offset) const;
    // Scrolls so `line` is on screen (in the middle when it was not and `centre` is set).
    void scrollToLine(qint64 line, bool centre = false);

    // Cursor and selection (byte offsets)
    qint64 cursorPosition() const { return m_cursor; }
    qint64 cursorLine() const;
    void setCursorPosition(qint64 offset, bool keepAnchor = false);
    void setSelection(qint64 anchor, qint64 position);
    bool hasSelection() const { return m_anchor != m_cursor; }
    qint64 selectionStart() const { return std::min(m_anchor, m_cursor); }
    qint64 selectionEnd() const { return std::max(m_anchor, m_cursor); }
    // The selection as text; empty when it is longer than CopyLimitBytes.
    QString selectedText() const;
    void selectAll();
    // Copies the selection to the clipboard. Refuses (with a notice) beyond CopyLimitBytes.
    void copy();
    // The message shown over the bottom of the view (copy refused, say); empty when none.
    QString noticeText() const { return m_notice; }

    // Find
    void find(const QString& text, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive);
    void clearFind();
    bool findNext();
    bool findPrevious();
    QString findText() const { return m_findText; }
    bool isSearching() const { return m_searching; }
    qsizetype matchCount() const { return qsizetype(m_matches.size()); }
    bool matchesCapped() const { return m_matchesCapped; } // stopped at MaxStoredMatches
    qsizetype currentMatch() const { return m_currentMatch; } // -1 when none
    qint64 matchOffset(qsizetype match) const;

signals:
    void ready();
    void preparingProgress(int percent);
    void cursorPositionChanged();
    void selectionChanged();
    void matchesChanged(); // count, current match or searching changed
    void notice(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct LineLayout;
    struct Job
    {
        std::atomic<bool> cancelled {false};
    };

    void startIndexing();
    void applyIndex(quint64 generation, std::shared_ptr<const LineIndex> index, bool complete);
    void startSearch();
    void applyMatches(quint64 generation, std::vector<qint64> matches, bool done, bool capped);
    void cancelJob(std::shared_ptr<Job>& job);

    void updateMetrics();
    void updateScrollBars();
    void invalidateLayouts();
    LineLayout& layoutFor(qint64 line) const;
    int gutterWidth() const;
    qreal textLeft() const;
    int fullRows() const;
    int visibleColumns() const;

    qint64 clampPosition(qint64 offset) const;
    qint64 nextChar(qint64 offset) const;
    qint64 previousChar(qint64 offset) const;
    qint64 nextWord(qint64 offset) const;
    qint64 previousWord(qint64 offset) const;
    qreal xForOffset(qint64 line, qint64 offset) const;
    qint64 offsetForX(qint64 line, qreal x) const;
    qint64 offsetAt(const QPoint& pos) const;
    void moveCursor(qint64 offset, bool keepAnchor);
    void ensureCursorVisible(bool centre = false);
    void revealCurrentMatch();
    void setCurrentMatch(qsizetype match);
    void showNotice(const QString& text);
    void dragTo(const QPoint& pos);
    void copyToSelectionClipboard();

    // Content
    QByteArray m_text;
    Mode m_mode = Mode::Plain;
    std::shared_ptr<const LineIndex> m_index;
    bool m_ready = false;
    int m_progress = 0;
    quint64 m_generation = 0;
    std::shared_ptr<Job> m_indexJob;
    QString m_placeholder;
    bool m_lineNumbers = true;

    // Looks
    SyntaxPalette m_colors;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    mutable std::unordered_map<qint64, std::unique_ptr<LineLayout>> m_layouts;
    mutable qint64 m_widestColumns = 0; // of the lines laid out so far
    mutable bool m_scrollBarsDirty = false;

    // Cursor and selection
    qint64 m_anchor = 0;
    qint64 m_cursor = 0;
    qreal m_desiredX = -1; // kept while moving up and down
    bool m_dragging = false;
    QPoint m_dragPos;
    QTimer m_autoScroll;

    // Find
    QString m_findText;
    Qt::CaseSensitivity m_findSensitivity = Qt::CaseInsensitive;
    int m_matchLength = 0;
    std::vector<qint64> m_matches;
    qsizetype m_currentMatch = -1;
    qint64 m_findAnchor = 0;
    bool m_searching = false;
    bool m_matchesCapped = false;
    bool m_revealPending = false;
    quint64 m_searchGeneration = 0;
    std::shared_ptr<Job> m_searchJob;

    QString m_notice;
    QTimer m_noticeTimer;
};
