#pragma once
// The desktop app's command line. Read twice: first before any application object exists (which one to
// create — --help, --version and --diagnose need no display — and where to log), then in full once the
// application object has taken Qt's own options (-platform, -style…) out of argv.

#include "compositionroot.h"
#include "pages/diagnostics.h"

#include <QCommandLineParser>
#include <QStringList>

class QCoreApplication;

namespace facturos::app {

struct LaunchOptions
{
    bool needsGui = true; // false for --help, --help-all, --version, --diagnose, --support-snapshot (preview only)
    bool diagnose = false;
    QString supportSnapshotFile; // --support-snapshot FILE: write the snapshot and exit (no window)
    QString logFile;             // preview only
    QUrl server;
    QString language; // "fr" | "en"
    QString profileDir;

    // With --profile, Qt's own settings (the file dialog's recent folders) live there too.
    void applyProfileToQtSettings() const;
    [[nodiscard]] pages::DiagnosticsTarget diagnosticsTarget() const;
    [[nodiscard]] AppOptions appOptions() const;
};

class CommandLine
{
public:
    CommandLine();

    // argv as QStrings, before any QCoreApplication exists.
    [[nodiscard]] static QStringList arguments(int argc, char **argv);
    // The first reading: unknown options are left for the second one (Qt's own are not known yet).
    [[nodiscard]] LaunchOptions preview(const QStringList &arguments);
    // The full reading with the application object: prints --help/--version and exits, or fills `options`;
    // false with the message in `error` on a bad option or value (exit code 2).
    [[nodiscard]] bool process(const QCoreApplication &app, LaunchOptions *options, QString *error);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_server;
    QCommandLineOption m_lang;
    QCommandLineOption m_profile;
    QCommandLineOption m_diagnose;
    QCommandLineOption m_logFile;
    QCommandLineOption m_supportSnapshot;
};

} // namespace facturos::app
