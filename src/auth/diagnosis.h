#pragma once
// Runs every check of `--diagnose` and Help › Diagnostics against one server and profile, in order:
// transport (ConnectionProbe), GET /healthz, the SSO metadata, the keychain, and the stored sign-in. Reports
// codes only (CheckResult); never holds on to a secret longer than the sign-in check needs it.

#include "auth/diagnosticcheck.h"

#include <functional>
#include <memory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QSettings;

namespace facturos::auth {

class ConnectionProbe;
class KeychainTokenStore;
class SsoSession;
class UrlOpener;

struct DiagnosisConfig
{
    QUrl server;
    QString keychainService; // empty: KeychainTokenStore::kDefaultService
    int timeoutMs = 10 * 1000;
    // A bus without a keyring answers after its 25 s D-Bus activation timeout: wait a little longer.
    int keychainTimeoutMs = 30 * 1000;
    // True: restore the sign-in stored in `settings` + the keychain, as the app does at start. That uses the
    // refresh token once: the server rotates it and the new one is stored in its place, so running this while
    // the app runs on the same profile signs the app out at its next refresh. False: no SignIn result; the
    // app's dialog reports its own live session instead.
    bool checkStoredSignIn = true;
};

class Diagnosis final : public QObject
{
    Q_OBJECT
public:
    // `settings`: the profile's settings (the sign-in pointer); unused when checkStoredSignIn is false.
    Diagnosis(DiagnosisConfig config, QSettings &settings, QObject *parent = nullptr);
    ~Diagnosis() override;

    // The keychain key the probe writes and deletes again (a read cannot tell a locked keyring from an
    // empty one with QtKeychain 0.13; a write can).
    inline static const QString kProbeKey = QStringLiteral("diagnostics-probe");

    // Runs once; checkFinished() for each check in order, then finished(). Never answers from inside start().
    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const QList<CheckResult> &results() const { return m_results; }

signals:
    void checkFinished(const facturos::auth::CheckResult &result);
    void finished();

private:
    void add(CheckResult result);
    void transportDone();
    void checkHealth();
    void checkMetadata();
    void checkKeychain();
    void checkSignIn();
    void signInSettled();
    void finish();
    [[nodiscard]] bool passed(DiagnosticCheck check) const;
    // Starts a step: its answers carry the returned number and count only while it is current; after `ms`
    // the step ends with `onTimeout`.
    [[nodiscard]] quint64 beginStep(int ms, std::function<void()> onTimeout);
    [[nodiscard]] bool endStep(quint64 step);

    DiagnosisConfig m_config;
    QSettings &m_settings;
    QNetworkAccessManager m_network; // its own: no connection or cache shared with the app
    std::unique_ptr<ConnectionProbe> m_probe;
    std::unique_ptr<KeychainTokenStore> m_store;
    std::unique_ptr<UrlOpener> m_noBrowser; // the sign-in check never opens a browser
    std::unique_ptr<SsoSession> m_session;
    QString m_storedAccount; // the account the stored sign-in belongs to (not a secret)
    QTimer m_timer;
    std::function<void()> m_onTimeout;
    quint64 m_step = 0;
    quint64 m_signInStep = 0; // the sign-in check's step, ended by the session's answer or its time-out
    QList<CheckResult> m_results;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace facturos::auth
