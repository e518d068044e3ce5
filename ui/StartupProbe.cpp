#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

StartupProbe::StartupProbe(QWidget* window, std::function<void()> then)
    : QObject(window)
    , m_window(window)
    , m_then(std::move(then))
{ }

void StartupProbe::afterFirstPaint(QWidget* window, std::function<void()> then)
{
    QCoreApplication::instance()->installEventFilter(new StartupProbe(window, std::move(then)));
}

void StartupProbe::quitAfterFirstPaint(QWidget* window)
{
    afterFirstPaint(window, [] {
        // When, on the monotonic clock, the first paint was on screen: bench/'s first-paint
        // timing reads it, since the process's run time includes its exit as well.
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::fprintf(stderr, "latchkey-first-paint %lld\n",
                     static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        QCoreApplication::quit();
    });
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window) {
            // Once this paint has been flushed to the screen; the probe is done then.
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
