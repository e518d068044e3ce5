#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

void Translations::install(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/translations/latchkey_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    auto* local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("latchkey"), QStringLiteral("_"), QStringLiteral(":/translations"))
        && !local->language().startsWith(QStringLiteral("en"))) {
        QCoreApplication::installTranslator(local);
    } else {
        delete local;
    }
}
