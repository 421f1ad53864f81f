#include "controllers/sessioncontroller.h"

#include "api/apiclient.h"

namespace facturos::controllers {

SessionController::SessionController(auth::SsoSession &session, api::ApiClient *client, QObject *parent)
    : QObject(parent), m_session(session), m_status(statusFor(session.state()))
{
    connect(&session, &auth::SsoSession::stateChanged, this, &SessionController::update);
    connect(&session, &auth::SsoSession::authorizationStarted, this,
            [this](const QUrl &url, bool opened) { setLink(url, opened); });
    connect(&session, &auth::SsoSession::signedIn, this, &SessionController::signedIn);
    connect(&session, &auth::SsoSession::signedOut, this, &SessionController::signedOut);
    connect(&session, &auth::SsoSession::errorOccurred, this, &SessionController::errorOccurred);
    connect(&session, &auth::SsoSession::memoryOnlyChanged, this, &SessionController::memoryOnlyChanged);
    // A step-up ends without a state change: its link goes when the session answers.
    connect(&session, &auth::SsoSession::stepUpFinished, this, &SessionController::update);
    if (client)
        connect(client, &api::ApiClient::signInRequired, this, &SessionController::signInRequired);
    m_link = session.authorizationUrl();
}

SessionController::Status SessionController::statusFor(auth::SessionState state)
{
    switch (state) {
    case auth::SessionState::SignedOut:
        return Status::SignedOut;
    case auth::SessionState::Restoring:
        return Status::Restoring;
    case auth::SessionState::SigningIn:
        return Status::WaitingForBrowser;
    case auth::SessionState::SignedIn:
    case auth::SessionState::Refreshing:
        return Status::SignedIn;
    case auth::SessionState::KeyringLocked:
        return Status::KeyringLocked;
    case auth::SessionState::Error:
        return Status::Error;
    }
    return Status::Error;
}

void SessionController::update()
{
    if (m_session.authorizationUrl().isEmpty())
        setLink({}, true);
    const Status status = statusFor(m_session.state());
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void SessionController::setLink(const QUrl &link, bool browserOpened)
{
    m_browserOpened = browserOpened;
    if (link == m_link)
        return;
    m_link = link;
    emit linkChanged(link);
}

} // namespace facturos::controllers
