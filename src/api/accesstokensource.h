#pragma once
// What ApiClient needs from the sign-in layer: the current access token and a way to ask for a fresh one.
// Implemented by SsoSession in src/auth, so src/api never depends on src/auth.

#include <QByteArray>
#include <QObject>

namespace facturos::api {

class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AccessTokenSource() override = default;

    // Empty when signed out.
    [[nodiscard]] virtual QByteArray accessToken() const = 0;
    // Starts a refresh (refresh-token grant) unless one is already running; answers with exactly one of
    // refreshed() or refreshFailed() per refresh, shared by every caller that asked meanwhile.
    virtual void requestRefresh() = 0;
    // The server asked for a recent sign-in (RFC 9470 insufficient_user_authentication): run the browser
    // sign-in again with max_age=0 for the same user. Answers with stepUpFinished().
    virtual void requestStepUp(int maxAgeSeconds) = 0;

signals:
    void refreshed();
    // needsSignIn: the refresh token is gone or refused (interactive sign-in needed); false: a transient
    // failure (offline, server error) — the session is kept and a later request may try again.
    void refreshFailed(bool needsSignIn);
    // ok: a fresh access token for the same user is in place; false: cancelled, failed or another user.
    void stepUpFinished(bool ok);
};

} // namespace facturos::api
