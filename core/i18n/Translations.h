#pragma once

class QCoreApplication;

// Installs Latchkey's translations: always the English plural forms ("1 day",
// "3 days"), then the person's language where a translation exists.
class Translations
{
public:
    static void install(QCoreApplication& app);
};
