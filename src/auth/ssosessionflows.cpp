// SsoSession: the browser flow shared by sign-in and step-up (RFC 6749 §4.1 + RFC 7636 PKCE + RFC 8252
// loopback redirect), the code exchange and the same-user check of the step-up.

#include "auth/authhttp.h"
#include "auth/authlog.h"
#include "auth/pkce.h"
#include "auth/servermetadata.h"
#include "auth/ssosession.h"
#include "auth/ssosessionflow.h"
#include "auth/urlopener.h"

#include <QTimer>
#include <QUrlQuery>

namespace facturos::auth {

QUrl SsoSession::authorizationUrl() const
{
    return m_flow ? m_flow->authorizationUrl : QUrl();
}

bool SsoSession::isSteppingUp() const
{
    return m_flow && m_flow->stepUp;
}

QUrl SsoSession::passwordChangeUrl() const
{
    if (!m_metadata || m_metadata->passwordChangeEndpoint.isEmpty())
        return {};
    QUrl url = m_metadata->passwordChangeEndpoint;
    if (!m_config.uiLocales.isEmpty()) {
        QUrlQuery query(url); // keep any parameters the endpoint already carries
        query.addQueryItem(QStringLiteral("ui_locales"), m_config.uiLocales);
        url.setQuery(query);
    }
    return url;
}

const LoopbackListener *SsoSession::listener() const
{
    return m_flow ? m_flow->listener.data() : nullptr;
}

void SsoSession::signIn()
{
    if (m_flow || m_state == SessionState::SignedIn || m_state == SessionState::Refreshing ||
        m_state == SessionState::Restoring)
        return;
    m_error = SessionError::None;
    setState(SessionState::SigningIn);
    const quint64 generation = m_generation;
    discover(
        [this, generation] {
            if (generation == m_generation && m_state == SessionState::SigningIn && !m_flow)
                startBrowserFlow(false);
        },
        [this, generation](SessionError error) {
            if (generation == m_generation && m_state == SessionState::SigningIn && !m_flow)
                fail(error);
        });
}

void SsoSession::requestStepUp(int maxAgeSeconds)
{
    Q_UNUSED(maxAgeSeconds) // any age the server asks for is met by a sign-in happening now (max_age=0)
    if (m_flow && m_flow->stepUp)
        return; // the step-up in progress answers this caller too
    if (m_flow || m_accountId.isEmpty() || m_refreshToken.isEmpty() || !m_metadata) {
        QTimer::singleShot(0, this, [this] { emit stepUpFinished(false); });
        return;
    }
    startBrowserFlow(true);
}

void SsoSession::startBrowserFlow(bool stepUp)
{
    m_flow = std::make_unique<Flow>();
    m_flow->stepUp = stepUp;
    m_flow->verifier = pkce::newVerifier();
    m_flow->state = pkce::newState();
    auto *listener = new LoopbackListener(this);
    m_flow->listener = listener;
    listener->setPageTexts(m_config.pageTexts);
    listener->setTimeout(m_config.listenerTimeoutMs);
    listener->setExpectedIssuer(m_metadata->issuer, m_metadata->issParameterSupported);
    if (!listener->start(m_flow->state)) {
        abortBrowserFlow(SessionError::ListenerFailed);
        return;
    }
    m_flow->redirectUri = listener->redirectUri();
    // Queued: an opener (or test browser) that completes the redirect inside openUrl() must not re-enter us.
    connect(listener, &LoopbackListener::codeReceived, this, &SsoSession::exchangeCode, Qt::QueuedConnection);
    connect(
        listener, &LoopbackListener::errorReceived, this,
        [this](const QString &error) {
            qCInfo(lcAuth) << "authorization refused by the server:" << error;
            abortBrowserFlow(error == QLatin1String("access_denied") ? SessionError::Cancelled
                                                                     : SessionError::AuthorizationDenied);
        },
        Qt::QueuedConnection);
    connect(
        listener, &LoopbackListener::timedOut, this, [this] { abortBrowserFlow(SessionError::TimedOut); },
        Qt::QueuedConnection);

    QUrl url = m_metadata->authorizationEndpoint;
    QUrlQuery query(url); // keep any parameters the endpoint already carries
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_flow->redirectUri);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeFor(m_flow->verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_flow->state));
    if (!m_config.uiLocales.isEmpty())
        query.addQueryItem(QStringLiteral("ui_locales"), m_config.uiLocales);
    if (stepUp) {
        // A fresh password entry, whatever browser session the server may keep (RFC 9470 / OIDC max_age).
        query.addQueryItem(QStringLiteral("max_age"), QStringLiteral("0"));
        query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
    }
    // The redirect URI holds ':' and '/', which must reach the server percent-encoded.
    url.setQuery(QString::fromLatin1(encodeForm(query.queryItems(QUrl::FullyDecoded))), QUrl::StrictMode);
    m_flow->authorizationUrl = url;
    qCInfo(lcAuth) << (stepUp ? "step-up" : "sign-in") << "waiting for the browser on port" << listener->serverPort();
    const bool opened = m_opener.openUrl(url);
    if (m_flow && m_flow->listener == listener)
        emit authorizationStarted(url, opened);
}

void SsoSession::cancelSignIn()
{
    if (m_flow)
        abortBrowserFlow(SessionError::Cancelled);
    else if (m_state == SessionState::SigningIn)
        fail(SessionError::Cancelled); // still discovering: the answer will find the state changed
}

void SsoSession::abortBrowserFlow(SessionError error)
{
    if (!m_flow)
        return;
    const bool stepUp = m_flow->stepUp;
    m_flow.reset();
    if (stepUp) {
        m_error = error;
        emit errorOccurred(error);
        emit stepUpFinished(false);
    } else {
        fail(error);
    }
}

void SsoSession::exchangeCode(const QString &code)
{
    if (!m_flow)
        return;
    m_flow->listener->close();
    const quint64 generation = m_generation;
    Flow *flow = m_flow.get();
    postForm(m_network, m_metadata->tokenEndpoint,
             {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("redirect_uri"), m_flow->redirectUri},
              {QStringLiteral("client_id"), m_config.clientId},
              {QStringLiteral("code_verifier"), QString::fromLatin1(m_flow->verifier)}},
             m_config.requestTimeoutMs, this, [this, generation, flow](const HttpAnswer &answer) {
                 if (generation != m_generation || m_flow.get() != flow)
                     return; // cancelled or signed out meanwhile
                 const auto tokens = tokenAnswer(answer);
                 if (!tokens || tokens->refreshToken.isEmpty()) {
                     qCWarning(lcAuth) << "code exchange failed, HTTP" << answer.status << answer.oauthError;
                     abortBrowserFlow(answer.reachedServer() ? SessionError::ServerError
                                                             : SessionError::ServerUnreachable);
                     return;
                 }
                 const TokenAnswer received = *tokens;
                 fetchAccountId(received.accessToken,
                                [this, generation, flow, received](SessionError error, const QString &accountId) {
                                    if (generation != m_generation || m_flow.get() != flow)
                                        return;
                                    if (error != SessionError::None) {
                                        revoke(received.refreshToken, [] {});
                                        abortBrowserFlow(error);
                                        return;
                                    }
                                    finishBrowserFlow(received, accountId);
                                });
             });
}

void SsoSession::fetchAccountId(const QByteArray &accessToken, std::function<void(SessionError, QString)> done)
{
    getJson(m_network, m_config.accountUrl, accessToken, m_config.requestTimeoutMs, this,
            [done = std::move(done)](const HttpAnswer &answer) {
                const QString id = answer.json ? answer.json->value(QLatin1String("id")).toString() : QString();
                if (!answer.reachedServer())
                    done(SessionError::ServerUnreachable, {});
                else if (answer.status != 200 || id.isEmpty())
                    done(SessionError::ServerError, {});
                else
                    done(SessionError::None, id);
            });
}

void SsoSession::finishBrowserFlow(const TokenAnswer &tokens, const QString &accountId)
{
    const bool stepUp = m_flow->stepUp;
    m_flow.reset();
    const quint64 generation = m_generation;
    if (stepUp && accountId != m_accountId) {
        // Someone else signed in in the browser: their tokens must not replace (or outlive) this session.
        qCWarning(lcAuth) << "step-up signed in another account; keeping the current session";
        revoke(tokens.refreshToken, [] {});
        m_error = SessionError::WrongAccount;
        emit errorOccurred(SessionError::WrongAccount);
        emit stepUpFinished(false);
        return;
    }
    const QByteArray previousRefreshToken = stepUp ? m_refreshToken : QByteArray();
    m_accountId = accountId;
    m_refreshToken = tokens.refreshToken;
    const QByteArray accessToken = tokens.accessToken;
    storeRefreshToken([this, generation, stepUp, accessToken, previousRefreshToken] {
        if (generation != m_generation)
            return;
        m_accessToken = accessToken;
        if (stepUp) {
            // The step-up started a new server session; the previous one is no longer used by anyone.
            revoke(previousRefreshToken, [] {});
            emit stepUpFinished(true);
        } else {
            m_error = SessionError::None;
            setState(SessionState::SignedIn);
            emit signedIn(m_accountId);
        }
    });
}

} // namespace facturos::auth
