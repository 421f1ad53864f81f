// Every way an authorization or a code exchange must be refused: unknown clients and non-loopback redirect
// URIs (a page, never a redirect), PKCE missing, weakened or wrong, codes replayed, expired or presented by
// another redirect URI or client.
#include "server/authorizerequest.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/tokenservice.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::server;
using namespace facturos::test;
using namespace Qt::StringLiterals;

namespace {

// The authorization error the server redirected back with, after really following the redirect.
QString redirectedError(SsoBrowser &browser, const HttpResult &result, QString *state = nullptr)
{
    const auto callback = browser.followRedirect(result);
    if (!callback)
        return u"(no redirect to the listener)"_s;
    if (state)
        *state = callback->value(u"state"_s);
    return callback->has(u"code"_s) ? u"(a code!)"_s : callback->value(u"error"_s);
}

} // namespace

class TestSsoRefusals : public QObject
{
    Q_OBJECT
private slots:
    void unknownClientGetsAPageNotARedirect_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::newRow("other client") << u"evil-app"_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("missing") << QString();
    }

    void unknownClientGetsAPageNotARedirect()
    {
        QFETCH(QString, clientId);
        TestServer server;
        SsoBrowser browser(server.url());
        const HttpResult result = browser.openAuthorize({{u"client_id"_s, clientId}});
        QCOMPARE(result.status, 400);
        QVERIFY(result.header("Location").isEmpty());
        QVERIFY(result.header("Content-Type").startsWith("text/html"));
        QVERIFY(result.body.contains("<h1>Cette demande de connexion n’est pas valide</h1>"));
        QVERIFY(!result.body.contains("<form"));
    }

    void nonLoopbackRedirectUriIsRefused_data()
    {
        QTest::addColumn<QString>("pattern"); // PORT is replaced by the listener's port
        QTest::newRow("https") << u"https://127.0.0.1:PORT/callback"_s;
        QTest::newRow("localhost name") << u"http://localhost:PORT/callback"_s;
        QTest::newRow("other loopback address") << u"http://127.0.0.2:PORT/callback"_s;
        QTest::newRow("other host") << u"http://evil.example/callback"_s;
        QTest::newRow("other host with port") << u"http://evil.example:PORT/callback"_s;
        QTest::newRow("loopback as userinfo") << u"http://127.0.0.1:PORT@evil.example/callback"_s;
        QTest::newRow("userinfo") << u"http://user@127.0.0.1:PORT/callback"_s;
        QTest::newRow("loopback as subdomain") << u"http://127.0.0.1.evil.example:PORT/callback"_s;
        QTest::newRow("fragment") << u"http://127.0.0.1:PORT/callback#frag"_s;
        QTest::newRow("query") << u"http://127.0.0.1:PORT/callback?next=http://evil.example"_s;
        QTest::newRow("no port") << u"http://127.0.0.1/callback"_s;
        QTest::newRow("port 0") << u"http://127.0.0.1:0/callback"_s;
        QTest::newRow("port too big") << u"http://127.0.0.1:70000/callback"_s;
        QTest::newRow("no path") << u"http://127.0.0.1:PORT"_s;
        QTest::newRow("backslash") << u"http://127.0.0.1:PORT\\@evil.example/callback"_s;
        QTest::newRow("upper-case scheme") << u"HTTP://127.0.0.1:PORT/callback"_s;
        QTest::newRow("hex address") << u"http://0x7f.0.0.1:PORT/callback"_s;
        QTest::newRow("decimal address") << u"http://2130706433:PORT/callback"_s;
        QTest::newRow("ipv6 userinfo") << u"http://[::1]@evil.example:PORT/callback"_s;
        QTest::newRow("ipv4-mapped ipv6") << u"http://[::ffff:127.0.0.1]:PORT/callback"_s;
        QTest::newRow("custom scheme") << u"com.facturos.desktop:/callback"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("space") << u"http://127.0.0.1:PORT/call back"_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("missing") << QString();
    }

    void nonLoopbackRedirectUriIsRefused()
    {
        QFETCH(QString, pattern);
        TestServer server;
        SsoBrowser browser(server.url());
        const QString port = QString::number(QUrl(browser.redirectUri()).port());
        const QString uri = pattern.isNull() ? QString() : QString(pattern).replace(u"PORT"_s, port);
        const HttpResult page = browser.openAuthorize({{u"redirect_uri"_s, uri}});
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(!page.body.contains("<form"));

        // A browser that tampers with the hidden field after a valid GET gets the same page, and no code.
        const auto form = SsoBrowser::parseLoginForm(browser.openAuthorize().body, browser.authorizeUrl());
        QVERIFY(form);
        const HttpResult posted = browser.submitLogin(*form, kDemoEmail, kDemoPassword, {{u"redirect_uri"_s, uri}});
        QCOMPARE(posted.status, 400);
        QVERIFY(posted.header("Location").isEmpty());
        QCOMPARE(server.server().database().scalar(u"SELECT COUNT(*) FROM auth_codes"_s).toInt(), 0);
        QVERIFY(browser.callbacks().isEmpty());
    }

    void badPkceOrResponseTypeRedirectsWithAnError_data()
    {
        QTest::addColumn<FormParams>("overrides");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing challenge") << FormParams{{u"code_challenge"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("plain method") << FormParams{{u"code_challenge_method"_s, u"plain"_s}} << u"invalid_request"_s;
        QTest::newRow("missing method") << FormParams{{u"code_challenge_method"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("short challenge") << FormParams{{u"code_challenge"_s, u"abc"_s}} << u"invalid_request"_s;
        QTest::newRow("token response") << FormParams{{u"response_type"_s, u"token"_s}}
                                        << u"unsupported_response_type"_s;
        QTest::newRow("prompt none") << FormParams{{u"prompt"_s, u"none"_s}} << u"login_required"_s;
        QTest::newRow("bad max_age") << FormParams{{u"max_age"_s, u"-1"_s}} << u"invalid_request"_s;
        QTest::newRow("repeated state") << FormParams{{u"state"_s, u"x"_s}} << u"invalid_request"_s;
    }

    void badPkceOrResponseTypeRedirectsWithAnError()
    {
        QFETCH(FormParams, overrides);
        QFETCH(QString, error);
        TestServer server;
        SsoBrowser browser(server.url());
        const bool repeated = qstrcmp(QTest::currentDataTag(), "repeated state") == 0;
        FormParams params = SsoBrowser::applyOverrides(browser.authorizeParameters(), overrides);
        if (repeated)
            params.append({u"state"_s, u"y"_s});
        QUrl url = browser.endpoint(u"/oauth/authorize"_s);
        url.setQuery(QString::fromLatin1(encodeForm(params)));
        const HttpResult result = HttpClient().get(url);
        QCOMPARE(result.status, 302);
        QString state;
        QCOMPARE(redirectedError(browser, result, &state), error);
        if (!repeated)
            QCOMPARE(state, browser.state());
    }

    void tamperedFormWithoutChallengeGivesNoCode()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto form = SsoBrowser::parseLoginForm(browser.openAuthorize().body, browser.authorizeUrl());
        QVERIFY(form);
        for (const FormParams &tamper :
             {FormParams{{u"code_challenge"_s, QString()}}, FormParams{{u"code_challenge_method"_s, u"plain"_s}}}) {
            const HttpResult result = browser.submitLogin(*form, kDemoEmail, kDemoPassword, tamper);
            QCOMPARE(redirectedError(browser, result), u"invalid_request"_s);
        }
        QCOMPARE(server.server().database().scalar(u"SELECT COUNT(*) FROM auth_codes"_s).toInt(), 0);
    }

    void wrongOrMissingVerifierIsRefused_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::newRow("another valid verifier") << QString::fromLatin1(crypto::randomToken(32));
        QTest::newRow("the challenge itself") << u"CHALLENGE"_s;
        QTest::newRow("too short") << u"abc"_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("missing") << QString();
    }

    void wrongOrMissingVerifierIsRefused()
    {
        QFETCH(QString, verifier);
        TestServer server;
        SsoBrowser browser(server.url());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        QVERIFY(!code.isEmpty());
        if (verifier == u"CHALLENGE"_s)
            verifier = QString::fromLatin1(browser.codeChallenge());
        const TokenResponse response = browser.exchangeCode(code, {{u"code_verifier"_s, verifier}});
        QCOMPARE(response.http.status, 400);
        QCOMPARE(response.error, u"invalid_grant"_s);
        // The code is spent: the right verifier cannot follow a wrong guess.
        QCOMPARE(browser.exchangeCode(code).error, u"invalid_grant"_s);
    }

    void verifierWithoutChallengeIsRefused()
    {
        // The authorize endpoints never store a code without a challenge; should one exist anyway (an older
        // row, a future bug), a verifier must not unlock it.
        TestServer server;
        const QByteArray code = crypto::randomToken(32);
        const qint64 now = server.clock().now().toSecsSinceEpoch();
        SsoBrowser browser(server.url());
        server.server().database().exec(
            u"INSERT INTO auth_codes (hash, client_id, redirect_uri, challenge, user_id, auth_time, expires_at) "
            "VALUES (?, ?, ?, '', ?, ?, ?)"_s,
            {QString::fromLatin1(crypto::secretHash(code)), SsoBrowser::kClientId, browser.redirectUri(),
             server.userId(kDemoEmail), now, now + 60});
        const TokenResponse response = browser.exchangeCode(QString::fromLatin1(code));
        QCOMPARE(response.error, u"invalid_grant"_s);
        QVERIFY(!response.ok());
    }

    void reusedCodeIsRefusedAndRevokesItsSession()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        const TokenResponse first = browser.exchangeCode(code);
        QVERIFY(first.ok());
        HttpClient api;
        QCOMPARE(api.get(server.url(u"/v1/account"_s), first.tokens.accessToken).status, 200);

        const TokenResponse second = browser.exchangeCode(code);
        QCOMPARE(second.http.status, 400);
        QCOMPARE(second.error, u"invalid_grant"_s);
        QVERIFY(second.tokens.accessToken.isEmpty());
        // Whoever replayed the code may hold the first tokens too: they are dead.
        QVERIFY(!server.server().tokens().authenticate(first.tokens.accessToken));
        const HttpResult account = api.get(server.url(u"/v1/account"_s), first.tokens.accessToken);
        QCOMPARE(account.status, 401);
        QCOMPARE(browser.refresh(first.tokens.refreshToken).error, u"invalid_grant"_s);
    }

    void expiredCodeIsRefused()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        QVERIFY(!code.isEmpty());
        server.clock().advance(61);
        QCOMPARE(browser.exchangeCode(code).error, u"invalid_grant"_s);
    }

    void codeWithinItsLifetimeWorks()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        server.clock().advance(59);
        QVERIFY(browser.exchangeCode(code).ok());
    }

    void codeIsBoundToRedirectUriAndClient_data()
    {
        QTest::addColumn<FormParams>("overrides");
        QTest::addColumn<QString>("error");
        QTest::newRow("other loopback path")
            << FormParams{{u"redirect_uri"_s, u"REDIRECT/other"_s}} << u"invalid_grant"_s;
        QTest::newRow("other port") << FormParams{{u"redirect_uri"_s, u"http://127.0.0.1:1/callback"_s}}
                                    << u"invalid_grant"_s;
        QTest::newRow("missing redirect_uri") << FormParams{{u"redirect_uri"_s, QString()}} << u"invalid_grant"_s;
        QTest::newRow("other client") << FormParams{{u"client_id"_s, u"evil-app"_s}} << u"invalid_client"_s;
        QTest::newRow("missing client") << FormParams{{u"client_id"_s, QString()}} << u"invalid_client"_s;
    }

    void codeIsBoundToRedirectUriAndClient()
    {
        QFETCH(FormParams, overrides);
        QFETCH(QString, error);
        TestServer server;
        SsoBrowser browser(server.url());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        QVERIFY(!code.isEmpty());
        for (auto &pair : overrides)
            pair.second.replace(u"REDIRECT"_s, browser.redirectUri());
        const TokenResponse response = browser.exchangeCode(code, overrides);
        QCOMPARE(response.http.status, 400);
        QCOMPARE(response.error, error);
        QCOMPARE(response.http.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(response.http.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(response.http.json().contains(u"error_description"_s));
    }

    void tokenEndpointRefusesMalformedRequests()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        QCOMPARE(browser.exchangeCode(u"x"_s, {{u"grant_type"_s, u"password"_s}}).error, u"unsupported_grant_type"_s);
        QCOMPARE(browser.exchangeCode(u"x"_s, {{u"grant_type"_s, QString()}}).error, u"invalid_request"_s);
        QCOMPARE(browser.exchangeCode(QString()).error, u"invalid_request"_s);
        QCOMPARE(browser.exchangeCode(u"unknown-code"_s).error, u"invalid_grant"_s);
        const HttpResult json = HttpClient().sendJson("POST", browser.endpoint(u"/oauth/token"_s),
                                                      {{u"grant_type"_s, u"authorization_code"_s}});
        QCOMPARE(json.status, 400);
        QCOMPARE(json.json().value(u"error"_s).toString(), u"invalid_request"_s);
    }
};

QTEST_GUILESS_MAIN(TestSsoRefusals)
#include "tst_ssorefusals.moc"
