#include "auth/servermetadata.h"

#include <QHostAddress>
#include <QJsonArray>

namespace facturos::auth {

QString normalizedIssuer(const QUrl &issuer)
{
    QString text = issuer.toString();
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1); // QUrl keeps the slash of a root path
    return text;
}

QUrl metadataUrlFor(const QUrl &issuer)
{
    QUrl url = issuer.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(); // "" or "/tenant"
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return url;
}

bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

std::optional<ServerMetadata> parseServerMetadata(const QJsonObject &json, const QUrl &expectedIssuer, QString *why)
{
    auto refuse = [why](const QString &reason) -> std::optional<ServerMetadata> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    auto contains = [&json](const char *key, const char *value) {
        const QJsonArray values = json.value(QLatin1String(key)).toArray();
        return values.contains(QJsonValue(QLatin1String(value)));
    };
    ServerMetadata metadata;
    metadata.issuer = json.value(QLatin1String("issuer")).toString();
    // RFC 8414 §3.3: the issuer must be identical to the one the document was fetched for (mix-up defence).
    if (metadata.issuer.isEmpty() || normalizedIssuer(QUrl(metadata.issuer)) != normalizedIssuer(expectedIssuer))
        return refuse(QStringLiteral("issuer mismatch"));
    if (!isAcceptableEndpoint(QUrl(metadata.issuer)))
        return refuse(QStringLiteral("issuer is neither https nor loopback http"));
    const struct
    {
        const char *key;
        QUrl *target;
        bool required;
    } endpoints[] = {{"authorization_endpoint", &metadata.authorizationEndpoint, true},
                     {"token_endpoint", &metadata.tokenEndpoint, true},
                     {"revocation_endpoint", &metadata.revocationEndpoint, false}};
    for (const auto &endpoint : endpoints) {
        const QJsonValue value = json.value(QLatin1String(endpoint.key));
        if (value.isUndefined() && !endpoint.required)
            continue;
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!isAcceptableEndpoint(url))
            return refuse(QStringLiteral("%1 missing or not https").arg(QLatin1String(endpoint.key)));
        *endpoint.target = url;
    }
    if (!contains("code_challenge_methods_supported", "S256"))
        return refuse(QStringLiteral("S256 not supported"));
    if (json.contains(QLatin1String("response_types_supported")) && !contains("response_types_supported", "code"))
        return refuse(QStringLiteral("response type code not supported"));
    metadata.issParameterSupported =
        json.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    // Optional and outside RFC 8414: an unusable value only hides the page, it never blocks the sign-in.
    const QUrl passwordChange(json.value(QLatin1String("password_change_endpoint")).toString(), QUrl::StrictMode);
    if (isAcceptableEndpoint(passwordChange))
        metadata.passwordChangeEndpoint = passwordChange;
    return metadata;
}

} // namespace facturos::auth
