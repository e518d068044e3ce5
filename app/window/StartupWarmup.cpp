#include "StartupWarmup.h"

#include <QDateTime>
#include <QImageReader>

#ifdef LATCHKEY_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

StartupWarmup::StartupWarmup()
{
#ifdef LATCHKEY_HAVE_FONTCONFIG
    // FcInit is thread-safe; Qt's own call later finds the configuration loaded.
    m_fonts = std::thread([] { FcInit(); });
#endif
}

StartupWarmup::~StartupWarmup()
{
    finish();
}

void StartupWarmup::applicationCreated()
{
    // Both are thread-safe: Qt's plugin loader locks, and the time zone is read once per process.
    m_application = std::thread([] {
        QImageReader::supportedImageFormats();
        QDateTime::currentDateTime().offsetFromUtc();
    });
}

void StartupWarmup::waitForFonts()
{
    if (m_fonts.joinable()) {
        m_fonts.join();
    }
}

void StartupWarmup::finish()
{
    waitForFonts();
    if (m_application.joinable()) {
        m_application.join();
    }
}
