#pragma once
// Loading fontconfig's configuration (parsing /etc/fonts and its conf.d files, reading the font caches) takes
// 3–4 ms on a Debian desktop, and Qt does it on the GUI thread the first time it measures text. The app starts
// that load on a worker thread as soon as the QApplication exists, so that it runs while the silent sign-in
// begins and the composition root is built; the main window waits for it just before its first text.

namespace facturos::pages::fontconfigload {

// Starts the load on a worker thread. Call right after the QApplication is made, not before: its constructor
// sets the process's locale and may change the environment, both of which fontconfig reads. Only for a run
// that shows a window.
void start();

// Waits for a load that start() began (no-op otherwise, or once waited for). fontconfig is thread-safe, so a
// text measured without waiting is still right: Qt would load the configuration itself.
void wait();

} // namespace facturos::pages::fontconfigload
