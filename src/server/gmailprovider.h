#pragma once
// The OAuth client side of "Connect Gmail": builds the provider's consent URL (PKCE S256, state, the full
// mailbox scope), exchanges the code for tokens, reads the connected address, and revokes a token. Every
// call is asynchronous with a transfer timeout; the endpoints are configuration (Google in production, the
// development stand-in in tests and demos).

#include <functional>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace facturos::server {

struct MailProviderEndpoints
{
    QUrl authorize;
    QUrl token;
    QUrl revoke;
    QUrl profile;
    QString clientId;
    QString clientSecret; // may be empty (public client)
};

struct ProviderTokens
{
    bool ok = false;
    QString error;    // a short machine word when !ok: "invalid_grant", "unreachable", "malformed"…
    QByteArray token; // the refresh token (the access token when the provider gave no refresh token)
    QByteArray accessToken;
    QStringList scopes;
};

enum class RevokeOutcome {
    Revoked,  // the provider confirmed, or said the token is already invalid
    Transient // unreachable, timeout, 5xx: try again later
};

class GmailProvider : public QObject
{
    Q_OBJECT
public:
    // `endpoints` is asked for on each call: the development provider's URLs depend on where we listen.
    explicit GmailProvider(std::function<MailProviderEndpoints()> endpoints, QObject *parent = nullptr);

    [[nodiscard]] bool isConfigured() const;
    [[nodiscard]] MailProviderEndpoints endpoints() const { return m_endpoints(); }
    [[nodiscard]] QUrl consentUrl(const QByteArray &state, const QByteArray &codeChallenge, const QUrl &redirectUri,
                                  const QString &loginHint) const;
    void exchangeCode(const QByteArray &code, const QByteArray &verifier, const QUrl &redirectUri,
                      std::function<void(const ProviderTokens &)> done);
    // The mailbox address (Gmail API users/me/profile "emailAddress"), or empty on failure.
    void fetchAddress(const QByteArray &accessToken, std::function<void(const QString &)> done);
    void revoke(const QByteArray &token, std::function<void(RevokeOutcome, const QString &error)> done);

private:
    std::function<MailProviderEndpoints()> m_endpoints;
    QNetworkAccessManager m_nam;
};

} // namespace facturos::server
