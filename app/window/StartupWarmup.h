#pragma once

#include <thread>

// Does on other threads the one-time work that the window's first paint would
// otherwise wait for, while the main thread is busy or waiting elsewhere.
//
// - Created before QApplication: reads the system's font configuration. The first
//   text a window lays out makes fontconfig parse every file under /etc/fonts,
//   about a third of the work before the first paint; nothing in it needs Qt, and
//   constructing QApplication is mostly waiting for the display.
// - applicationCreated(): lists the image-format plugins (the menu bar reads an
//   image, which makes Qt look through them) and reads the local time zone (file
//   dates shown or compared need it).
//
// waitForFonts() joins the font thread; call it before building widgets, so Qt
// never loads the configuration a second time alongside it. finish() joins both
// threads; call it once the window is built, while QApplication still exists
// (the destructor calls it too). Without fontconfig (no LATCHKEY_HAVE_FONTCONFIG)
// the first part does nothing.
class StartupWarmup
{
public:
    StartupWarmup();
    ~StartupWarmup();
    StartupWarmup(const StartupWarmup&) = delete;
    StartupWarmup& operator=(const StartupWarmup&) = delete;

    void applicationCreated();
    void waitForFonts();
    void finish();

private:
    std::thread m_fonts;
    std::thread m_application;
};
