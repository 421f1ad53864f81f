#include "server/gmailprovider.h"

#include "core/json.h"
#include "core/mailbox.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcMailProvider, "facturos.server.mailprovider", QtInfoMsg)

namespace facturos::server {

namespace {

constexpr int kTransferTimeoutMs = 10000;

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setTransferTimeout(kTransferTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QNetworkReply *postForm(QNetworkAccessManager &nam, const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return nam.post(r, form(fields));
}

} // namespace

GmailProvider::GmailProvider(std::function<MailProviderEndpoints()> endpoints, QObject *parent)
    : QObject(parent), m_endpoints(std::move(endpoints))
{}

bool GmailProvider::isConfigured() const
{
    const MailProviderEndpoints e = m_endpoints();
    return !e.clientId.isEmpty() && e.authorize.isValid() && e.token.isValid();
}

QUrl GmailProvider::consentUrl(const QByteArray &state, const QByteArray &codeChallenge, const QUrl &redirectUri,
                               const QString &loginHint) const
{
    const MailProviderEndpoints e = m_endpoints();
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), e.clientId},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), kGmailScope},
        {QStringLiteral("state"), QString::fromLatin1(state)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        // A refresh token is only handed out for offline access, and again on re-consent.
        {QStringLiteral("access_type"), QStringLiteral("offline")},
        {QStringLiteral("prompt"), QStringLiteral("consent")},
    };
    if (!loginHint.isEmpty())
        fields.append({QStringLiteral("login_hint"), loginHint});
    QUrl url = e.authorize;
    const QString existing = url.query(QUrl::FullyEncoded);
    const QString added = QString::fromLatin1(form(fields));
    url.setQuery(existing.isEmpty() ? added : existing + QLatin1Char('&') + added, QUrl::StrictMode);
    return url;
}

void GmailProvider::exchangeCode(const QByteArray &code, const QByteArray &verifier, const QUrl &redirectUri,
                                 std::function<void(const ProviderTokens &)> done)
{
    const MailProviderEndpoints e = m_endpoints();
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), QString::fromLatin1(code)},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), e.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
    };
    if (!e.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), e.clientSecret});
    QNetworkReply *reply = postForm(m_nam, e.token, fields);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        ProviderTokens tokens;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto json = parseJsonObject(reply->readAll());
        if (status == 0) {
            tokens.error = QStringLiteral("unreachable");
        } else if (status != 200 || !json) {
            tokens.error = json ? json->value(QStringLiteral("error")).toString(QStringLiteral("malformed"))
                                : QStringLiteral("malformed");
        } else {
            tokens.accessToken = json->value(QStringLiteral("access_token")).toString().toUtf8();
            const QByteArray refresh = json->value(QStringLiteral("refresh_token")).toString().toUtf8();
            tokens.token = refresh.isEmpty() ? tokens.accessToken : refresh;
            tokens.scopes = json->value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            tokens.ok = !tokens.token.isEmpty() && !tokens.accessToken.isEmpty();
            if (!tokens.ok)
                tokens.error = QStringLiteral("malformed");
        }
        if (!tokens.ok)
            qCInfo(lcMailProvider) << "code exchange failed:" << tokens.error;
        done(tokens);
    });
}

void GmailProvider::fetchAddress(const QByteArray &accessToken, std::function<void(const QString &)> done)
{
    QNetworkRequest r = request(m_endpoints().profile);
    r.setRawHeader("Authorization", "Bearer " + accessToken);
    QNetworkReply *reply = m_nam.get(r);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto json = parseJsonObject(reply->readAll());
        done(status == 200 && json ? json->value(QStringLiteral("emailAddress")).toString() : QString());
    });
}

void GmailProvider::revoke(const QByteArray &token, std::function<void(RevokeOutcome, const QString &)> done)
{
    QNetworkReply *reply = postForm(m_nam, m_endpoints().revoke, {{QStringLiteral("token"), QString::fromUtf8(token)}});
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Google answers 400 invalid_token for a token that is already dead: nothing is left to revoke.
        if (status == 200 || status == 400) {
            done(RevokeOutcome::Revoked, {});
            return;
        }
        const QString error = status == 0 ? QStringLiteral("unreachable") : QStringLiteral("http_%1").arg(status);
        qCInfo(lcMailProvider) << "revocation failed:" << error;
        done(RevokeOutcome::Transient, error);
    });
}

} // namespace facturos::server
