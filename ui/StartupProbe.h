#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs something once `window` (or any of its children) has been painted for the
// first time, so that start-up work that does not change the first picture
// (checking the keychain) waits until the window is on screen. quitAfterFirstPaint
// measures start-up from outside: bench/ uses it through LATCHKEY_BENCH_QUIT_AFTER_PAINT=1.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void afterFirstPaint(QWidget* window, std::function<void()> then);
    static void quitAfterFirstPaint(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupProbe(QWidget* window, std::function<void()> then);
    QWidget* m_window;
    std::function<void()> m_then;
};
