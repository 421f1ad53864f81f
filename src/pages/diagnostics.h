#pragma once
// The diagnostics report a user pastes to support, shared by `facturos-account --diagnose` and Help ›
// Diagnostics: a few environment lines, then one line per check ("tls: FAILED — <sentence>"). The keys and
// OK/FAILED/SKIPPED stay in English so support can read any report; the sentences are translated.

#include "auth/diagnosticcheck.h"

#include <memory>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;
class QTextStream;

namespace facturos::controllers {
class SessionController;
}

namespace facturos::pages {

// What a diagnosis looks at: the server, the keychain service, the profile (for the stored sign-in).
struct DiagnosticsTarget
{
    QUrl server;
    QString language;        // the app's language, "fr" or "en" (shown on the Locale line)
    QString keychainService; // empty: the profile's own, as for the app (keychainServiceOf)
    QString profileDir;      // empty: the platform's config folder
};

// The keyring service `target` looks in: its own, or KeychainTokenStore::serviceForProfile(profileDir).
[[nodiscard]] QString keychainServiceOf(const DiagnosticsTarget &target);

// Exit codes of `--diagnose`: 0 when every check passed, otherwise the code of the first failed check in this
// order (a failed check skips the checks that need it). 2 is a command-line error, as for the app itself.
namespace diagnoseexit {
constexpr int Ok = 0;
constexpr int Usage = 2;
constexpr int Dns = 10;
constexpr int Connection = 11;
constexpr int Tls = 12;
constexpr int Health = 13;
constexpr int Metadata = 14;
constexpr int Keychain = 15;
constexpr int SignIn = 16;
} // namespace diagnoseexit

class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)
public:
    // App, Qt, Platform (with the QPA platform once a GUI exists), Locale and Server lines.
    [[nodiscard]] static QStringList environmentLines(const DiagnosticsTarget &target);
    // "<key>: <OK|FAILED|SKIPPED> — <sentence>".
    [[nodiscard]] static QString line(const auth::CheckResult &result);
    // The sentence alone, in the installed language.
    [[nodiscard]] static QString sentence(const auth::CheckResult &result);
    // The last line: "Result: OK (exit code 0)" or "Result: FAILED (exit code 12)".
    [[nodiscard]] static QString resultLine(const QList<auth::CheckResult> &results);
    [[nodiscard]] static int exitCode(const QList<auth::CheckResult> &results);
    // The app's own session, for the dialog (a second restore would rotate the running app's refresh token).
    [[nodiscard]] static auth::CheckResult liveSignIn(const controllers::SessionController &session);

    // The settings file of a profile, the one the composition root opens.
    [[nodiscard]] static std::unique_ptr<QSettings> profileSettings(const QString &profileDir);
    // `--diagnose`: prints each line to `out` as its check ends (a missing keyring can take 25 s) and returns
    // the exit code. Runs a local event loop; needs only a QCoreApplication.
    [[nodiscard]] static int run(const DiagnosticsTarget &target, QTextStream &out);
};

} // namespace facturos::pages
