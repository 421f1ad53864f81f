#include "ssobrowser.h"

#include "providerconsent.h"

#include "core/form.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

namespace facturos::test {

namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(name));
    const auto match = re.match(tag);
    return match.hasMatch() ? htmlUnescape(match.captured(1)) : QString();
}

} // namespace

bool CallbackRequest::has(const QString &name) const
{
    for (const auto &pair : parameters) {
        if (pair.first == name)
            return true;
    }
    return false;
}

QString CallbackRequest::value(const QString &name) const
{
    for (const auto &pair : parameters) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

SsoBrowser::SsoBrowser(const QUrl &server, const QHostAddress &loopback) : m_server(server)
{
    QObject::connect(&m_listener, &QTcpServer::newConnection, &m_listener, [this] { acceptCallback(); });
    m_listener.listen(loopback, 0);
    startAttempt();
}

SsoBrowser::~SsoBrowser() = default;

void SsoBrowser::startAttempt()
{
    m_verifier = randomBase64Url(32); // 43 characters, the RFC 7636 minimum, 256 bits
    m_state = QString::fromLatin1(randomBase64Url(16));
}

QByteArray SsoBrowser::codeChallenge() const
{
    // Computed here rather than with the server's helper, so a bug there cannot hide itself.
    return QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString SsoBrowser::redirectUri() const
{
    const QHostAddress address = m_listener.serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("http://%1:%2/callback").arg(host).arg(m_listener.serverPort());
}

QUrl SsoBrowser::endpoint(const QString &path) const
{
    QUrl url = m_server;
    url.setPath(path);
    return url;
}

FormParams SsoBrowser::applyOverrides(FormParams params, const FormParams &overrides)
{
    for (const auto &[name, value] : overrides) {
        params.erase(std::remove_if(params.begin(), params.end(), [&](const auto &p) { return p.first == name; }),
                     params.end());
        if (!value.isNull())
            params.append({name, value});
    }
    return params;
}

FormParams SsoBrowser::authorizeParameters(const FormParams &overrides) const
{
    return applyOverrides({{QStringLiteral("response_type"), QStringLiteral("code")},
                           {QStringLiteral("client_id"), kClientId},
                           {QStringLiteral("redirect_uri"), redirectUri()},
                           {QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge())},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                           {QStringLiteral("state"), m_state}},
                          overrides);
}

QUrl SsoBrowser::authorizeUrl(const FormParams &overrides) const
{
    QUrl url = endpoint(QStringLiteral("/oauth/authorize"));
    url.setQuery(QString::fromLatin1(encodeForm(authorizeParameters(overrides))), QUrl::StrictMode);
    return url;
}

Headers SsoBrowser::browserHeaders() const
{
    Headers headers;
    if (!m_acceptLanguage.isEmpty())
        headers.append({QByteArray("Accept-Language"), m_acceptLanguage});
    headers.append({QByteArray("User-Agent"), m_userAgent});
    return headers;
}

HttpResult SsoBrowser::openAuthorize(const FormParams &overrides)
{
    return m_http.send("GET", authorizeUrl(overrides), browserHeaders());
}

std::optional<LoginForm> SsoBrowser::parseLoginForm(const QByteArray &html, const QUrl &pageUrl)
{
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression formRe(QStringLiteral("<form\\b[^>]*>(.*?)</form>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto form = formRe.match(text);
    if (!form.hasMatch())
        return std::nullopt;
    const QString openTag = form.captured(0).left(form.captured(0).indexOf(QLatin1Char('>')) + 1);
    LoginForm result;
    result.method = attribute(openTag, QStringLiteral("method")).toUpper();
    result.action = pageUrl.resolved(QUrl(attribute(openTag, QStringLiteral("action"))));
    static const QRegularExpression inputRe(QStringLiteral("<input\\b[^>]*>"));
    for (auto it = inputRe.globalMatch(form.captured(1)); it.hasNext();) {
        const QString tag = it.next().captured(0);
        if (attribute(tag, QStringLiteral("type")) == QLatin1String("hidden"))
            result.hiddenFields.append(
                {attribute(tag, QStringLiteral("name")), attribute(tag, QStringLiteral("value"))});
    }
    return result;
}

HttpResult SsoBrowser::postForm(const QUrl &url, const FormParams &fields, const Headers &extraHeaders)
{
    Headers headers = extraHeaders;
    headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    return m_http.send("POST", url, headers, encodeForm(fields));
}

HttpResult SsoBrowser::submitLogin(const LoginForm &form, const QString &email, const QString &password,
                                   const FormParams &extra)
{
    FormParams fields = form.hiddenFields;
    fields.append({QStringLiteral("email"), email});
    fields.append({QStringLiteral("password"), password});
    return postForm(form.action, applyOverrides(fields, extra), browserHeaders());
}

void SsoBrowser::acceptCallback()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto head = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
            // Only the request head matters; answer once it is complete, as a desktop app's listener would.
            *head += socket->readAll();
            if (!head->contains("\r\n\r\n"))
                return;
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // answered once
            const QByteArray requestLine = head->left(head->indexOf("\r\n"));
            CallbackRequest request;
            request.requestLine = requestLine;
            const QByteArray target = requestLine.split(' ').value(1);
            const qsizetype question = target.indexOf('?');
            request.path = QString::fromUtf8(question < 0 ? target : target.left(question));
            if (question >= 0)
                request.parameters = parseForm(target.mid(question + 1));
            m_callbacks.append(request);
            const QByteArray body = "<!DOCTYPE html><html lang=\"en\"><title>Facturos</title>"
                                    "<p>You can close this window and return to Facturos.</p></html>";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

std::optional<CallbackRequest> SsoBrowser::followRedirect(const HttpResult &response)
{
    if (response.status < 301 || response.status > 308)
        return std::nullopt;
    const QUrl location(QString::fromUtf8(response.header("Location")), QUrl::StrictMode);
    const QUrl listener(redirectUri());
    // A real browser would follow anywhere; the test browser only talks to its own listener, so a redirect to
    // somewhere else is reported rather than sent.
    if (!location.isValid() || location.scheme() != listener.scheme() || location.host() != listener.host() ||
        location.port() != listener.port())
        return std::nullopt;
    const qsizetype before = m_callbacks.size();
    const HttpResult result = m_http.send("GET", location, browserHeaders());
    if (result.status != 200 || m_callbacks.size() == before)
        return std::nullopt;
    return m_callbacks.constLast();
}

QString SsoBrowser::authorize(const QString &email, const QString &password, const FormParams &authorizeOverrides,
                              QString *failure)
{
    auto fail = [failure](const QString &why) {
        if (failure)
            *failure = why;
        return QString();
    };
    const QUrl pageUrl = authorizeUrl(authorizeOverrides);
    const HttpResult page = m_http.send("GET", pageUrl, browserHeaders());
    if (page.status != 200)
        return fail(QStringLiteral("authorize page: HTTP %1 %2").arg(page.status).arg(page.networkError));
    const auto form = parseLoginForm(page.body, pageUrl);
    if (!form)
        return fail(QStringLiteral("authorize page has no form"));
    const HttpResult submitted = submitLogin(*form, email, password);
    if (submitted.status != 302)
        return fail(QStringLiteral("login: HTTP %1 instead of a redirect").arg(submitted.status));
    const auto callback = followRedirect(submitted);
    if (!callback)
        return fail(QStringLiteral("redirect did not reach the loopback listener: %1")
                        .arg(QString::fromUtf8(submitted.header("Location"))));
    if (callback->value(QStringLiteral("state")) != m_state)
        return fail(QStringLiteral("state mismatch"));
    if (callback->has(QStringLiteral("error")))
        return fail(QStringLiteral("authorization error: %1").arg(callback->value(QStringLiteral("error"))));
    const QString code = callback->value(QStringLiteral("code"));
    return code.isEmpty() ? fail(QStringLiteral("no code in the redirect")) : code;
}

TokenResponse SsoBrowser::parseTokenResponse(const HttpResult &result)
{
    TokenResponse response;
    response.http = result;
    const QJsonObject json = result.json();
    if (result.status == 200) {
        response.tokens.accessToken = json.value(QStringLiteral("access_token")).toString().toLatin1();
        response.tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString().toLatin1();
        response.tokens.tokenType = json.value(QStringLiteral("token_type")).toString();
        response.tokens.expiresIn = json.value(QStringLiteral("expires_in")).toInt();
    } else {
        response.error = json.value(QStringLiteral("error")).toString();
    }
    return response;
}

TokenResponse SsoBrowser::exchangeCode(const QString &code, const FormParams &overrides)
{
    const FormParams fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), redirectUri()},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}};
    return parseTokenResponse(postForm(endpoint(QStringLiteral("/oauth/token")), applyOverrides(fields, overrides)));
}

TokenResponse SsoBrowser::refresh(const QByteArray &refreshToken, const FormParams &overrides)
{
    const FormParams fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                            {QStringLiteral("client_id"), kClientId}};
    return parseTokenResponse(postForm(endpoint(QStringLiteral("/oauth/token")), applyOverrides(fields, overrides)));
}

HttpResult SsoBrowser::revoke(const QByteArray &token, const QString &tokenTypeHint)
{
    FormParams fields{{QStringLiteral("token"), QString::fromLatin1(token)}, {QStringLiteral("client_id"), kClientId}};
    if (!tokenTypeHint.isEmpty())
        fields.append({QStringLiteral("token_type_hint"), tokenTypeHint});
    return postForm(endpoint(QStringLiteral("/oauth/revoke")), fields);
}

std::optional<SsoTokens> SsoBrowser::signIn(const QString &email, const QString &password,
                                            const FormParams &authorizeOverrides, QString *failure)
{
    startAttempt();
    const QString code = authorize(email, password, authorizeOverrides, failure);
    if (code.isEmpty())
        return std::nullopt;
    const TokenResponse response = exchangeCode(code);
    if (!response.ok()) {
        if (failure)
            *failure = QStringLiteral("token endpoint: HTTP %1 %2").arg(response.http.status).arg(response.error);
        return std::nullopt;
    }
    return response.tokens;
}

} // namespace facturos::test
