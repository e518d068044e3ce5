// A big JSON answer in the window: how long until the Pretty view is usable,
// the longest time the UI thread was blocked meanwhile, and the memory after.
//   latchkey_bench_response_view URL
// Fetches URL (e.g. a 50 MB array from the provider-shaped server), then shows
// it in a ResponseView on screen, as the window does. Prints one line:
//   fetch_ms=… digest_ms=… ready_ms=… max_stall_ms=… rss_kb=…
// ready_ms is from "answer received" to "Pretty view ready"; max_stall_ms is
// the longest gap between ticks of a 5 ms timer on the UI thread, over the
// whole fetch-and-show.
#include "BigTextView.h"
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

    // The stall monitor: the longest gap between 5 ms ticks.
    QElapsedTimer tick;
    qint64 maxStallMs = 0;
    QTimer monitor;
    monitor.setInterval(5);
    QObject::connect(&monitor, &QTimer::timeout, &app, [&] {
        if (tick.isValid()) {
            maxStallMs = std::max(maxStallMs, tick.elapsed());
        }
        tick.restart();
    });
    monitor.start();

    RequestRunner runner;
    PreparedRequest request;
    request.url = QUrl(QCoreApplication::arguments().at(1));
    QElapsedTimer clock;
    clock.start();
    qint64 fetchMs = 0;
    qint64 receivedAt = 0;
    qint64 digestMs = -1;
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
        view.showAnswer(result, nullptr);
    });
    QObject::connect(&view, &ResponseView::digestReady, &app, [&] { digestMs = clock.elapsed() - receivedAt; });
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (digestMs >= 0 && view.prettyView()->isReady()) {
            poll.stop();
            const qint64 readyMs = clock.elapsed() - receivedAt;
            // Let a few frames paint, then read the memory.
            QTimer::singleShot(200, &app, [&, readyMs] {
                QTextStream(stdout) << "fetch_ms=" << fetchMs << " digest_ms=" << digestMs << " ready_ms=" << readyMs
                                    << " max_stall_ms=" << maxStallMs << " rss_kb=" << rssKb() << "\n";
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
