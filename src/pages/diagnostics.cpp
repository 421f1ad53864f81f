#include "pages/diagnostics.h"

#include "auth/diagnosis.h"
#include "auth/keychaintokenstore.h"
#include "controllers/sessioncontroller.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QSettings>
#include <QSysInfo>
#include <QTextStream>

namespace facturos::pages {

namespace {

using auth::CheckOutcome;
using auth::DiagnosticCheck;

// Sentences for checks that were skipped, by the reason code the probe gives.
QString skippedSentence(const QString &code)
{
    if (code == QLatin1String("needs_dns"))
        return Diagnostics::tr("Not checked: the server name could not be resolved.");
    if (code == QLatin1String("needs_connection"))
        return Diagnostics::tr("Not checked: there is no working connection to the server.");
    if (code == QLatin1String("needs_keychain"))
        return Diagnostics::tr("Not checked: the keychain is not available.");
    return Diagnostics::tr("Not checked: the server's sign-in service is not usable.");
}

QString transportSentence(DiagnosticCheck check, const QString &code)
{
    static const QHash<QString, const char *> kTexts = {
        {QStringLiteral("dns/resolved"), QT_TRANSLATE_NOOP("Diagnostics", "The server name resolves to %1.")},
        {QStringLiteral("dns/address"), QT_TRANSLATE_NOOP("Diagnostics", "The server is an IP address (%1).")},
        {QStringLiteral("dns/not_found"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server name cannot be found. Check the address and your connection.")},
        {QStringLiteral("dns/timeout"),
         QT_TRANSLATE_NOOP("Diagnostics", "The name lookup did not answer in time. Check your connection.")},
        {QStringLiteral("connection/connected"), QT_TRANSLATE_NOOP("Diagnostics", "Connected to %1.")},
        {QStringLiteral("connection/refused"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server refused the connection: nothing answers at this address "
                                          "and port.")},
        {QStringLiteral("connection/timeout"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server did not answer in time; a firewall or proxy may block it.")},
        {QStringLiteral("connection/unreachable"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server cannot be reached from this network.")},
        {QStringLiteral("tls/valid"), QT_TRANSLATE_NOOP("Diagnostics", "Secure connection: %1.")},
        {QStringLiteral("tls/plain_loopback"),
         QT_TRANSLATE_NOOP("Diagnostics", "Not used: plain HTTP is accepted for a loopback address only.")},
        {QStringLiteral("tls/plain_http"),
         QT_TRANSLATE_NOOP("Diagnostics", "This address uses plain HTTP to a remote server, which the app refuses. "
                                          "Use an https:// address.")},
        {QStringLiteral("tls/self_signed"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate is self-signed, so it cannot be trusted.")},
        {QStringLiteral("tls/expired"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate has expired (or this computer's date is wrong).")},
        {QStringLiteral("tls/not_yet_valid"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate is not valid yet (or this computer's date is "
                                          "wrong).")},
        {QStringLiteral("tls/host_mismatch"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate was issued for another name.")},
        {QStringLiteral("tls/untrusted"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate is not signed by an authority this computer "
                                          "trusts.")},
        {QStringLiteral("tls/revoked"), QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate has been revoked.")},
        {QStringLiteral("tls/certificate"), QT_TRANSLATE_NOOP("Diagnostics", "The server's certificate was refused.")},
        {QStringLiteral("tls/handshake_failed"),
         QT_TRANSLATE_NOOP("Diagnostics", "No secure connection: the server does not speak TLS on this port, or "
                                          "broke off.")},
        {QStringLiteral("tls/timeout"),
         QT_TRANSLATE_NOOP("Diagnostics", "The secure connection was not set up in time.")},
        {QStringLiteral("tls/tls_unavailable"),
         QT_TRANSLATE_NOOP("Diagnostics", "TLS is not available on this computer (OpenSSL is missing).")},
        {QStringLiteral("health/answered"), QT_TRANSLATE_NOOP("Diagnostics", "The server answers (/healthz).")},
        {QStringLiteral("health/http_status"),
         QT_TRANSLATE_NOOP("Diagnostics", "The server answered /healthz with %1 instead of 200.")},
        {QStringLiteral("health/no_answer"), QT_TRANSLATE_NOOP("Diagnostics", "The server did not answer /healthz.")},
        {QStringLiteral("sso/valid"), QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata is valid (%1).")},
        {QStringLiteral("sso/http_status"), QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata is missing (%1).")},
        {QStringLiteral("sso/not_json"),
         QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata is not a JSON document.")},
        {QStringLiteral("sso/issuer_mismatch"),
         QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata names another server (%1), so the app refuses it.")},
        {QStringLiteral("sso/invalid"), QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata is unusable: %1.")},
        {QStringLiteral("sso/no_answer"), QT_TRANSLATE_NOOP("Diagnostics", "The sign-in metadata did not arrive.")},
    };
    const char *text = kTexts.value(QLatin1String(auth::toCode(check)) + QLatin1Char('/') + code);
    return text ? Diagnostics::tr(text) : QString();
}

QString keychainSentence(const QString &code)
{
    if (code == QLatin1String("available"))
        return Diagnostics::tr("Available (%1).");
    if (code == QLatin1String("locked"))
        return Diagnostics::tr("Locked: unlock your keyring (or sign in to your desktop session again), then "
                               "try again.");
    if (code == QLatin1String("missing"))
        return Diagnostics::tr("Missing: no keyring service answered, so a sign-in can only be kept until the "
                               "app quits.");
    return Diagnostics::tr("Error: the keyring refused to store a test entry.");
}

QString signInSentence(const QString &code)
{
    if (code == QLatin1String("signed_in"))
        return Diagnostics::tr("Signed in, account %1.");
    if (code == QLatin1String("none"))
        return Diagnostics::tr("No sign-in is stored for this server in this profile.");
    if (code == QLatin1String("restoring") || code == QLatin1String("waiting_for_browser"))
        return Diagnostics::tr("A sign-in is in progress.");
    if (code == QLatin1String("refused") || code == QLatin1String("session_expired"))
        return Diagnostics::tr("The stored sign-in was refused by the server (expired or revoked): sign in "
                               "again.");
    if (code == QLatin1String("locked") || code == QLatin1String("keyring_locked"))
        return Diagnostics::tr("The keyring is locked, so the stored sign-in cannot be read.");
    if (code == QLatin1String("keyring_unavailable"))
        return Diagnostics::tr("The keyring is not available, so no sign-in can be stored.");
    if (code == QLatin1String("server_unreachable") || code == QLatin1String("no_answer"))
        return Diagnostics::tr("Could not be checked: the server did not answer.");
    return Diagnostics::tr("Could not be checked: the sign-in service answered with an error.");
}

} // namespace

QString keychainServiceOf(const DiagnosticsTarget &target)
{
    return target.keychainService.isEmpty() ? auth::KeychainTokenStore::serviceForProfile(target.profileDir)
                                            : target.keychainService;
}

QStringList Diagnostics::environmentLines(const DiagnosticsTarget &target)
{
    QString platform = QStringLiteral("%1; %2 %3; %4")
                           .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                QSysInfo::currentCpuArchitecture());
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        platform += QStringLiteral("; QPA %1").arg(QGuiApplication::platformName());
    return {
        QStringLiteral("Facturos Account diagnostics"),
        QStringLiteral("App: facturos-account %1").arg(QStringLiteral(FACTUROS_VERSION)),
        QStringLiteral("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("Platform: %1").arg(platform),
        QStringLiteral("Locale: %1; app language %2").arg(QLocale::system().name(), target.language),
        QStringLiteral("Server: %1").arg(target.server.toDisplayString()),
    };
}

QString Diagnostics::sentence(const auth::CheckResult &result)
{
    QString text;
    if (result.outcome == CheckOutcome::Skipped)
        text = skippedSentence(result.code);
    else if (result.check == DiagnosticCheck::Keychain)
        text = keychainSentence(result.code);
    else if (result.check == DiagnosticCheck::SignIn)
        text = signInSentence(result.code);
    else
        text = transportSentence(result.check, result.code);
    if (text.isEmpty()) // a code this version has no sentence for: say so plainly rather than nothing
        text = result.outcome == CheckOutcome::Ok ? tr("Passed (%1).").arg(result.code)
                                                  : tr("Failed (%1).").arg(result.code);
    // The facts go in the sentence's place for them, or after it for support.
    if (text.contains(QLatin1String("%1")))
        return text.arg(result.detail);
    return result.detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, result.detail);
}

QString Diagnostics::line(const auth::CheckResult &result)
{
    return QStringLiteral("%1: %2 — %3")
        .arg(QLatin1String(auth::toCode(result.check)), QLatin1String(auth::toCode(result.outcome)), sentence(result));
}

int Diagnostics::exitCode(const QList<auth::CheckResult> &results)
{
    int code = diagnoseexit::Ok;
    for (const auth::CheckResult &result : results) {
        const int own = diagnoseexit::Dns + int(result.check);
        if (result.failed() && (code == diagnoseexit::Ok || own < code))
            code = own;
    }
    return code;
}

QString Diagnostics::resultLine(const QList<auth::CheckResult> &results)
{
    const int code = exitCode(results);
    return QStringLiteral("Result: %1 (exit code %2)")
        .arg(code == diagnoseexit::Ok ? QStringLiteral("OK") : QStringLiteral("FAILED"))
        .arg(code);
}

auth::CheckResult Diagnostics::liveSignIn(const controllers::SessionController &session)
{
    using Status = controllers::SessionController::Status;
    switch (session.status()) {
    case Status::SignedIn:
        return {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("signed_in"), session.accountId()};
    case Status::SignedOut:
        return {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("none"), {}};
    case Status::Restoring:
        return {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("restoring"), {}};
    case Status::WaitingForBrowser:
        return {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("waiting_for_browser"), {}};
    case Status::KeyringLocked:
        return {DiagnosticCheck::SignIn, CheckOutcome::Failed, QStringLiteral("locked"), {}};
    case Status::Error:
        break;
    }
    return {DiagnosticCheck::SignIn, CheckOutcome::Failed, QLatin1String(auth::toCode(session.errorCode())), {}};
}

std::unique_ptr<QSettings> Diagnostics::profileSettings(const QString &profileDir)
{
    if (profileDir.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Facturos"),
                                           QStringLiteral("facturos-account"));
    return std::make_unique<QSettings>(QDir(profileDir).filePath(QStringLiteral("facturos-account.ini")),
                                       QSettings::IniFormat);
}

int Diagnostics::run(const DiagnosticsTarget &target, QTextStream &out)
{
    for (const QString &text : environmentLines(target))
        out << text << Qt::endl;
    const std::unique_ptr<QSettings> settings = profileSettings(target.profileDir);
    auth::DiagnosisConfig config;
    config.server = target.server;
    config.keychainService = keychainServiceOf(target);
    auth::Diagnosis diagnosis(config, *settings);
    QObject::connect(&diagnosis, &auth::Diagnosis::checkFinished, &diagnosis,
                     [&out](const auth::CheckResult &result) { out << line(result) << Qt::endl; });
    QEventLoop loop;
    QObject::connect(&diagnosis, &auth::Diagnosis::finished, &loop, &QEventLoop::quit);
    diagnosis.start();
    loop.exec();
    out << resultLine(diagnosis.results()) << Qt::endl;
    return exitCode(diagnosis.results());
}

} // namespace facturos::pages
