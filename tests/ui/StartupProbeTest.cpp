// StartupProbe: something that waits for the window's first paint runs once,
// after that paint, and not for another window's.
#include "StartupProbe.h"

#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

class StartupProbeTest : public QObject
{
    Q_OBJECT

private slots:
    void afterFirstPaint_runsOnceAfterTheWindowHasPainted();
};

namespace {

class PaintSeen : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void StartupProbeTest::afterFirstPaint_runsOnceAfterTheWindowHasPainted()
{
    QWidget window;
    window.resize(300, 120);
    auto* label = new QLabel(QStringLiteral("Latchkey"), &window);
    (new QVBoxLayout(&window))->addWidget(label);
    PaintSeen seen;
    window.installEventFilter(&seen);

    int runs = 0;
    bool paintedBefore = false;
    StartupProbe::afterFirstPaint(&window, [&] {
        ++runs;
        paintedBefore = seen.painted;
    });

    QWidget other;
    other.resize(100, 100);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QTest::qWait(100);
    QCOMPARE(runs, 0); // another window painting does not count

    window.show();
    QTRY_COMPARE(runs, 1);
    QVERIFY(paintedBefore);

    label->repaint();
    window.repaint();
    QTest::qWait(100);
    QCOMPARE(runs, 1); // once only
}

QTEST_MAIN(StartupProbeTest)
#include "StartupProbeTest.moc"
