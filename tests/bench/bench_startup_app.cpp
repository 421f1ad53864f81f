// The measured side of bench_startup: facturos-account's start-up exactly as main.cpp does it (translations,
// composition root, silent sign-in with the stored refresh token), reported once the overview shows the
// account. Arguments: SERVER_URL PROFILE_DIR (the keyring entry is that profile's own, as with --profile).

#include "startupready.h"

#include "compositionroot.h"
#include "controllers/overviewcontroller.h"
#include "controllers/sessioncontroller.h"
#include "pages/fontconfigload.h"
#include "pages/mainwindow.h"
#include "pages/translations.h"

#include <cstdio>
#include <QApplication>

using facturos::controllers::SessionController;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    facturos::pages::fontconfigload::start(); // as main.cpp does, once the QApplication exists
    QApplication::setApplicationName(QStringLiteral("facturos-account"));
    QApplication::setOrganizationName(QStringLiteral("Facturos"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_startup_app SERVER_URL PROFILE_DIR\n");
        return 2;
    }
    const facturos::pages::Translations translations(app, QStringLiteral("en"));
    facturos::app::AppOptions options;
    options.server = QUrl(args.at(1));
    options.language = QStringLiteral("en");
    options.profileDir = args.at(2);
    facturos::app::CompositionRoot root(options);
    QObject::connect(&root.overview(), &facturos::controllers::OverviewController::loaded, &app, [&root] {
        if (root.window().currentSection() == facturos::pages::section::Overview)
            facturos::bench::reportWhenPainted(root.window().page(facturos::pages::section::Overview));
    });
    QObject::connect(&root.session(), &SessionController::statusChanged, &app, [&root] {
        if (root.session().status() == SessionController::Status::SignedOut ||
            root.session().status() == SessionController::Status::Error) {
            std::fprintf(stderr, "no usable stored sign-in\n");
            QCoreApplication::exit(1);
        }
    });
    root.start();
    return QApplication::exec();
}
