#include "auth/authhttp.h"

#include "core/json.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace facturos::auth {

namespace {

QNetworkRequest makeRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    // A redirect from the token endpoint would carry the code or refresh token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void whenFinished(QNetworkReply *reply, QObject *context, std::function<void(const HttpAnswer &)> done)
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (answer.status != 0) {
            answer.json = parseJsonObject(body);
            if (answer.json)
                answer.oauthError = answer.json->value(QLatin1String("error")).toString();
        }
        done(answer);
    });
}

} // namespace

void postForm(QNetworkAccessManager &network, const QUrl &url, const FormFields &fields, int timeoutMs,
              QObject *context, std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest request = makeRequest(url, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    whenFinished(network.post(request, encodeForm(fields)), context, std::move(done));
}

void getJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &bearer, int timeoutMs, QObject *context,
             std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest request = makeRequest(url, timeoutMs);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    whenFinished(network.get(request), context, std::move(done));
}

std::optional<TokenAnswer> tokenAnswer(const HttpAnswer &answer)
{
    if (answer.status != 200 || !answer.json)
        return std::nullopt;
    const QJsonObject &json = *answer.json;
    TokenAnswer tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString().toLatin1();
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString().toLatin1();
    tokens.expiresIn = json.value(QLatin1String("expires_in")).toInt();
    if (tokens.accessToken.isEmpty() ||
        json.value(QLatin1String("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return tokens;
}

} // namespace facturos::auth
