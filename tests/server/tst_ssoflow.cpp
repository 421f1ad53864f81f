// The SSO sign-in as the desktop app and the user's browser see it, over real HTTP: discovery, the login
// page in both languages, the PKCE flow to the loopback listener, and a server that keeps serving while
// passwords are checked or clients vanish.
#include "poolblocker.h"
#include "server/authorizerequest.h"
#include "server/database.h"
#include "server/servercontext.h"
#include "server/ssoroutes.h"
#include "server/tokenservice.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestSsoFlow : public QObject
{
    Q_OBJECT
private slots:
    void metadataDescribesTheServer()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const HttpResult result = browser.discover();
        QCOMPARE(result.status, 200);
        const QJsonObject meta = result.json();
        const QString issuer = server.url().toString(QUrl::StripTrailingSlash);
        QCOMPARE(meta.value(QStringLiteral("issuer")).toString(), issuer);
        QCOMPARE(meta.value(QStringLiteral("authorization_endpoint")).toString(), issuer + u"/oauth/authorize"_s);
        QCOMPARE(meta.value(QStringLiteral("token_endpoint")).toString(), issuer + u"/oauth/token"_s);
        QCOMPARE(meta.value(QStringLiteral("revocation_endpoint")).toString(), issuer + u"/oauth/revoke"_s);
        QCOMPARE(strings(meta.value(QStringLiteral("response_types_supported"))), QStringList{u"code"_s});
        QCOMPARE(strings(meta.value(QStringLiteral("grant_types_supported"))),
                 (QStringList{u"authorization_code"_s, u"refresh_token"_s}));
        QCOMPARE(strings(meta.value(QStringLiteral("code_challenge_methods_supported"))), QStringList{u"S256"_s});
        QCOMPARE(strings(meta.value(QStringLiteral("token_endpoint_auth_methods_supported"))), QStringList{u"none"_s});
        QCOMPARE(strings(meta.value(QStringLiteral("revocation_endpoint_auth_methods_supported"))),
                 QStringList{u"none"_s});
        QCOMPARE(strings(meta.value(QStringLiteral("ui_locales_supported"))), (QStringList{u"fr"_s, u"en"_s}));
    }

    void fullPkceFlowReachesTheLoopbackListener()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        QVERIFY(browser.isListening());
        const QString code = browser.authorize(kDemoEmail, kDemoPassword);
        QVERIFY(!code.isEmpty());
        QCOMPARE(browser.callbacks().size(), 1);
        const CallbackRequest &callback = browser.callbacks().constFirst();
        QCOMPARE(callback.path, QStringLiteral("/callback"));
        QCOMPARE(callback.value(QStringLiteral("state")), browser.state());
        QCOMPARE(callback.value(QStringLiteral("iss")), server.url().toString(QUrl::StripTrailingSlash));

        const TokenResponse response = browser.exchangeCode(code);
        QVERIFY2(response.ok(), response.http.body.constData());
        QCOMPARE(response.tokens.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(response.tokens.expiresIn, 600);
        QCOMPARE(response.http.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(response.http.header("Pragma"), QByteArray("no-cache"));
        const auto context = server.server().tokens().authenticate(response.tokens.accessToken);
        QVERIFY(context);
        QCOMPARE(context->userId, server.userId(kDemoEmail));
        QCOMPARE(context->clientId, SsoBrowser::kClientId);
        QCOMPARE(context->authTime.toSecsSinceEpoch(), server.clock().now().toSecsSinceEpoch());
        QCOMPARE(HttpClient().get(server.url(QStringLiteral("/v1/account")), response.tokens.accessToken).status, 200);
    }

    void ipv6LoopbackRedirectWorks()
    {
        TestServer server;
        SsoBrowser browser(server.url(), QHostAddress::LocalHostIPv6);
        if (!browser.isListening())
            QSKIP("no IPv6 loopback on this machine");
        QVERIFY(browser.redirectUri().startsWith(QStringLiteral("http://[::1]:")));
        QString failure;
        QVERIFY2(browser.signIn(kDemoEmail, kDemoPassword, {}, &failure), qPrintable(failure));
    }

    void stateComesBackUnchanged()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QString state = QStringLiteral("a b+c&d=é/~%20?#");
        const QString code = browser.authorize(kDemoEmail, kDemoPassword, {{QStringLiteral("state"), state}});
        QVERIFY(code.isEmpty()); // the browser refuses: its own state did not come back
        QCOMPARE(browser.callbacks().size(), 1);
        QCOMPARE(browser.callbacks().constLast().value(QStringLiteral("state")), state);
        QVERIFY(!browser.callbacks().constLast().value(QStringLiteral("code")).isEmpty());
    }

    void loginPageLanguage_data()
    {
        QTest::addColumn<QString>("uiLocales");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("lang");
        QTest::newRow("French browser") << QString() << QByteArray("fr-FR,fr;q=0.9") << u"fr"_s;
        QTest::newRow("English browser") << QString() << QByteArray("en-GB,en;q=0.9,fr;q=0.5") << u"en"_s;
        QTest::newRow("q-values rank") << QString() << QByteArray("fr;q=0.4,en;q=0.8") << u"en"_s;
        QTest::newRow("unsupported language: French") << QString() << QByteArray("de-DE,de") << u"fr"_s;
        QTest::newRow("ui_locales en") << u"en"_s << QByteArray("fr-FR") << u"en"_s;
        QTest::newRow("ui_locales first supported") << u"de en-US fr"_s << QByteArray("fr") << u"en"_s;
        QTest::newRow("ui_locales fr") << u"fr-CA"_s << QByteArray("en") << u"fr"_s;
    }

    void loginPageLanguage()
    {
        QFETCH(QString, uiLocales);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, lang);
        TestServer server;
        SsoBrowser browser(server.url());
        browser.setAcceptLanguage(acceptLanguage);
        FormParams overrides;
        if (!uiLocales.isEmpty())
            overrides.append({QStringLiteral("ui_locales"), uiLocales});
        const HttpResult page = browser.openAuthorize(overrides);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<html lang=\"" + lang.toLatin1() + "\">"));
        QVERIFY(page.body.contains(lang == u"fr"_s ? "Mot de passe" : "Password"));
        QVERIFY(page.body.contains(lang == u"fr"_s ? "Se connecter" : "Sign in"));
    }

    void loginPageIsAccessibleAndSelfContained()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const HttpResult page = browser.openAuthorize({{QStringLiteral("login_hint"), kDemoEmail}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        const QByteArray csp = page.header("Content-Security-Policy");
        QVERIFY2(csp.startsWith("default-src 'none';"), csp.constData());
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        // Browsers check the redirect after the POST against form-action, so the listener must be allowed.
        QVERIFY(csp.contains("form-action 'self' " +
                             QUrl(browser.redirectUri()).adjusted(QUrl::RemovePath).toString().toLatin1()));

        const QByteArray html = page.body;
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<title>"));
        QVERIFY(html.contains("<label for=\"email\">"));
        QVERIFY(html.contains("<label for=\"password\">"));
        QVERIFY(html.contains("id=\"email\" name=\"email\" value=\"demo@facturos.test\" autocomplete=\"username\""));
        QVERIFY(html.contains("type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\""));
        QVERIFY(html.contains(":focus-visible { outline: 3px solid"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("src="));
        QVERIFY(!html.contains("<link"));
        QVERIFY(!html.contains("https://"));

        const auto form = SsoBrowser::parseLoginForm(html, browser.authorizeUrl());
        QVERIFY(form);
        QCOMPARE(form->method, QStringLiteral("POST"));
        QCOMPARE(form->action, server.url(QStringLiteral("/oauth/authorize")));
        QVERIFY(form->hiddenFields.contains({QStringLiteral("state"), browser.state()}));
        QVERIFY(form->hiddenFields.contains(
            {QStringLiteral("code_challenge"), QString::fromLatin1(browser.codeChallenge())}));
    }

    void forcedLoginRecordsThisPasswordEntry()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        QVERIFY(browser.signIn(kDemoEmail, kDemoPassword));
        server.clock().advance(3600);
        for (const FormParams &force : {FormParams{{QStringLiteral("max_age"), QStringLiteral("0")}},
                                        FormParams{{QStringLiteral("prompt"), QStringLiteral("login")}}}) {
            browser.startAttempt();
            const HttpResult page = browser.openAuthorize(force);
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("type=\"password\""));
            server.clock().advance(30);
            QString failure;
            const auto tokens = browser.signIn(kDemoEmail, kDemoPassword, force, &failure);
            QVERIFY2(tokens, qPrintable(failure));
            const auto context = server.server().tokens().authenticate(tokens->accessToken);
            QVERIFY(context);
            QCOMPARE(context->authTime.toSecsSinceEpoch(), server.clock().now().toSecsSinceEpoch());
        }
    }

    void passwordCheckDoesNotStallOtherClients()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        auto *sso = server.server().context().http.findChild<server::SsoRoutes *>();
        QVERIFY(sso);
        const auto form = SsoBrowser::parseLoginForm(browser.openAuthorize().body, browser.authorizeUrl());
        QVERIFY(form);
        const QByteArray body = encodeForm(SsoBrowser::applyOverrides(
            form->hiddenFields, {{QStringLiteral("email"), kDemoEmail}, {QStringLiteral("password"), kDemoPassword}}));

        PoolBlocker blocker(sso->passwordCheckPool());
        QNetworkAccessManager nam;
        QNetworkRequest request(form->action);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *login = nam.post(request, body);
        QTRY_VERIFY(server.server().context().http.findChild<QFutureWatcherBase *>()); // the check is queued
        // The sign-in waits for its password check; meanwhile other requests are answered.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(browser.discover().status, 200);
        QVERIFY(!login->isFinished());
        blocker.release();
        QTRY_VERIFY_WITH_TIMEOUT(login->isFinished(), 10000);
        QCOMPARE(login->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        delete login;
    }

    void clientThatLeavesMidLoginDoesNotCrashTheServer()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        QObject &http = server.server().context().http;
        auto *sso = http.findChild<server::SsoRoutes *>();
        auto codes = [&] {
            return server.server().database().scalar(QStringLiteral("SELECT COUNT(*) FROM auth_codes")).toInt();
        };
        for (const QString &password : {kDemoPassword, QStringLiteral("wrong password")}) {
            const QByteArray body = encodeForm(
                SsoBrowser::applyOverrides(browser.authorizeParameters(), {{QStringLiteral("email"), kDemoEmail},
                                                                           {QStringLiteral("password"), password}}));
            const int codesBefore = codes();
            const qsizetype connections = http.findChildren<QTcpSocket *>().size();
            PoolBlocker blocker(sso->passwordCheckPool());
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, server.url().port());
            socket.write("POST /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
            // The server has read the request and queued the password check…
            QTRY_VERIFY(http.findChild<QFutureWatcherBase *>());
            // …then the client vanishes, and the server notices before the check is over.
            socket.abort();
            QTRY_COMPARE(http.findChildren<QTcpSocket *>().size(), connections);
            blocker.release();
            QTRY_VERIFY_WITH_TIMEOUT(!http.findChild<QFutureWatcherBase *>(), 10000);
            // The sign-in ran to its end (a code for nobody, or a failure) and the answer was dropped.
            QCOMPARE(codes(), codesBefore + (password == kDemoPassword ? 1 : 0));
            QCOMPARE(browser.discover().status, 200);
        }
        QVERIFY(browser.signIn(kDemoEmail, kDemoPassword));
    }
};

QTEST_GUILESS_MAIN(TestSsoFlow)
#include "tst_ssoflow.moc"
