#pragma once

#include <QObject>

class QWidget;

// Measures start-up from outside: quits the application right after `window`
// (or any of its children) has been painted for the first time. Used by bench/
// through LATCHKEY_BENCH_QUIT_AFTER_PAINT=1.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void quitAfterFirstPaint(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupProbe(QWidget* window);
    QWidget* m_window;
    bool m_painted = false;
};
