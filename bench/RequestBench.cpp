// Per-request time of Latchkey's HTTP layer on loopback, for comparison with
// curl's own time for the same request (bench/run.sh does both).
//   latchkey_bench_request URL [COUNT]
// Prints one line: "median_ms=… p90_ms=… count=…" over COUNT sequential GETs
// through RequestRunner (one QNetworkAccessManager, connections reused, as the
// window and every CLI command use it), after 5 warm-up requests.
#include "http/PreparedRequest.h"
#include "http/RequestJob.h"
#include "http/RequestRunner.h"
#include "http/Response.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: latchkey_bench_request URL [COUNT]\n";
        return 2;
    }
    PreparedRequest request;
    request.url = QUrl(args.at(1));
    const int count = args.size() > 2 ? args.at(2).toInt() : 200;
    const int warmup = 5;

    RequestRunner runner;
    std::vector<double> times;
    int done = 0;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        clock.start();
        RequestJob* job = runner.start(request);
        QObject::connect(job, &RequestJob::finished, &app, [&, job](const Response& response) {
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            job->deleteLater();
            if (!response.received()) {
                QTextStream(stderr) << "request failed: " << response.errorMessage << "\n";
                QCoreApplication::exit(1);
                return;
            }
            if (done++ >= warmup) {
                times.push_back(ms);
            }
            if (int(times.size()) < count) {
                QTimer::singleShot(0, &app, next);
            } else {
                QCoreApplication::exit(0);
            }
        });
    };
    QTimer::singleShot(0, &app, next);
    const int rc = QCoreApplication::exec();
    if (rc != 0) {
        return rc;
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "median_ms=" << QString::number(times[times.size() / 2], 'f', 3)
                        << " p90_ms=" << QString::number(times[times.size() * 9 / 10], 'f', 3)
                        << " count=" << times.size() << "\n";
    return 0;
}
