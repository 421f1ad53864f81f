#pragma once
// Internal to src/auth: the small HTTP exchanges of the sign-in (form POSTs to the token and revocation
// endpoints, JSON GETs) and how their answers are read.

#include "core/form.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace facturos::auth {

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (network error, timeout)
    std::optional<QJsonObject> json;
    QString oauthError; // RFC 6749 §5.2 "error", when present

    [[nodiscard]] bool reachedServer() const { return status != 0; }
};

// The token endpoint's successful answer.
struct TokenAnswer
{
    QByteArray accessToken;
    QByteArray refreshToken; // may be empty on refresh when the server does not rotate
    int expiresIn = 0;
};

// Never follows redirects, always times out; `done` runs only while `context` lives.
void postForm(QNetworkAccessManager &network, const QUrl &url, const FormFields &fields, int timeoutMs,
              QObject *context, std::function<void(const HttpAnswer &)> done);
void getJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &bearer, int timeoutMs, QObject *context,
             std::function<void(const HttpAnswer &)> done);
// nullopt unless a 200 with access_token and token_type Bearer.
[[nodiscard]] std::optional<TokenAnswer> tokenAnswer(const HttpAnswer &answer);

} // namespace facturos::auth
