// A big JSON answer in the window: how long until the Pretty view is usable,
// the longest time the UI thread was blocked meanwhile, and the memory after.
//   latchkey_bench_response_view URL
// Fetches URL (e.g. a 50 MB array from the provider-shaped server), then shows
// it in a ResponseView on screen, as the window does. Prints one line:
//   fetch_ms=… digest_ms=… ready_ms=… table_first_ms=… table_all_ms=… table_rows=…
//   max_stall_ms=… rss_kb=…
// ready_ms is from "answer received" to "Pretty view ready"; table_first_ms and
// table_all_ms from "answer received" to the Table tab's first rows and to all
// of them (read off the UI thread while the Pretty view is prepared);
// max_stall_ms is the longest gap between ticks of a 5 ms timer on the UI
// thread, over the whole fetch-and-show.
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

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
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
    QElapsedTimer clock;
    clock.start();
    qint64 fetchMs = 0;
    qint64 receivedAt = 0;
    qint64 digestMs = -1;
    // The stall monitor: the longest gap between 5 ms ticks.
    QElapsedTimer tick;
    qint64 maxStallMs = 0;
    qint64 maxStallShowingMs = 0; // after the answer arrived: showing it, not fetching it
    bool showing = false;
    qint64 showAnswerMs = -1;
    qint64 stallEndedAtMs = -1;
    QTimer monitor;
    monitor.setInterval(5);
    QObject::connect(&monitor, &QTimer::timeout, &app, [&] {
        if (tick.isValid()) {
            maxStallMs = std::max(maxStallMs, tick.elapsed());
            if (showing && tick.elapsed() > maxStallShowingMs) {
                maxStallShowingMs = tick.elapsed();
                stallEndedAtMs = clock.elapsed() - receivedAt;
            }
        }
        tick.restart();
    });
    monitor.start();
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
                QTextStream(stdout) << "fetch_ms=" << fetchMs << " digest_ms=" << digestMs << " ready_ms=" << readyMs
                                    << " table_first_ms=" << tableFirstMs << " table_all_ms=" << tableAllMs
                                    << " table_rows=" << view.tableView()->totalRows() << " max_stall_ms=" << maxStallMs
                                    << " max_stall_showing_ms=" << maxStallShowingMs
                                    << " show_answer_ms=" << showAnswerMs << " stall_ended_at_ms=" << stallEndedAtMs
                                    << " rss_kb=" << rssKb() << "\n";
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
