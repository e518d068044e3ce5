#pragma once

#include <QIcon>

struct Provider;

// An icon for a service, drawn from its colour and initials (no brand logos
// are shipped). Scales cleanly on HiDPI screens.
class ProviderIcon
{
public:
    static QIcon forProvider(const Provider& provider);
    static QString initials(const QString& name);
};
