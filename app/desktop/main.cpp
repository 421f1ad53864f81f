// facturos-account: the desktop account & privacy client. Parses the command line, installs the
// translations and hands everything else to the composition root.

#include "compositionroot.h"
#include "pages/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("facturos-account"));
    QApplication::setApplicationDisplayName(QStringLiteral("Facturos Account"));
    QApplication::setApplicationVersion(QStringLiteral(FACTUROS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Facturos"));
    QApplication::setDesktopFileName(QStringLiteral("fr.facturos.account"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Facturos Account: your account and privacy settings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Account server address (default https://account.facturos.fr)."),
                                    QStringLiteral("URL"), QStringLiteral("https://account.facturos.fr"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language: fr or en (default: the system's, English unless French)."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Keep settings and caches in this directory."),
                                     QStringLiteral("DIR"));
    parser.addOptions({server, lang, profile});
    parser.process(app);

    QString language = parser.isSet(lang) ? parser.value(lang) : facturos::pages::languageFor(QLocale::system());
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        qCritical("--lang: expected fr or en");
        return 2;
    }
    const QUrl serverUrl(parser.value(server), QUrl::StrictMode);
    if (!serverUrl.isValid() ||
        (serverUrl.scheme() != QLatin1String("https") && serverUrl.scheme() != QLatin1String("http"))) {
        qCritical("--server: expected an http(s) address");
        return 2;
    }

    const facturos::pages::Translations translations(app, language);
    facturos::app::AppOptions options;
    options.server = serverUrl;
    options.language = language;
    options.profileDir = parser.value(profile);
    facturos::app::CompositionRoot root(options);
    root.start();
    return QApplication::exec();
}
