#include "commandline.h"

#include "pages/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace facturos::app {

namespace {

// Options QGuiApplication/QApplication take out of argv themselves (Qt 6.4 documentation): the first reading
// must not mistake them for errors, nor an unknown option for one of them (an error needs no display).
bool isQtGuiOption(const QString &name)
{
    static const QStringList kNames{
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("reverse"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("widgetcount"),
        QStringLiteral("qmljsdebugger"),
        QStringLiteral("title"),
        QStringLiteral("visual"),
        QStringLiteral("ncols"),
        QStringLiteral("cmap"),
        QStringLiteral("nograb"),
        QStringLiteral("dograb"),
        QStringLiteral("sync"),
        QStringLiteral("name"),
        QStringLiteral("fn"),
        QStringLiteral("font"),
        QStringLiteral("bg"),
        QStringLiteral("background"),
        QStringLiteral("fg"),
        QStringLiteral("foreground"),
        QStringLiteral("btn"),
        QStringLiteral("button"),
        QStringLiteral("im"),
        QStringLiteral("inputstyle"),
    };
    return kNames.contains(name);
}

} // namespace

void LaunchOptions::applyProfileToQtSettings() const
{
    if (profileDir.isEmpty())
        return;
    const QString path = QFileInfo(profileDir).absoluteFilePath();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

pages::DiagnosticsTarget LaunchOptions::diagnosticsTarget() const
{
    pages::DiagnosticsTarget target;
    target.server = server;
    target.language = language;
    target.profileDir = profileDir;
    return target;
}

AppOptions LaunchOptions::appOptions() const
{
    AppOptions options;
    options.server = server;
    options.language = language;
    options.profileDir = profileDir; // the root takes the profile's keyring service from it
    return options;
}

CommandLine::CommandLine()
    : m_help(m_parser.addHelpOption()), m_version(m_parser.addVersionOption()),
      m_server(QStringLiteral("server"),
               QStringLiteral("Account server address (default https://account.facturos.fr)."), QStringLiteral("URL"),
               QStringLiteral("https://account.facturos.fr")),
      m_lang(QStringLiteral("lang"),
             QStringLiteral("Language: fr or en (default: the system's, English unless French)."),
             QStringLiteral("fr|en")),
      m_profile(QStringLiteral("profile"), QStringLiteral("Keep settings and caches in this directory."),
                QStringLiteral("DIR")),
      m_diagnose(QStringLiteral("diagnose"),
                 QStringLiteral("Check the server, the keyring and the stored sign-in, print a report to paste to "
                                "support and exit: 0 when all is well, otherwise 10 DNS, 11 connection, 12 TLS, "
                                "13 health, 14 sign-in metadata, 15 keyring, 16 stored sign-in (the first that "
                                "failed). Uses the stored sign-in once: run it while the app is closed.")),
      m_logFile(QStringLiteral("log-file"),
                QStringLiteral("Append the app's log to FILE (secrets and e-mail addresses masked; more detail with "
                               "QT_LOGGING_RULES=\"facturos.*.debug=true\")."),
                QStringLiteral("FILE")),
      m_supportSnapshot(QStringLiteral("support-snapshot"),
                        QStringLiteral("Write a support snapshot of the signed-in account to FILE and exit: what the "
                                       "app shows, personal values replaced by placeholders, no secret. Uses the "
                                       "stored sign-in once: run it while the app is closed."),
                        QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(QStringLiteral("Facturos Account: your account and privacy settings."));
    m_parser.addOptions({m_server, m_lang, m_profile, m_diagnose, m_logFile, m_supportSnapshot});
}

QStringList CommandLine::arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

LaunchOptions CommandLine::preview(const QStringList &arguments)
{
    // "-platform offscreen" reads as one unknown option (and a stray positional argument), not as 8 letters.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool parsed = m_parser.parse(arguments); // the errors themselves are reported by process()
    const QStringList unknown = m_parser.unknownOptionNames();
    const bool onlyQtOptions = parsed || std::all_of(unknown.cbegin(), unknown.cend(), isQtGuiOption);
    LaunchOptions options;
    options.diagnose = m_parser.isSet(m_diagnose);
    options.supportSnapshotFile = m_parser.value(m_supportSnapshot);
    options.needsGui = onlyQtOptions && !options.diagnose && options.supportSnapshotFile.isEmpty() &&
                       !m_parser.isSet(m_help) && !m_parser.isSet(m_version) &&
                       !m_parser.isSet(QStringLiteral("help-all"));
    options.logFile = m_parser.value(m_logFile);
    return options;
}

bool CommandLine::process(const QCoreApplication &app, LaunchOptions *options, QString *error)
{
    const bool parsed = m_parser.parse(app.arguments());
    const QStringList unknown = m_parser.unknownOptionNames();
    // Without a GUI application object nobody took -platform & co. out of argv: they are harmless here.
    const bool onlyUnusedQtOptions = !qobject_cast<const QGuiApplication *>(&app) && !unknown.isEmpty() &&
                                     std::all_of(unknown.cbegin(), unknown.cend(), isQtGuiOption);
    if (!parsed && !onlyUnusedQtOptions) {
        *error = m_parser.errorText();
        return false;
    }
    if (parsed)
        m_parser.process(app); // --help, --help-all (with this application's Qt options), --version: print, exit
    else if (m_parser.isSet(m_help) || m_parser.isSet(QStringLiteral("help-all")))
        m_parser.showHelp(0);
    else if (m_parser.isSet(m_version))
        m_parser.showVersion();
    options->diagnose = m_parser.isSet(m_diagnose);
    options->supportSnapshotFile = m_parser.value(m_supportSnapshot);
    options->profileDir = m_parser.value(m_profile);
    options->language = m_parser.isSet(m_lang) ? m_parser.value(m_lang) : pages::languageFor(QLocale::system());
    if (options->language != QLatin1String("fr") && options->language != QLatin1String("en")) {
        *error = QStringLiteral("--lang: expected fr or en");
        return false;
    }
    options->server = QUrl(m_parser.value(m_server), QUrl::StrictMode);
    if (!options->server.isValid() || options->server.host().isEmpty() ||
        (options->server.scheme() != QLatin1String("https") && options->server.scheme() != QLatin1String("http"))) {
        *error = QStringLiteral("--server: expected an http(s) address");
        return false;
    }
    return true;
}

} // namespace facturos::app
