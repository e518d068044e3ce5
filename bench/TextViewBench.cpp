// BigTextView with a generated 100 MB pretty JSON, shown on screen: how long until setContent()
// returns, until the first lines are painted and until every line is known; the longest stall of
// the UI thread while it indexes, scrolls, searches and copies (a 5 ms timer on the UI thread
// records the longest gap between its ticks); the same for a 50 MB minified JSON on one line.
//
//     Xvfb :91 & DISPLAY=:91 QT_QPA_PLATFORM=xcb latchkey_bench_textview [--mb 100] [--line-mb 50]
//         [--screenshots PREFIX]      (PREFIX-open.png, -find.png, -long-line.png, -dark.png)
//
// Prints "FIGURE <what> <value> <unit>" lines. Budget (DESIGN.md): no stall over 50 ms.
#include "BigTextView.h"
#include "FindBar.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <cstdio>
#include <functional>

namespace {

// Times every event the UI thread handles, so a stall can be told apart from the UI thread simply
// not being scheduled on a busy machine: the longest single event is Latchkey's own work.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = timer.nsecsElapsed();
        if (ns > m_longestNs) {
            m_longestNs = ns;
            m_longestType = event->type();
        }
        return result;
    }
    void reset() { m_longestNs = 0; }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    int longestType() const { return int(m_longestType); }

private:
    int m_depth = 0;
    qint64 m_longestNs = 0;
    QEvent::Type m_longestType = QEvent::None;
};

// The longest time between two ticks of a 5 ms timer on the UI thread, minus the 5 ms.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    double longestMs() const
    {
        const qint64 sinceLast = m_clock.nsecsElapsed() - m_last;
        return std::max<double>(0, double(std::max(m_longest, sinceLast)) / 1e6 - 5);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Records when the viewport is painted.
class PaintWatch : public QObject
{
public:
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool result = QObject::eventFilter(watched, event);
        if (event->type() == QEvent::Paint && onPaint) {
            // After the paint: posted so it runs once the paint event is handled.
            QTimer::singleShot(0, this, [this] {
                if (onPaint) {
                    onPaint();
                }
            });
        }
        return result;
    }
};

void figure(const char* what, double value, const char* unit)
{
    std::printf("FIGURE %-56s %10.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

void eventFigure(const char* what, const TimingApplication& app)
{
    figure(what, app.longestMs(), "ms");
    std::printf("       (event type %d)\n", app.longestType());
}

// Runs the event loop until `done` holds (checked every millisecond) or `timeoutMs` passes.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void key(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = {})
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(widget, &release);
}

QByteArray prettyJson(qint64 targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += "[\n";
    for (int i = 0; out.size() < targetBytes; ++i) {
        out += "  {\n    \"id\": ";
        out += QByteArray::number(i);
        out += ",\n    \"login\": \"user-";
        out += QByteArray::number(i);
        out += "\",\n    \"site_admin\": false,\n    \"score\": 12.5,\n    \"bio\": null,\n    \"url\": "
               "\"https://api.example.com/users/";
        out += QByteArray::number(i);
        out += "\"\n  },\n";
    }
    out += "  {\n    \"note\": \"needle\"\n  }\n]\n";
    return out;
}

QByteArray minifiedJson(qint64 targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += '[';
    for (int i = 0; out.size() < targetBytes; ++i) {
        out += "{\"id\":";
        out += QByteArray::number(i);
        out += ",\"login\":\"user-";
        out += QByteArray::number(i);
        out += "\",\"site_admin\":false},";
    }
    out += "{\"note\":\"needle\"}]";
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    TimingApplication app(argc, argv);
    qint64 megabytes = 100;
    qint64 lineMegabytes = 50;
    QString screenshots;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--mb")) {
            megabytes = args[i + 1].toLongLong();
        } else if (args[i] == QLatin1String("--line-mb")) {
            lineMegabytes = args[i + 1].toLongLong();
        } else if (args[i] == QLatin1String("--screenshots")) {
            screenshots = args[i + 1];
        }
    }

    QElapsedTimer clock;
    clock.start();
    const QByteArray pretty = prettyJson(megabytes * 1'000'000);
    std::printf("generated %.1f MB of pretty JSON in %lld ms\n", double(pretty.size()) / 1e6, clock.elapsed());

    // As the response viewer embeds them: the view with its find bar below.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* viewPointer = new BigTextView(&window);
    BigTextView& view = *viewPointer;
    auto* bar = new FindBar(viewPointer, &window);
    layout->addWidget(viewPointer);
    layout->addWidget(bar);
    window.resize(1200, 800);
    window.show();
    auto shoot = [&](const char* name) {
        if (!screenshots.isEmpty()) {
            waitFor([] { return false; }, 100);
            window.grab().save(screenshots + QLatin1Char('-') + QLatin1String(name) + QLatin1String(".png"));
        }
    };
    if (!waitFor([&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 10000)) {
        std::fprintf(stderr, "the window was never shown (is DISPLAY set?)\n");
        return 1;
    }
    view.setFocus();
    waitFor([] { return false; }, 300); // settle
    StallMonitor stalls;
    PaintWatch paints;
    view.viewport()->installEventFilter(&paints);

    // (a), (b): open.
    qint64 firstLinesMs = -1;
    qint64 readyPaintedMs = -1;
    paints.onPaint = [&] {
        if (firstLinesMs < 0 && view.lineCount() > 0) {
            firstLinesMs = clock.elapsed();
        }
        if (readyPaintedMs < 0 && view.isReady()) {
            readyPaintedMs = clock.elapsed();
        }
    };
    stalls.reset();
    app.reset();
    clock.restart();
    QElapsedTimer call;
    call.start();
    view.setContent(pretty, BigTextView::Mode::Json);
    const double setContentMs = double(call.nsecsElapsed()) / 1e6;
    waitFor([&] { return readyPaintedMs >= 0; });
    figure("100 MB pretty JSON: setContent() returns", setContentMs, "ms");
    figure("100 MB pretty JSON: first lines painted", double(firstLinesMs), "ms");
    figure("100 MB pretty JSON: all lines indexed, painted", double(readyPaintedMs), "ms");
    figure("100 MB pretty JSON: longest UI stall while opening", stalls.longestMs(), "ms");
    eventFigure("100 MB pretty JSON: longest UI event while opening", app);
    std::printf("lines: %lld\n", view.lineCount());
    key(&view, Qt::Key_Down);
    key(&view, Qt::Key_Down);
    key(&view, Qt::Key_Down, Qt::ShiftModifier);
    key(&view, Qt::Key_Right, Qt::ShiftModifier);
    shoot("open");

    // (d): to the end and back.
    paints.onPaint = {};
    clock.restart();
    key(&view, Qt::Key_End, Qt::ControlModifier);
    view.viewport()->repaint();
    figure("Ctrl+End and paint", double(clock.nsecsElapsed()) / 1e6, "ms");
    clock.restart();
    key(&view, Qt::Key_Home, Qt::ControlModifier);
    view.viewport()->repaint();
    figure("Ctrl+Home and paint", double(clock.nsecsElapsed()) / 1e6, "ms");
    double longestPage = 0;
    clock.restart();
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer page;
        page.start();
        key(&view, Qt::Key_PageDown);
        view.viewport()->repaint();
        longestPage = std::max(longestPage, double(page.nsecsElapsed()) / 1e6);
    }
    figure("PageDown and paint, mean of 100", double(clock.nsecsElapsed()) / 1e6 / 100, "ms");
    figure("PageDown and paint, longest of 100", longestPage, "ms");
    clock.restart();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    view.viewport()->repaint();
    figure("jump to the middle (scroll bar) and paint", double(clock.nsecsElapsed()) / 1e6, "ms");

    // (c): find.
    auto find = [&](const char* label, const QString& text) {
        key(&view, Qt::Key_Home, Qt::ControlModifier);
        waitFor([] { return false; }, 100);
        stalls.reset();
        app.reset();
        clock.restart();
        bar->openFind();
        bar->field()->setText(text); // searches as typed
        waitFor([&] { return !view.isSearching(); });
        const qint64 ms = clock.elapsed();
        waitFor([] { return false; }, 50);
        std::printf("%s: %lld matches%s, current on line %lld (visible %lld–%lld)\n", label, qint64(view.matchCount()),
                    view.matchesCapped() ? " (capped)" : "", view.cursorLine() + 1, view.firstVisibleLine() + 1,
                    view.lastVisibleLine() + 1);
        std::printf("%s: longest UI event %.1f ms (type %d)\n", label, app.longestMs(), app.longestType());
        return std::pair<double, double>(double(ms), stalls.longestMs());
    };
    const auto [needleMs, needleStall] = find("needle", QStringLiteral("needle"));
    figure("find \"needle\" (at the end, 1 match): done", needleMs, "ms");
    figure("find \"needle\": longest UI stall", needleStall, "ms");
    const auto [manyMs, manyStall] = find("\"login\"", QStringLiteral("\"login\""));
    figure("find \"login\" (every item): done", manyMs, "ms");
    figure("find \"login\": longest UI stall", manyStall, "ms");
    key(bar->field(), Qt::Key_Return);
    shoot("find");
    bar->closeFind();

    // Copy 60 MB (decoded off the UI thread).
    view.setSelection(0, 60'000'000);
    waitFor([] { return false; }, 100);
    QGuiApplication::clipboard()->clear();
    stalls.reset();
    app.reset();
    clock.restart();
    view.copy();
    waitFor([&] { return view.noticeText().startsWith(QLatin1String("Copied")); });
    figure("copy 60 MB: on the clipboard", double(clock.elapsed()), "ms");
    figure("copy 60 MB: longest UI stall", stalls.longestMs(), "ms");
    eventFigure("copy 60 MB: longest UI event", app);

    // A minified JSON on one line.
    const QByteArray line = minifiedJson(lineMegabytes * 1'000'000);
    waitFor([] { return false; }, 200);
    readyPaintedMs = -1;
    paints.onPaint = [&] {
        if (readyPaintedMs < 0 && view.isReady()) {
            readyPaintedMs = clock.elapsed();
        }
    };
    stalls.reset();
    app.reset();
    clock.restart();
    call.restart();
    view.setContent(line, BigTextView::Mode::Json);
    const double lineSetMs = double(call.nsecsElapsed()) / 1e6;
    waitFor([&] { return readyPaintedMs >= 0; });
    figure("50 MB on one line: setContent() returns", lineSetMs, "ms");
    figure("50 MB on one line: indexed and painted", double(readyPaintedMs), "ms");
    figure("50 MB on one line: longest UI stall while opening", stalls.longestMs(), "ms");
    eventFigure("50 MB on one line: longest UI event while opening", app);
    paints.onPaint = {};
    clock.restart();
    key(&view, Qt::Key_End);
    view.viewport()->repaint();
    figure("50 MB on one line: End and paint", double(clock.nsecsElapsed()) / 1e6, "ms");
    double longestScroll = 0;
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer step;
        step.start();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 20 * i - 7);
        view.viewport()->repaint();
        longestScroll = std::max(longestScroll, double(step.nsecsElapsed()) / 1e6);
    }
    figure("50 MB on one line: horizontal jump and paint, longest", longestScroll, "ms");
    const auto [lineFindMs, lineFindStall] = find("needle on the long line", QStringLiteral("needle"));
    figure("50 MB on one line: find \"needle\" done", lineFindMs, "ms");
    figure("50 MB on one line: find \"needle\": longest UI stall", lineFindStall, "ms");
    key(bar->field(), Qt::Key_Escape);
    view.horizontalScrollBar()->setValue(0);
    shoot("long-line");

    if (!screenshots.isEmpty()) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
        dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        dark.setColor(QPalette::PlaceholderText, QColor(0x88, 0x88, 0x88));
        QApplication::setPalette(dark);
        view.setContent(pretty.left(200'000), BigTextView::Mode::Json);
        bar->openFind();
        bar->field()->setText(QStringLiteral("user-1"));
        waitFor([&] { return !view.isSearching(); });
        key(bar->field(), Qt::Key_Return);
        shoot("dark");
    }
    return 0;
}
