// The reference for bench_startup: a bare QApplication + QMainWindow, built with the same compiler, flags and
// Qt as facturos-account, shown, and painted and reported as soon as the event loop runs.

#include "startupready.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("facturos-account-bare"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Facturos Account"));
    window.resize(960, 640);
    window.show();
    QTimer::singleShot(0, &app, [&window] { facturos::bench::reportReadyAndQuit(&window); });
    return QApplication::exec();
}
