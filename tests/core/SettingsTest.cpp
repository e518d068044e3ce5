#include "storage/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class SettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void brokenValues_fallBackToDefaults();
};

void SettingsTest::defaults()
{
    QTemporaryDir dir;
    const Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.timeoutSeconds(), 30);
    QCOMPARE(settings.maxBodyBytes(), 512LL * 1024 * 1024);
    QCOMPARE(settings.pageCap(), 50);
    QCOMPARE(settings.historyCap(), 500);
}

void SettingsTest::roundTrip()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setValue(Settings::Key::TimeoutSeconds, 5);
    }
    const Settings again(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(again.timeoutSeconds(), 5);
}

void SettingsTest::brokenValues_fallBackToDefaults()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[network]\ntimeoutSeconds=0\nmaxBodyMegabytes=lots\n");
    file.close();
    const Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.timeoutSeconds(), 30);
    QCOMPARE(settings.maxBodyBytes(), 512LL * 1024 * 1024);
}

QTEST_GUILESS_MAIN(SettingsTest)
#include "SettingsTest.moc"
