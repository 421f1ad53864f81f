// The reference for bench_startup: a bare QApplication + QMainWindow, built with the same compiler, flags and
// Qt as facturos-account, shown, and reported once it is painted.

#include "startupready.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("facturos-account-bare"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Facturos Account"));
    window.resize(960, 640);
    facturos::bench::reportWhenPainted(&window);
    window.show();
    return QApplication::exec();
}
