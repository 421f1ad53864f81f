#include "server/authorizerequest.h"

#include "server/servercontext.h"

#include <QRegularExpression>
#include <QUrl>

namespace facturos::server {

namespace {

constexpr int kMaxStateLength = 1024;
constexpr int kMaxHintLength = 254;

AuthorizeError pageError(const QString &description)
{
    return AuthorizeError{true, QStringLiteral("invalid_request"), description};
}

AuthorizeError redirectError(const QString &error, const QString &description)
{
    return AuthorizeError{false, error, description};
}

} // namespace

std::optional<QString> singleValue(const FormFields &fields, const QString &name, bool *duplicate)
{
    std::optional<QString> found;
    for (const auto &[key, value] : fields) {
        if (key != name)
            continue;
        if (found)
            *duplicate = true;
        found = value;
    }
    return found;
}

bool isLoopbackRedirectUri(const QString &uri)
{
    // Matched on the raw text rather than on QUrl's lenient parse, so that tricks such as
    // "http://127.0.0.1:80@evil.example/", "http://127.0.0.1.evil.example:80/" or a backslash never pass.
    static const QRegularExpression loopback(
        QStringLiteral(R"(^http://(?:127\.0\.0\.1|\[::1\]):([0-9]{1,5})(/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)$)"));
    const auto match = loopback.match(uri);
    if (!match.hasMatch())
        return false;
    const int port = match.captured(1).toInt();
    return port >= 1 && port <= 65535;
}

FormFields AuthorizeRequest::formFields() const
{
    FormFields fields{{QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("client_id"), clientId},
                      {QStringLiteral("redirect_uri"), redirectUri},
                      {QStringLiteral("code_challenge"), codeChallenge},
                      {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (!state.isEmpty())
        fields.append({QStringLiteral("state"), state});
    if (!uiLocales.isEmpty())
        fields.append({QStringLiteral("ui_locales"), uiLocales});
    if (!prompt.isEmpty())
        fields.append({QStringLiteral("prompt"), prompt});
    if (maxAge)
        fields.append({QStringLiteral("max_age"), QString::number(*maxAge)});
    return fields;
}

AuthorizeValidation validateAuthorizeRequest(const FormFields &fields)
{
    AuthorizeValidation result;
    AuthorizeRequest &request = result.request;
    bool duplicate = false;
    auto value = [&](const char *name) {
        bool dup = false;
        auto v = singleValue(fields, QLatin1String(name), &dup);
        duplicate = duplicate || dup;
        return v;
    };

    // Client and redirect URI first: until both are trusted, nothing may be redirected.
    bool dupClient = false, dupRedirect = false;
    const auto clientId = singleValue(fields, QStringLiteral("client_id"), &dupClient);
    const auto redirectUri = singleValue(fields, QStringLiteral("redirect_uri"), &dupRedirect);
    if (!clientId || dupClient || *clientId != QLatin1String(kDesktopClientId)) {
        result.error = AuthorizeError{true, QStringLiteral("invalid_client"), QStringLiteral("unknown client_id")};
        return result;
    }
    if (!redirectUri || dupRedirect || !isLoopbackRedirectUri(*redirectUri)) {
        result.error = pageError(QStringLiteral("redirect_uri must be http://127.0.0.1:PORT/PATH or "
                                                "http://[::1]:PORT/PATH"));
        return result;
    }
    request.clientId = *clientId;
    request.redirectUri = *redirectUri;
    const auto state = value("state");
    if (state && state->size() <= kMaxStateLength)
        request.state = *state;

    const auto responseType = value("response_type");
    const auto challenge = value("code_challenge");
    const auto method = value("code_challenge_method");
    const auto prompt = value("prompt");
    const auto maxAge = value("max_age");
    const auto uiLocales = value("ui_locales");
    const auto loginHint = value("login_hint");
    static const QRegularExpression challengeSyntax(QStringLiteral("^[A-Za-z0-9_-]{43}$"));

    if (duplicate) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("repeated parameter"));
    } else if (state && state->size() > kMaxStateLength) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("state too long"));
    } else if (!responseType) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("response_type missing"));
    } else if (*responseType != QLatin1String("code")) {
        result.error = redirectError(QStringLiteral("unsupported_response_type"), QStringLiteral("only code"));
    } else if (!challenge || challenge->isEmpty()) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("code_challenge required"));
    } else if (!method || *method != QLatin1String("S256")) {
        result.error =
            redirectError(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));
    } else if (!challengeSyntax.match(*challenge).hasMatch()) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("malformed code_challenge"));
    } else if (prompt && *prompt == QLatin1String("none")) {
        // No browser session is kept, so a sign-in without showing the form is never possible.
        result.error = redirectError(QStringLiteral("login_required"), QStringLiteral("prompt=none"));
    } else if (prompt && !prompt->isEmpty() && *prompt != QLatin1String("login")) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("unsupported prompt"));
    } else if (maxAge && (maxAge->isEmpty() || maxAge->size() > 10 ||
                          !QRegularExpression(QStringLiteral("^[0-9]+$")).match(*maxAge).hasMatch())) {
        result.error = redirectError(QStringLiteral("invalid_request"), QStringLiteral("malformed max_age"));
    }
    if (result.error)
        return result;

    request.codeChallenge = *challenge;
    request.prompt = prompt.value_or(QString());
    if (maxAge)
        request.maxAge = maxAge->toLongLong();
    request.uiLocales = uiLocales.value_or(QString()).left(64);
    request.loginHint = loginHint.value_or(QString()).left(kMaxHintLength);
    return result;
}

} // namespace facturos::server
