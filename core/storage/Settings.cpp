#include "Settings.h"

#include "AppPaths.h"

namespace {

struct Directive
{
    const char* name;
    QVariant fallback;
    int minimum;
    int maximum;
};

Directive directive(Settings::Key key)
{
    switch (key) {
    case Settings::Key::TimeoutSeconds:
        return {"network/timeoutSeconds", 30, 1, 3600};
    case Settings::Key::MaxBodyMegabytes:
        return {"network/maxBodyMegabytes", 512, 1, 16384};
    case Settings::Key::PageCap:
        return {"pagination/pageCap", 50, 1, 10000};
    case Settings::Key::HistoryCap:
        return {"history/cap", 500, 0, 100000};
    case Settings::Key::WindowGeometry:
        return {"window/geometry", QVariant(), 0, 0};
    case Settings::Key::WindowState:
        return {"window/state", QVariant(), 0, 0};
    }
    return {"", QVariant(), 0, 0};
}

} // namespace

Settings::Settings(const QString& path)
    : m_settings(path.isEmpty() ? AppPaths::settingsFile() : path, QSettings::IniFormat)
{ }

QString Settings::name(Key key)
{
    return QString::fromLatin1(directive(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return directive(key).fallback;
}

QVariant Settings::value(Key key) const
{
    const Directive d = directive(key);
    const QVariant stored = m_settings.value(QString::fromLatin1(d.name), d.fallback);
    if (d.maximum > d.minimum) {
        bool ok = false;
        const int number = stored.toInt(&ok);
        // A hand-edited or broken value falls back to the default, never to 0.
        if (!ok || number < d.minimum || number > d.maximum) {
            return d.fallback;
        }
        return number;
    }
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(name(key), value);
    m_settings.sync();
}

void Settings::reset(Key key)
{
    m_settings.remove(name(key));
    m_settings.sync();
}
