// The reference for "cold start to first painted window": an empty Qt Widgets
// window of Latchkey's default size that quits right after its first paint,
// exactly as `LATCHKEY_BENCH_QUIT_AFTER_PAINT=1 latchkey` does (ui/StartupProbe).
// bench/run.sh times both to their first paint (latchkey_bench_first_paint reads the
// line printed below) and as whole processes with hyperfine; the budget is latchkey ≤ 1.5× this.
// With --stay it does not quit: the reference for idle memory.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// The same technique as ui/StartupProbe, repeated here so the reference does
// not link any of Latchkey's code.
class QuitAfterFirstPaint : public QObject
{
public:
    explicit QuitAfterFirstPaint(QWidget* window)
        : QObject(window)
        , m_window(window)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_painted && event->type() == QEvent::Paint) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && widget->window() == m_window) {
                m_painted = true;
                QTimer::singleShot(0, QCoreApplication::instance(), [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::fprintf(
                        stderr, "latchkey-first-paint %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                    QCoreApplication::quit();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    bool m_painted = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("latchkey-bench-empty-window"));

    QMainWindow window;
    window.resize(1100, 720); // Latchkey's default window size
    if (!QApplication::arguments().contains(QStringLiteral("--stay"))) {
        QApplication::instance()->installEventFilter(new QuitAfterFirstPaint(&window));
    }
    window.show();
    return QApplication::exec();
}
