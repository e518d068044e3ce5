#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QVariant>

// Non-secret preferences, as a typed registry over QSettings (an INI file in
// the config directory). Never holds a token.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    enum class Key {
        TimeoutSeconds, // no answer for this long: give up
        MaxBodyMegabytes, // answers larger than this are saved to a file instead
        PageCap, // "load all pages" stops after this many pages
        HistoryCap, // entries kept in the history
        WindowGeometry,
        WindowState,
    };

    explicit Settings(const QString& path = {});

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    int timeoutSeconds() const { return value(Key::TimeoutSeconds).toInt(); }
    qint64 maxBodyBytes() const { return value(Key::MaxBodyMegabytes).toLongLong() * 1024 * 1024; }
    int pageCap() const { return value(Key::PageCap).toInt(); }
    int historyCap() const { return value(Key::HistoryCap).toInt(); }

    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    mutable QSettings m_settings;
};
