// A big JSON answer in the window: how long until the Pretty view is usable,
// the longest time the UI thread was blocked meanwhile, and the memory after.
//   latchkey_bench_response_view URL [--again]
// Fetches URL (e.g. a 50 MB array from the provider-shaped server), then shows
// it in a ResponseView on screen, as the window does. Prints one line:
//   fetch_ms=… digest_ms=… ready_ms=… table_first_ms=… table_all_ms=… table_rows=…
//   max_stall_ms=… rss_kb=…
// ready_ms is from "answer received" to "Pretty view ready"; table_first_ms and
// table_all_ms from "answer received" to the Table tab's first rows and to all
// of them (read off the UI thread while the Pretty view is prepared);
// max_stall_ms is the longest gap between ticks of a 5 ms timer on the UI
// thread, over the whole fetch-and-show; max_stall_fetching_ms and
// max_stall_showing_ms split it at the moment the answer arrived.
// With --again, the same URL is fetched and shown a second time, replacing the
// first answer, and a second line starting "again:" gives the same figures.
// LATCHKEY_BENCH_SLOW_EVENTS=MS lists on stderr every event that kept the UI
// thread busy for MS or longer (time, event type, receiver).
#include "BigTextView.h"
#include "ResponseTableView.h"
#include "ResponseView.h"
#include "http/PreparedRequest.h"
#include "http/RequestJob.h"
#include "http/RequestRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// With LATCHKEY_BENCH_SLOW_EVENTS=MS: every event the UI thread took longer than MS to handle (the
// outermost one, with its receiver), on stderr, to see where a stall comes from.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    qint64 thresholdMs = -1;
    QElapsedTimer* clock = nullptr;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (thresholdMs < 0 || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const QEvent::Type type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        --m_depth;
        if (ns >= thresholdMs * 1000000) {
            QTextStream(stderr) << "slow event: " << ns / 1000000.0 << " ms at " << (clock ? clock->elapsed() : 0)
                                << " ms, type " << type << ", " << receiver->metaObject()->className() << " "
                                << receiver->objectName() << "\n";
        }
        return result;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char** argv)
{
    TimingApplication app(argc, argv);
    app.thresholdMs = qEnvironmentVariableIntValue("LATCHKEY_BENCH_SLOW_EVENTS") > 0
        ? qEnvironmentVariableIntValue("LATCHKEY_BENCH_SLOW_EVENTS")
        : -1;
    if (QCoreApplication::arguments().size() < 2) {
        QTextStream(stderr) << "usage: latchkey_bench_response_view URL\n";
        return 2;
    }
    ResponseView view;
    view.resize(1000, 800);
    view.show();

    RequestRunner runner;
    PreparedRequest request;
    request.url = QUrl(QCoreApplication::arguments().at(1));
    // --again: a second fetch of the same URL replaces the first answer once it is shown.
    const bool again = QCoreApplication::arguments().contains(QStringLiteral("--again"));
    int round = 1;
    QElapsedTimer clock;
    clock.start();
    app.clock = &clock;
    qint64 fetchMs = 0;
    qint64 receivedAt = 0;
    qint64 digestMs = -1;
    // The stall monitor: the longest gap between 5 ms ticks.
    QElapsedTimer tick;
    qint64 maxStallMs = 0;
    qint64 maxStallShowingMs = 0; // after the answer arrived: showing it, not fetching it
    qint64 maxStallFetchingMs = 0; // before: receiving the body
    bool showing = false;
    qint64 showAnswerMs = -1;
    qint64 stallEndedAtMs = -1;
    QTimer monitor;
    monitor.setInterval(5);
    QObject::connect(&monitor, &QTimer::timeout, &app, [&] {
        if (tick.isValid()) {
            maxStallMs = std::max(maxStallMs, tick.elapsed());
            if (!showing) {
                maxStallFetchingMs = std::max(maxStallFetchingMs, tick.elapsed());
            }
            if (showing && tick.elapsed() > maxStallShowingMs) {
                maxStallShowingMs = tick.elapsed();
                stallEndedAtMs = clock.elapsed() - receivedAt;
            }
        }
        tick.restart();
    });
    monitor.start();
    const auto fetch = [&] {
        RequestJob* job = runner.start(request);
        QObject::connect(job, &RequestJob::finished, &app, [&](const Response& response) {
            fetchMs = clock.elapsed();
            if (!response.received()) {
                QTextStream(stderr) << "request failed: " << response.errorMessage << "\n";
                QCoreApplication::exit(1);
                return;
            }
            SendResult result;
            result.response = response;
            receivedAt = clock.elapsed();
            QElapsedTimer call;
            call.start();
            view.showAnswer(result, nullptr);
            showAnswerMs = call.elapsed();
            showing = true;
            tick.restart(); // from here on: showing, not fetching
        });
    };
    fetch();
    QObject::connect(&view, &ResponseView::digestReady, &app, [&] { digestMs = clock.elapsed() - receivedAt; });
    qint64 tableFirstMs = -1;
    qint64 tableAllMs = -1;
    QObject::connect(view.tableView(), &ResponseTableView::firstRowsShown, &app,
                     [&] { tableFirstMs = clock.elapsed() - receivedAt; });
    QObject::connect(view.tableView(), &ResponseTableView::loaded, &app,
                     [&] { tableAllMs = clock.elapsed() - receivedAt; });
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (digestMs >= 0 && view.prettyView()->isReady() && tableAllMs >= 0) {
            poll.stop();
            const qint64 readyMs = clock.elapsed() - receivedAt;
            // Let a few frames paint, then read the memory.
            QTimer::singleShot(200, &app, [&, readyMs] {
                QTextStream(stdout) << (round == 2 ? "again: " : "") << "fetch_ms=" << fetchMs
                                    << " digest_ms=" << digestMs << " ready_ms=" << readyMs
                                    << " table_first_ms=" << tableFirstMs << " table_all_ms=" << tableAllMs
                                    << " table_rows=" << view.tableView()->totalRows() << " max_stall_ms=" << maxStallMs
                                    << " max_stall_showing_ms=" << maxStallShowingMs
                                    << " max_stall_fetching_ms=" << maxStallFetchingMs
                                    << " show_answer_ms=" << showAnswerMs << " stall_ended_at_ms=" << stallEndedAtMs
                                    << " rss_kb=" << rssKb() << "\n";
                if (again && round == 1) {
                    // The same answer once more, replacing the one on screen (whose body, pretty text,
                    // table and line indexes are let go when the new one is shown).
                    round = 2;
                    fetchMs = receivedAt = showAnswerMs = 0;
                    digestMs = tableFirstMs = tableAllMs = stallEndedAtMs = -1;
                    maxStallMs = maxStallShowingMs = maxStallFetchingMs = 0;
                    showing = false;
                    clock.restart();
                    tick.restart();
                    fetch();
                    poll.start();
                    return;
                }
                QCoreApplication::exit(0);
            });
        }
    });
    poll.start();
    QTimer::singleShot(120000, &app, [] {
        QTextStream(stderr) << "gave up after 120 s\n";
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}
