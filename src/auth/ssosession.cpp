#include "auth/ssosession.h"

#include "auth/authhttp.h"
#include "auth/authlog.h"
#include "auth/loopbacklistener.h"
#include "auth/servermetadata.h"
#include "auth/ssosessionflow.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace facturos::auth {

namespace {

const QString kIssuerKey = QStringLiteral("auth/lastIssuer");
const QString kAccountKey = QStringLiteral("auth/lastAccountId");
// A keychain call slower than this already waited for a D-Bus timeout: retrying would only wait again.
constexpr qint64 kSlowKeychainMs = 5000;

} // namespace

const char *toCode(SessionState state)
{
    switch (state) {
    case SessionState::SignedOut:
        return "signed_out";
    case SessionState::Restoring:
        return "restoring";
    case SessionState::SigningIn:
        return "signing_in";
    case SessionState::SignedIn:
        return "signed_in";
    case SessionState::Refreshing:
        return "refreshing";
    case SessionState::KeyringLocked:
        return "keyring_locked";
    case SessionState::Error:
        return "error";
    }
    return "error";
}

const char *toCode(SessionError error)
{
    switch (error) {
    case SessionError::None:
        return "none";
    case SessionError::ServerUnreachable:
        return "server_unreachable";
    case SessionError::ServerError:
        return "server_error";
    case SessionError::InvalidMetadata:
        return "invalid_metadata";
    case SessionError::Cancelled:
        return "cancelled";
    case SessionError::TimedOut:
        return "timed_out";
    case SessionError::AuthorizationDenied:
        return "authorization_denied";
    case SessionError::ListenerFailed:
        return "listener_failed";
    case SessionError::SessionExpired:
        return "session_expired";
    case SessionError::WrongAccount:
        return "wrong_account";
    case SessionError::KeyringLocked:
        return "keyring_locked";
    case SessionError::KeyringUnavailable:
        return "keyring_unavailable";
    }
    return "server_error";
}

SsoSession::SsoSession(SsoConfig config, QNetworkAccessManager &network, TokenStore &store, UrlOpener &opener,
                       QSettings &settings, QObject *parent)
    : api::AccessTokenSource(parent), m_config(std::move(config)), m_network(network), m_store(store), m_opener(opener),
      m_settings(settings)
{
    qRegisterMetaType<SessionState>();
    qRegisterMetaType<SessionError>();
    if (m_config.accountUrl.isEmpty()) {
        m_config.accountUrl = m_config.issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        QString path = m_config.accountUrl.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        m_config.accountUrl.setPath(path + QStringLiteral("/v1/account"));
    }
}

SsoSession::~SsoSession() = default;

void SsoSession::setState(SessionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SsoSession::fail(SessionError error)
{
    qCInfo(lcAuth) << "session error:" << toCode(error);
    m_error = error;
    setState(SessionState::Error);
    emit errorOccurred(error);
}

QString SsoSession::refreshTokenKey(const QUrl &issuer, const QString &accountId)
{
    return QStringLiteral("refresh_token:%1:%2").arg(normalizedIssuer(issuer), accountId);
}

QString SsoSession::storeKey(const QString &accountId) const
{
    return refreshTokenKey(m_config.issuer, accountId);
}

void SsoSession::discover(std::function<void()> then, std::function<void(SessionError)> failed)
{
    if (m_metadata) {
        then();
        return;
    }
    m_discoveryWaiters.emplace_back(std::move(then), std::move(failed));
    if (m_discoveryWaiters.size() > 1)
        return; // already asked
    getJson(m_network, metadataUrlFor(m_config.issuer), {}, m_config.requestTimeoutMs, this,
            [this](const HttpAnswer &answer) {
                const auto waiters = std::exchange(m_discoveryWaiters, {});
                SessionError error = SessionError::ServerUnreachable;
                if (answer.reachedServer()) {
                    QString why = QStringLiteral("HTTP %1 or not JSON").arg(answer.status);
                    const auto metadata = answer.status == 200 && answer.json
                                              ? parseServerMetadata(*answer.json, m_config.issuer, &why)
                                              : std::nullopt;
                    if (metadata)
                        m_metadata = std::make_unique<ServerMetadata>(*metadata);
                    else
                        qCWarning(lcAuth) << "authorization server metadata refused:" << why;
                    error = SessionError::InvalidMetadata;
                }
                for (const auto &[then, failed] : waiters) {
                    if (m_metadata)
                        then();
                    else
                        failed(error);
                }
            });
}

void SsoSession::restoreSession()
{
    if (m_flow || m_restoring || m_state == SessionState::SignedIn || m_state == SessionState::Refreshing)
        return;
    if (!m_refreshToken.isEmpty()) {
        // An earlier restore read the token but could not reach the server: only the refresh is missing.
        m_restoring = true;
        setState(SessionState::Restoring);
        runRefresh();
        return;
    }
    const QString issuer = m_settings.value(kIssuerKey).toString();
    const QString account = m_settings.value(kAccountKey).toString();
    if (issuer != normalizedIssuer(m_config.issuer) || account.isEmpty()) {
        setState(SessionState::SignedOut);
        return;
    }
    m_accountId = account;
    m_restoring = true;
    setState(SessionState::Restoring);
    // The metadata is read while the keyring answers: the refresh then needs a single round trip.
    discover([] {}, [](SessionError) {});
    readStoredToken(0);
}

void SsoSession::readStoredToken(int attempt)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const quint64 generation = m_generation;
    m_store.readSecret(
        storeKey(m_accountId), this,
        [this, attempt, timer, generation](TokenStoreStatus status, const QByteArray &secret) {
            if (generation != m_generation)
                return;
            switch (status) {
            case TokenStoreStatus::Ok:
                m_refreshToken = secret;
                runRefresh();
                return;
            case TokenStoreStatus::NotFound:
                m_restoring = false;
                m_accountId.clear();
                setState(SessionState::SignedOut);
                return;
            case TokenStoreStatus::Locked:
                m_restoring = false;
                m_error = SessionError::KeyringLocked;
                setState(SessionState::KeyringLocked);
                emit errorOccurred(SessionError::KeyringLocked);
                return;
            case TokenStoreStatus::NoBackend:
            case TokenStoreStatus::Failed:
                // At login the keyring daemon may not be up yet: try again shortly before giving up.
                if (attempt < m_config.restoreRetryDelaysMs.size() && timer->elapsed() < kSlowKeychainMs) {
                    QTimer::singleShot(m_config.restoreRetryDelaysMs.at(attempt), this, [this, attempt, generation] {
                        if (generation == m_generation)
                            readStoredToken(attempt + 1);
                    });
                    return;
                }
                m_restoring = false;
                m_accountId.clear();
                m_noBackend = status == TokenStoreStatus::NoBackend;
                m_memoryOnly = true;
                m_error = SessionError::KeyringUnavailable;
                setState(SessionState::SignedOut);
                emit memoryOnlyChanged(true);
                emit errorOccurred(SessionError::KeyringUnavailable);
                return;
            }
        });
}

void SsoSession::requestRefresh()
{
    if (m_refreshing)
        return; // the answer of the refresh in flight serves this caller too
    if (m_refreshToken.isEmpty() || m_restoring) {
        QTimer::singleShot(0, this, [this] { emit refreshFailed(m_refreshToken.isEmpty()); });
        return;
    }
    // After a silent sign-in that found the server unreachable, this refresh finishes that sign-in.
    m_restoring = m_state == SessionState::Error;
    setState(m_restoring ? SessionState::Restoring : SessionState::Refreshing);
    runRefresh();
}

void SsoSession::runRefresh()
{
    m_refreshing = true;
    const quint64 generation = m_generation;
    auto failed = [this, generation](SessionError error) {
        if (generation != m_generation)
            return;
        HttpAnswer none; // handled like a failed refresh that never reached the token endpoint
        none.status = error == SessionError::ServerUnreachable ? 0 : 500;
        refreshAnswered(none);
    };
    discover(
        [this, generation, failed] {
            if (generation != m_generation)
                return;
            postForm(m_network, m_metadata->tokenEndpoint,
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                      {QStringLiteral("client_id"), m_config.clientId}},
                     m_config.requestTimeoutMs, this, [this, generation](const HttpAnswer &answer) {
                         if (generation == m_generation)
                             refreshAnswered(answer);
                     });
        },
        failed);
}

void SsoSession::refreshAnswered(const HttpAnswer &answer)
{
    const bool restoring = m_restoring;
    const auto tokens = tokenAnswer(answer);
    if (tokens) {
        // Rotation: the old refresh token is dead on the server now, so the new one must be on disk before
        // anything can lead to the next refresh (a handed-out access token expiring, or the app quitting).
        if (!tokens->refreshToken.isEmpty())
            m_refreshToken = tokens->refreshToken;
        // The access token serves at once (a silent sign-in shows the account without waiting for the keyring);
        // the next refresh waits until the rotated token is stored: m_refreshing stays set until then, and a
        // caller asking for one meanwhile is served by refreshed().
        m_accessToken = tokens->accessToken;
        m_restoring = false;
        setState(SessionState::SignedIn);
        if (restoring)
            emit signedIn(m_accountId);
        storeRefreshToken([this] {
            m_refreshing = false;
            emit refreshed();
        });
        return;
    }
    m_refreshing = false;
    m_restoring = false;
    if (answer.oauthError == QLatin1String("invalid_grant")) {
        // Revoked, expired or reused elsewhere: sign out cleanly; the stored token is worthless now.
        qCInfo(lcAuth) << "refresh token refused: signing out";
        const QString key = storeKey(m_accountId);
        ++m_generation;
        m_accessToken.clear();
        m_refreshToken.clear();
        m_accountId.clear();
        clearPointer();
        m_store.deleteSecret(key, this, [](TokenStoreStatus) {});
        m_error = SessionError::SessionExpired;
        setState(SessionState::SignedOut);
        emit errorOccurred(SessionError::SessionExpired);
        emit refreshFailed(true);
        emit signedOut();
        return;
    }
    // Offline or a server hiccup: keep the refresh token, a later request tries again.
    const SessionError error = answer.reachedServer() ? SessionError::ServerError : SessionError::ServerUnreachable;
    qCInfo(lcAuth) << "refresh failed, token kept:" << toCode(error);
    if (restoring) {
        fail(error);
    } else {
        m_error = error;
        setState(SessionState::SignedIn);
        emit errorOccurred(error);
    }
    emit refreshFailed(false);
}

void SsoSession::storeRefreshToken(std::function<void()> then)
{
    if (m_noBackend || m_refreshToken.isEmpty()) {
        then();
        return;
    }
    const quint64 generation = m_generation;
    const QString account = m_accountId;
    m_store.writeSecret(storeKey(account), m_refreshToken, this,
                        [this, generation, account, then = std::move(then)](TokenStoreStatus status) {
                            if (generation != m_generation)
                                return;
                            const bool memoryOnly = status != TokenStoreStatus::Ok;
                            if (!memoryOnly) {
                                // Written (and flushed to disk) only when they change, not at every rotation;
                                // read from the file first, which another instance may have changed.
                                const QString issuer = normalizedIssuer(m_config.issuer);
                                m_settings.sync();
                                if (m_settings.value(kIssuerKey).toString() != issuer ||
                                    m_settings.value(kAccountKey).toString() != account) {
                                    m_settings.setValue(kIssuerKey, issuer);
                                    m_settings.setValue(kAccountKey, account);
                                    m_settings.sync();
                                }
                            }
                            m_noBackend = status == TokenStoreStatus::NoBackend;
                            const bool changed = memoryOnly != m_memoryOnly;
                            m_memoryOnly = memoryOnly;
                            if (changed)
                                emit memoryOnlyChanged(memoryOnly);
                            if (memoryOnly) {
                                m_error = status == TokenStoreStatus::Locked ? SessionError::KeyringLocked
                                                                             : SessionError::KeyringUnavailable;
                                emit errorOccurred(m_error);
                            }
                            then();
                        });
}

void SsoSession::revoke(const QByteArray &token, std::function<void()> then)
{
    if (token.isEmpty() || !m_metadata || m_metadata->revocationEndpoint.isEmpty()) {
        then();
        return;
    }
    postForm(m_network, m_metadata->revocationEndpoint,
             {{QStringLiteral("token"), QString::fromLatin1(token)},
              {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
              {QStringLiteral("client_id"), m_config.clientId}},
             m_config.requestTimeoutMs, this, [then = std::move(then)](const HttpAnswer &answer) {
                 if (answer.status != 200)
                     qCInfo(lcAuth) << "revocation not confirmed, HTTP" << answer.status;
                 then();
             });
}

void SsoSession::clearPointer()
{
    m_settings.remove(kIssuerKey);
    m_settings.remove(kAccountKey);
    m_settings.sync();
}

void SsoSession::signOut()
{
    if (m_flow)
        abortBrowserFlow(SessionError::Cancelled);
    ++m_generation; // answers of refreshes or step-ups still in flight belong to the old session
    const QByteArray refreshToken = m_refreshToken;
    const QString key = m_accountId.isEmpty() ? QString() : storeKey(m_accountId);
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accountId.clear();
    m_refreshing = false;
    m_restoring = false;
    m_error = SessionError::None;
    clearPointer();
    setState(SessionState::SignedOut);

    // signedOut() once the entry is deleted and the revocation was tried, whatever their outcome.
    auto pending = std::make_shared<int>(2);
    auto oneDone = [this, pending] {
        if (--*pending == 0)
            emit signedOut();
    };
    if (key.isEmpty())
        QTimer::singleShot(0, this, oneDone);
    else
        m_store.deleteSecret(key, this, [oneDone](TokenStoreStatus) { oneDone(); });
    if (refreshToken.isEmpty())
        QTimer::singleShot(0, this, oneDone);
    else
        discover([this, refreshToken, oneDone] { revoke(refreshToken, oneDone); },
                 [oneDone](SessionError) { oneDone(); });
}

} // namespace facturos::auth
