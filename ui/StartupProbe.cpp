#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

StartupProbe::StartupProbe(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

void StartupProbe::quitAfterFirstPaint(QWidget* window)
{
    QCoreApplication::instance()->installEventFilter(new StartupProbe(window));
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window) {
            m_painted = true;
            // Quit after this paint has been flushed to the screen.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}
