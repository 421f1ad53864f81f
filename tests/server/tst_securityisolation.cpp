// The isolation matrix of the Security and "Your data" routes: without a valid token every route answers
// 401 with a challenge; with user A's token nothing of user B is listed, counted or revocable — by B's real
// ids, guessed ids, or B's own cursors — and B's data is exactly as before afterwards.
#include "securityapi.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QStringList kLists{QStringLiteral("/v1/account/sessions"), QStringLiteral("/v1/account/activity"),
                         QStringLiteral("/v1/account/delegates"), QStringLiteral("/v1/account/data")};
} // namespace

class TestSecurityIsolation : public QObject, private TwoUserFixture
{
    Q_OBJECT

    QHash<QString, QByteArray> snapshot(const QByteArray &token)
    {
        QHash<QString, QByteArray> bodies;
        for (const QString &path : kLists)
            bodies.insert(path, m_http.get(pageUrl(*m_server, path, 200), token).body);
        return bodies;
    }

private slots:
    void init()
    {
        const QString problem = startWithTwoUsers();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void everyRouteNeedsAValidToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        const QList<QPair<QByteArray, QString>> routes{
            {"GET", QStringLiteral("/v1/account/sessions")},
            {"DELETE", QStringLiteral("/v1/account/sessions/1f6d7c1e-3a52-4b8e-9c11-5a0d2e7b9001")},
            {"GET", QStringLiteral("/v1/account/activity")},
            {"GET", QStringLiteral("/v1/account/delegates")},
            {"DELETE", QStringLiteral("/v1/account/delegates/c3a1e9d2-7b44-4f0a-8e61-2d9b5f3c7a10")},
            {"GET", QStringLiteral("/v1/account/data")}};
        for (const auto &[method, path] : routes) {
            for (const QByteArray &auth : {QByteArray(), QByteArray("Bearer garbage"), QByteArray("Basic eDp5")})
                QTest::addRow("%s %s [%s]", method.constData(), qPrintable(path), auth.left(6).constData())
                    << method << path << auth;
        }
    }

    void everyRouteNeedsAValidToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult result = m_http.send(method, m_server->url(path), headers);
        QCOMPARE(result.status, 401);
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer "));
        // Nothing was revoked by the refused request.
        QCOMPARE(allSessions(m_http, *m_server, m_demo)->size(), 4);
        QCOMPARE(allDelegates(m_http, *m_server, m_demo)->size(), 1);
    }

    void listsShowOnlyTheirOwner()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const QString otherId = m_server->userId(kOtherEmail);
        auto ids = [&](const QString &table, const QString &user) {
            QSet<QString> set;
            QSqlQuery q = m_server->server().database().exec(
                QStringLiteral("SELECT id FROM %1 WHERE user_id = ? AND revoked_at IS NULL").arg(table), {user});
            while (q.next())
                set.insert(q.value(0).toString());
            return set;
        };
        for (const auto &[token, user] : {std::pair{m_demo, demoId}, std::pair{m_other, otherId}}) {
            // Held in locals: a range-for over *optional-temporary would read a destroyed list.
            const auto sessionList = allSessions(m_http, *m_server, token);
            const auto delegateList = allDelegates(m_http, *m_server, token);
            const auto eventList = allActivity(m_http, *m_server, token);
            QVERIFY(sessionList && delegateList && eventList);
            QSet<QString> sessions, delegates, events;
            for (const Session &s : *sessionList)
                sessions.insert(s.id);
            for (const Delegate &d : *delegateList)
                delegates.insert(d.id);
            for (const ActivityEvent &e : *eventList)
                events.insert(e.id);
            QCOMPARE(sessions, ids(QStringLiteral("sessions"), user));
            QCOMPARE(delegates, ids(QStringLiteral("delegates"), user));
            QSet<QString> expectedEvents;
            QSqlQuery q =
                m_server->server().database().exec(QStringLiteral("SELECT id FROM activity WHERE user_id = ?"), {user});
            while (q.next())
                expectedEvents.insert(q.value(0).toString());
            QCOMPARE(events, expectedEvents);
        }
        const auto demo = snapshot(m_demo), other = snapshot(m_other);
        for (const QString &path : kLists)
            QVERIFY2(demo.value(path) != other.value(path), qPrintable(path));
    }

    void otherUsersIdsRealOrGuessedAreNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("B's session") << "/v1/account/sessions/7d2e0b55-1c3f-4a9d-b6e8-0f4a2c9d8b02";
        QTest::newRow("B's delegate") << "/v1/account/delegates/e8b4c2a1-5d6f-4a3b-9c2e-1f0a9b8c7d11";
        QTest::newRow("guessed session") << "/v1/account/sessions/00000000-0000-0000-0000-000000000001";
        QTest::newRow("numeric session") << "/v1/account/sessions/1";
        QTest::newRow("numeric delegate") << "/v1/account/delegates/1";
        QTest::newRow("sql-ish") << "/v1/account/sessions/x'%20OR%20'1'='1";
        QTest::newRow("wildcard") << "/v1/account/delegates/%25";
        QTest::newRow("long") << QStringLiteral("/v1/account/sessions/") + QString(2000, QLatin1Char('a'));
    }

    void otherUsersIdsRealOrGuessedAreNotFound()
    {
        QFETCH(QString, path);
        const auto otherBefore = snapshot(m_other);
        const auto demoBefore = snapshot(m_demo);
        QUrl url = m_server->url();
        url.setPath(path, QUrl::TolerantMode);
        const HttpResult result = deleteWith(m_http, url, m_demo);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(!result.body.contains("SELECT") && !result.body.contains(".cpp"));
        QCOMPARE(snapshot(m_other), otherBefore);
        // A refused revocation leaves no activity either.
        QCOMPARE(snapshot(m_demo), demoBefore);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account")), m_other).status, 200);
    }

    void anotherUsersCursorPagesOnlyYourOwnData()
    {
        const auto demoPage = fetchPage<ActivityEvent>(
            m_http, pageUrl(*m_server, QStringLiteral("/v1/account/activity"), 2), m_demo, activityPageFromJson);
        QVERIFY(demoPage && !demoPage->next.isEmpty());
        const auto replay = fetchPage<ActivityEvent>(
            m_http, pageUrl(*m_server, QStringLiteral("/v1/account/activity"), 200, demoPage->next), m_other,
            activityPageFromJson);
        QVERIFY(replay);
        const auto otherEvents = allActivity(m_http, *m_server, m_other);
        QVERIFY(otherEvents);
        QSet<QString> otherIds;
        for (const ActivityEvent &e : *otherEvents)
            otherIds.insert(e.id);
        QVERIFY(!replay->items.isEmpty());
        for (const ActivityEvent &e : replay->items)
            QVERIFY(otherIds.contains(e.id));
    }
};

QTEST_GUILESS_MAIN(TestSecurityIsolation)
#include "tst_securityisolation.moc"
