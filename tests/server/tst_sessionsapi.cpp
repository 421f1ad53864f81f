// GET/DELETE /v1/account/sessions over real HTTP with tokens from the real SSO flow: the list shows each
// signed-in device with device, browser and place and marks the caller's own session; signing a session
// out refuses its access token and its refresh token at once, and is recorded in the activity.
#include "securityapi.h"
#include "ssobrowser.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kFirefoxWindows =
    QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0");
const QString kFixtureSession = QStringLiteral("1f6d7c1e-3a52-4b8e-9c11-5a0d2e7b9001");
const QString kOtherFixtureSession = QStringLiteral("7d2e0b55-1c3f-4a9d-b6e8-0f4a2c9d8b02");
} // namespace

class TestSessionsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;

    QUrl sessionUrl(const QString &id) { return m_server->url(QStringLiteral("/v1/account/sessions/") + id); }
    QString currentId(const QByteArray &token)
    {
        const auto sessions = allSessions(m_http, *m_server, token);
        for (const Session &s : sessions.value_or(QList<Session>{}))
            if (s.current)
                return s.id;
        return {};
    }
    int status(const QByteArray &token)
    {
        return m_http.get(m_server->url(QStringLiteral("/v1/account")), token).status;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void listsDevicesAndMarksTheCurrentOne()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const auto sessions = allSessions(m_http, *m_server, token);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 4); // three from the fixture, plus this one
        QCOMPARE(std::count_if(sessions->begin(), sessions->end(), [](const Session &s) { return s.current; }), 1);
        const Session current = sessions->first(); // seen most recently: now
        QVERIFY(current.current);
        QCOMPARE(current.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(current.approximateLocation, QStringLiteral("local network"));
        const auto fixture =
            std::find_if(sessions->begin(), sessions->end(), [](const Session &s) { return s.id == kFixtureSession; });
        QVERIFY(fixture != sessions->end());
        QCOMPARE(fixture->device, QStringLiteral("Windows"));
        QCOMPARE(fixture->browser, QStringLiteral("Firefox 145"));
        QCOMPARE(fixture->approximateLocation, QStringLiteral("Lyon, France"));
        QCOMPARE(fixture->lastSeenAt, QDateTime(QDate(2026, 11, 25), QTime(16, 42, 9), Qt::UTC));
        for (qsizetype i = 1; i < sessions->size(); ++i)
            QVERIFY(sessions->at(i - 1).lastSeenAt >= sessions->at(i).lastSeenAt);
    }

    void pagingWalksEverySessionOnce()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const auto paged =
            fetchAll<Session>(m_http, *m_server, QStringLiteral("/v1/account/sessions"), token, 1, sessionPageFromJson);
        QVERIFY(paged);
        QCOMPARE(paged->size(), 4);
        QSet<QString> ids;
        for (const Session &s : *paged)
            ids.insert(s.id);
        QCOMPARE(ids.size(), 4);
        const HttpResult bad = m_http.get(
            pageUrl(*m_server, QStringLiteral("/v1/account/sessions"), 1, QStringLiteral("bm90LW91cnM")), token);
        QCOMPARE(bad.status, 422);
        QVERIFY(hasFieldError(bad, QStringLiteral("cursor"), ErrorCode::InvalidFormat));
        QUrl zero = m_server->url(QStringLiteral("/v1/account/sessions"));
        zero.setQuery(QStringLiteral("limit=0"));
        QCOMPARE(m_http.get(zero, token).status, 422);
    }

    void signingOutASessionRevokesItsTokensAtOnce()
    {
        SsoBrowser browser(m_server->url());
        browser.setUserAgent(kFirefoxWindows.toUtf8());
        const auto laptop = browser.signIn(kDemoEmail, kDemoPassword);
        const auto phone = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(laptop && phone);
        const QString phoneId = currentId(phone->accessToken);
        QVERIFY(!phoneId.isEmpty());
        QVERIFY(phoneId != currentId(laptop->accessToken));
        QCOMPARE(status(phone->accessToken), 200);

        const HttpResult deleted = deleteWith(m_http, sessionUrl(phoneId), laptop->accessToken);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(status(phone->accessToken), 401);
        const TokenResponse refreshed = browser.refresh(phone->refreshToken);
        QCOMPARE(refreshed.http.status, 400);
        QCOMPARE(refreshed.error, QStringLiteral("invalid_grant"));

        // The laptop is untouched, no longer lists the phone, and the revocation is in the activity.
        QCOMPARE(status(laptop->accessToken), 200);
        const auto sessions = allSessions(m_http, *m_server, laptop->accessToken);
        QVERIFY(sessions);
        for (const Session &s : *sessions)
            QVERIFY(s.id != phoneId);
        const ActivityEvent event = newestEvent(m_http, *m_server, laptop->accessToken);
        QCOMPARE(event.kind, ActivityKind::SessionRevoked);
        QCOMPARE(event.ip, QStringLiteral("127.0.0.1"));
        QVERIFY(browser.refresh(laptop->refreshToken).ok());

        // Gone is gone: a second DELETE finds nothing.
        QCOMPARE(deleteWith(m_http, sessionUrl(phoneId), laptop->accessToken).status, 404);
    }

    void signingOutTheCurrentSessionEndsIt()
    {
        SsoBrowser browser(m_server->url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        const QString id = currentId(tokens->accessToken);
        QCOMPARE(deleteWith(m_http, sessionUrl(id), tokens->accessToken).status, 204);
        QCOMPARE(status(tokens->accessToken), 401);
        QCOMPARE(browser.refresh(tokens->refreshToken).error, QStringLiteral("invalid_grant"));
        const QByteArray other = m_server->signInDirect(kDemoEmail);
        QCOMPARE(newestEvent(m_http, *m_server, other).kind, ActivityKind::SignOut);
    }

    void fixtureSessionCanBeSignedOut()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        QCOMPARE(deleteWith(m_http, sessionUrl(kFixtureSession), token).status, 204);
        QCOMPARE(allSessions(m_http, *m_server, token)->size(), 3);
    }

    void unknownAndOtherUsersSessionsAreNotFoundAlike()
    {
        const QByteArray demo = m_server->signInDirect(kDemoEmail);
        const QByteArray other = m_server->signInDirect(kOtherEmail);
        const HttpResult others = deleteWith(m_http, sessionUrl(kOtherFixtureSession), demo);
        const HttpResult unknown =
            deleteWith(m_http, sessionUrl(QStringLiteral("00000000-0000-0000-0000-0000000000aa")), demo);
        QCOMPARE(others.status, 404);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(others.body, unknown.body);
        QCOMPARE(others.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(others.json().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        // The other user's session (and token) live on.
        const QString otherCurrent = currentId(other);
        QCOMPARE(deleteWith(m_http, sessionUrl(otherCurrent), demo).status, 404);
        QCOMPARE(status(other), 200);
        const auto otherSessions = allSessions(m_http, *m_server, other);
        QVERIFY(otherSessions);
        QCOMPARE(otherSessions->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionsApi)
#include "tst_sessionsapi.moc"
