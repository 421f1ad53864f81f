#pragma once
// The sign-in state as the UI shows it, over SsoSession: signed out, restoring, waiting for the browser
// (with the link to copy when no browser opened), signed in, keyring locked, or an error code; plus the
// memory-only notice and whether a step-up sign-in is waiting for the browser.

#include "auth/ssosession.h"

#include <QObject>
#include <QUrl>

namespace facturos::api {
class ApiClient;
}

namespace facturos::controllers {

class SessionController final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QUrl signInLink READ signInLink NOTIFY linkChanged)
    Q_PROPERTY(bool memoryOnly READ isMemoryOnly NOTIFY memoryOnlyChanged)
public:
    enum class Status {
        SignedOut,
        Restoring,         // silent sign-in from the keychain at start
        WaitingForBrowser, // signInLink() is the page the user must complete (copy it if no browser opened)
        SignedIn,          // also while the token refreshes
        KeyringLocked,     // retryKeyring() once the user unlocked it
        Error,             // errorCode() says why; signIn() retries
    };
    Q_ENUM(Status)

    // `client` optional: its signInRequired() (the token was refused for good) is forwarded.
    explicit SessionController(auth::SsoSession &session, api::ApiClient *client = nullptr, QObject *parent = nullptr);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] auth::SessionError errorCode() const { return m_session.lastError(); }
    [[nodiscard]] QString accountId() const { return m_session.accountId(); }
    // The browser link of a sign-in or step-up in progress; empty otherwise.
    [[nodiscard]] QUrl signInLink() const { return m_link; }
    // False when the UrlOpener could not start a browser: the page shows the link to copy.
    [[nodiscard]] bool browserOpened() const { return m_browserOpened; }
    // A step-up (fresh sign-in for a sensitive change) waits for the browser while signed in.
    [[nodiscard]] bool isSteppingUp() const { return m_session.isSteppingUp(); }
    [[nodiscard]] bool isMemoryOnly() const { return m_session.isMemoryOnly(); }
    // The SSO's password change page to open in the browser; empty when the server offers none.
    [[nodiscard]] QUrl passwordChangeUrl() const { return m_session.passwordChangeUrl(); }

    void restore() { m_session.restoreSession(); }
    void signIn() { m_session.signIn(); }
    void cancel() { m_session.cancelSignIn(); }
    void signOut() { m_session.signOut(); }
    void retryKeyring() { m_session.retryKeyring(); }

signals:
    void statusChanged(facturos::controllers::SessionController::Status status);
    void linkChanged(const QUrl &link);
    void memoryOnlyChanged(bool memoryOnly);
    void signedIn();
    void signedOut();
    void errorOccurred(facturos::auth::SessionError error);
    // The server refused the session for good: the pages go back to the sign-in screen.
    void signInRequired();

private:
    void update();
    void setLink(const QUrl &link, bool browserOpened);
    [[nodiscard]] static Status statusFor(auth::SessionState state);

    auth::SsoSession &m_session;
    Status m_status = Status::SignedOut;
    QUrl m_link;
    bool m_browserOpened = true;
};

} // namespace facturos::controllers
