// facturos-account: the desktop account & privacy client. Reads the command line, creates the application
// object it needs (none of --help, --version, --diagnose and --support-snapshot needs a display), installs the
// masking message handler and the translations, and hands everything else to the composition root.

#include "commandline.h"
#include "compositionroot.h"
#include "messagelog.h"
#include "pages/fontconfigload.h"
#include "pages/mainwindow.h"
#include "pages/supportsnapshotcommand.h"
#include "pages/translations.h"

#include <memory>
#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("facturos-account"));
    QApplication::setApplicationDisplayName(QStringLiteral("Facturos Account"));
    QApplication::setApplicationVersion(QStringLiteral(FACTUROS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Facturos"));
    QApplication::setDesktopFileName(QStringLiteral("fr.facturos.account"));

    facturos::app::MessageLog log; // from here on every message is masked, on stderr and in --log-file
    facturos::app::CommandLine commandLine;
    const auto preview = commandLine.preview(facturos::app::CommandLine::arguments(argc, argv));
    QString error;
    if (!preview.logFile.isEmpty() && !log.openFile(preview.logFile, &error)) {
        qCritical("--log-file: cannot write %s: %s", qPrintable(preview.logFile), qPrintable(error));
        return 2;
    }
    const std::unique_ptr<QCoreApplication> app =
        preview.needsGui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    if (preview.needsGui)
        facturos::pages::fontconfigload::start(); // runs while the sign-in begins and the window is made
    facturos::app::LaunchOptions options;
    if (!commandLine.process(*app, &options, &error)) {
        qCritical("%s", qPrintable(error));
        return facturos::pages::diagnoseexit::Usage;
    }

    options.applyProfileToQtSettings();
    const facturos::pages::Translations translations(*app, options.language);
    if (options.diagnose) {
        QTextStream out(stdout);
        return facturos::pages::Diagnostics::run(options.diagnosticsTarget(), out);
    }
    if (!options.supportSnapshotFile.isEmpty()) {
        QTextStream err(stderr);
        return facturos::pages::SupportSnapshotCommand::run(options.diagnosticsTarget(), options.supportSnapshotFile,
                                                            err);
    }
    facturos::app::CompositionRoot root(options.appOptions());
    root.window().setDiagnosticsTarget(options.diagnosticsTarget());
    root.start();
    return QApplication::exec();
}
