// What the token endpoint hands out and how it lives: access tokens for 10 minutes, refresh tokens that
// rotate and kill their family when replayed, revocation (RFC 7009), and the time of the last password
// entry kept through refreshes for step-up (RFC 9470).
#include "server/database.h"
#include "server/httpservice.h"
#include "server/tokenservice.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using namespace Qt::StringLiterals;

class TestSsoTokens : public QObject
{
    Q_OBJECT
private slots:
    void accessTokenExpiresAfterTenMinutes()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        QCOMPARE(tokens->expiresIn, 600);
        QVERIFY(tokens->accessToken.size() >= 43); // 256 random bits
        server.clock().advance(599);
        QVERIFY(server.server().tokens().authenticate(tokens->accessToken));
        server.clock().advance(1);
        QVERIFY(!server.server().tokens().authenticate(tokens->accessToken));
        QCOMPARE(HttpClient().get(server.url(u"/v1/account"_s), tokens->accessToken).status, 401);
    }

    void tokensAreStoredHashed()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        auto &db = server.server().database();
        for (const QByteArray &token : {tokens->accessToken, tokens->refreshToken}) {
            for (const QString &table : {u"access_tokens"_s, u"refresh_tokens"_s, u"auth_codes"_s})
                QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM %1 WHERE hash = ?"_s.arg(table), {QString::fromLatin1(token)})
                             .toInt(),
                         0);
        }
    }

    void refreshRotatesAndReuseKillsTheFamily()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto first = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(first);
        server.clock().advance(60);
        const TokenResponse second = browser.refresh(first->refreshToken);
        QVERIFY2(second.ok(), second.http.body.constData());
        QCOMPARE(second.http.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(second.http.header("Pragma"), QByteArray("no-cache"));
        QVERIFY(second.tokens.refreshToken != first->refreshToken);
        QVERIFY(second.tokens.accessToken != first->accessToken);
        QVERIFY(server.server().tokens().authenticate(second.tokens.accessToken));

        const TokenResponse third = browser.refresh(second.tokens.refreshToken);
        QVERIFY(third.ok());

        // The first refresh token comes back: someone copied it. It is refused and the whole family dies.
        const TokenResponse replay = browser.refresh(first->refreshToken);
        QCOMPARE(replay.http.status, 400);
        QCOMPARE(replay.error, u"invalid_grant"_s);
        QCOMPARE(browser.refresh(third.tokens.refreshToken).error, u"invalid_grant"_s);
        QVERIFY(!server.server().tokens().authenticate(third.tokens.accessToken));
        // Other sessions of the same user are untouched.
        const auto other = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(other);
        QVERIFY(browser.refresh(other->refreshToken).ok());
    }

    void refreshIsBoundToTheClient()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        QCOMPARE(browser.refresh(tokens->refreshToken, {{u"client_id"_s, u"evil-app"_s}}).error, u"invalid_client"_s);
        QCOMPARE(browser.refresh(QByteArray()).error, u"invalid_request"_s);
        QCOMPARE(browser.refresh("unknown-refresh-token").error, u"invalid_grant"_s);
        QVERIFY(browser.refresh(tokens->refreshToken).ok());
    }

    void revokingTheRefreshTokenEndsTheSession()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        const HttpResult result = browser.revoke(tokens->refreshToken, u"refresh_token"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(browser.refresh(tokens->refreshToken).error, u"invalid_grant"_s);
        QVERIFY(!server.server().tokens().authenticate(tokens->accessToken));
    }

    void revokingTheAccessTokenEndsOnlyIt()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        QCOMPARE(browser.revoke(tokens->accessToken, u"access_token"_s).status, 200);
        QVERIFY(!server.server().tokens().authenticate(tokens->accessToken));
        QCOMPARE(HttpClient().get(server.url(u"/v1/account"_s), tokens->accessToken).status, 401);
        QVERIFY(browser.refresh(tokens->refreshToken).ok());
    }

    void revokeAnswersTheSameForUnknownTokens()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const HttpResult unknown = browser.revoke("never-issued-token");
        QCOMPARE(unknown.status, 200);
        QVERIFY(unknown.body.isEmpty());
        QCOMPARE(browser.revoke("never-issued-token", u"refresh_token"_s).status, 200);
        QCOMPARE(browser.revoke(QByteArray()).status, 400);
    }

    void authTimeSurvivesRefreshForStepUp()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QDateTime signedInAt = server.clock().now();
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        server.clock().advance(6 * 60);
        const TokenResponse refreshed = browser.refresh(tokens->refreshToken);
        QVERIFY(refreshed.ok());
        server::TokenService &service = server.server().tokens();
        const auto old = service.authenticate(refreshed.tokens.accessToken);
        QVERIFY(old);
        QCOMPARE(old->authTime.toSecsSinceEpoch(), signedInAt.toSecsSinceEpoch());
        server::HttpResponse error;
        QVERIFY(!service.requireRecentAuthentication(*old, &error));
        QCOMPARE(error.status, 401);

        // Step-up: a forced fresh sign-in gives a session whose password entry is now.
        const auto fresh = browser.signIn(kDemoEmail, kDemoPassword, {{u"max_age"_s, u"0"_s}});
        QVERIFY(fresh);
        const auto recent = service.authenticate(fresh->accessToken);
        QVERIFY(recent);
        QVERIFY(service.requireRecentAuthentication(*recent, &error));
    }
};

QTEST_GUILESS_MAIN(TestSsoTokens)
#include "tst_ssotokens.moc"
