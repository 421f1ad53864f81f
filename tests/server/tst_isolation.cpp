// A user reaches only their own data: every Account API route is keyed by the token alone (no route takes
// a user id), another user's token only ever shows and changes that user's data, and requests without a
// valid token are refused on every bearer route with a challenge.
#include "accountapi.h"
#include "server/userstore.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

struct Route
{
    QByteArray method;
    QString path;
    QByteArray body; // a valid body, so a missing auth check would show up as a success
};

const QList<Route> &bearerRoutes()
{
    static const QList<Route> routes{
        {"GET", QStringLiteral("/v1/account"), {}},
        {"GET", QStringLiteral("/v1/account/profile"), {}},
        {"PATCH", QStringLiteral("/v1/account/profile"), R"({"firstName":"Intrus"})"},
        {"GET", QStringLiteral("/v1/account/preferences/communications"), {}},
        {"PUT", QStringLiteral("/v1/account/preferences/communications"),
         R"({"newsletter":true,"productOffers":true,"partnerOffers":true,"surveys":true})"},
        {"GET", QStringLiteral("/v1/account/preferences/privacy"), {}},
        {"PUT", QStringLiteral("/v1/account/preferences/privacy"),
         R"({"analytics":true,"advertising":true,"socialFeatures":true,"location":true,"partnerSharing":true,)"
         R"("doNotTrack":false})"},
        {"GET", QStringLiteral("/v1/account/consents"), {}},
        {"POST", QStringLiteral("/v1/account/privacy-statement/ack"), R"({"version":"2020-01-14"})"},
    };
    return routes;
}

const QStringList kReadPaths{QStringLiteral("/v1/account"), QStringLiteral("/v1/account/profile"),
                             QStringLiteral("/v1/account/preferences/communications"),
                             QStringLiteral("/v1/account/preferences/privacy"), QStringLiteral("/v1/account/consents")};

} // namespace

class TestIsolation : public QObject, private TwoUserFixture
{
    Q_OBJECT

    // Everything the API shows `token`'s user, keyed by path.
    QHash<QString, QByteArray> snapshot(const QByteArray &token)
    {
        QHash<QString, QByteArray> bodies;
        for (const QString &path : kReadPaths) {
            const HttpResult result = m_http.get(m_server->url(path), token);
            if (result.status != 200)
                qWarning() << path << result.status;
            bodies.insert(path, result.body);
        }
        return bodies;
    }
    HttpResult write(const Route &route, const QByteArray &token, const Headers &extra = {})
    {
        Headers headers = withBearer(token, {{"Content-Type", "application/json"}, {"If-Match", "*"}});
        headers.append(extra);
        return m_http.send(route.method, m_server->url(route.path), headers, route.body);
    }

private slots:
    void init()
    {
        const QString problem = startWithTwoUsers();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unauthenticatedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<bool>("expire");
        const QList<QPair<const char *, QByteArray>> credentials{
            {"none", {}},
            {"garbage", "Bearer garbage"},
            {"empty bearer", "Bearer "},
            {"basic", "Basic ZGVtb0BmYWN0dXJvcy50ZXN0OkZhY3R1cm9zLWRlbW8tMjAyNg=="},
            {"overlong", "Bearer " + QByteArray(4000, 'A')},
            {"expired", "expired"},
        };
        for (const Route &route : bearerRoutes()) {
            for (const auto &[name, authorization] : credentials) {
                QTest::addRow("%s %s, %s", route.method.constData(), qPrintable(route.path), name)
                    << route.method << route.path << route.body << authorization << (authorization == "expired");
            }
        }
    }

    void unauthenticatedRequestsAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(bool, expire);
        const auto before = snapshot(m_demo);
        Headers headers{{"Content-Type", "application/json"}, {"If-Match", "*"}};
        if (expire) {
            m_server->clock().advance(601); // access tokens live 10 minutes
            headers.append({"Authorization", "Bearer " + m_demo});
        } else if (!authorization.isEmpty()) {
            headers.append({"Authorization", authorization});
        }
        const HttpResult result = m_http.send(method, m_server->url(path), headers, body);
        QCOMPARE(result.status, 401);
        QVERIFY2(result.header("WWW-Authenticate").startsWith("Bearer "), result.header("WWW-Authenticate"));
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(!result.body.contains("SELECT"));
        if (expire)
            m_demo = m_server->signInDirect(kDemoEmail);
        QCOMPARE(snapshot(m_demo), before);
    }

    void otherUsersTokenSeesOnlyTheirData()
    {
        const auto demo = snapshot(m_demo);
        const auto other = snapshot(m_other);
        auto &users = m_server->server().users();
        const QString otherId = m_server->userId(kOtherEmail);
        const QString demoId = m_server->userId(kDemoEmail);

        QCOMPARE(other.value(QStringLiteral("/v1/account/profile")), users.profileJson(otherId));
        QCOMPARE(demo.value(QStringLiteral("/v1/account/profile")), users.profileJson(demoId));
        for (const QString &path : kReadPaths)
            QVERIFY2(demo.value(path) != other.value(path), qPrintable(path));
        const QJsonObject account = QJsonDocument::fromJson(other.value(QStringLiteral("/v1/account"))).object();
        QCOMPARE(account.value(QStringLiteral("id")).toString(), otherId);
        QCOMPARE(account.value(QStringLiteral("email")).toString(), kOtherEmail);
        // The other user has no consent history; none of the demo user's may show.
        const QJsonObject consents =
            QJsonDocument::fromJson(other.value(QStringLiteral("/v1/account/consents"))).object();
        QCOMPARE(consents.value(QStringLiteral("items")).toArray().size(), 0);
    }

    void otherUsersTokenChangesOnlyTheirData()
    {
        const auto demoBefore = snapshot(m_demo);
        const auto otherBefore = snapshot(m_other);
        for (const Route &route : bearerRoutes()) {
            if (route.method == "GET")
                continue;
            const HttpResult result = write(route, m_other);
            QVERIFY2(result.status == 200, qPrintable(route.path + QLatin1Char(' ') + QString::number(result.status)));
        }
        // An e-mail change too: the pending address and the message are the other user's.
        const HttpResult email = sendBody(m_http, "PATCH", m_server->url(QStringLiteral("/v1/account/profile")),
                                          m_other, R"({"email":"karim@benali-conseil.fr"})", "*");
        QCOMPARE(email.status, 200);

        QCOMPARE(snapshot(m_demo), demoBefore);
        const auto otherAfter = snapshot(m_other);
        QVERIFY(otherAfter.value(QStringLiteral("/v1/account/profile")) !=
                otherBefore.value(QStringLiteral("/v1/account/profile")));
        QVERIFY(otherAfter.value(QStringLiteral("/v1/account/profile")).contains("Intrus"));
        QVERIFY(otherAfter.value(QStringLiteral("/v1/account/preferences/privacy")).contains("\"location\":true"));
        const QString otherId = m_server->userId(kOtherEmail);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM consents WHERE user_id = ?"), {otherId}),
                 4 + 5);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id <> ?"), {otherId}), 0);
        QCOMPARE(m_server->server().users().findById(m_server->userId(kDemoEmail))->statementAck,
                 QStringLiteral("2018-05-25"));
    }

    void userIdsInRequestsAreIgnored()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const QString otherId = m_server->userId(kOtherEmail);
        QUrl url = m_server->url(QStringLiteral("/v1/account"));
        url.setQuery(QStringLiteral("userId=%1&id=%1&user=%1").arg(demoId));
        const HttpResult result = m_http.get(url, m_other, {{"X-User-Id", demoId.toLatin1()}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("id")).toString(), otherId);

        // A user id in the path is no route at all.
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account/") + demoId), m_other).status, 404);
        QCOMPARE(
            m_http.get(m_server->url(QStringLiteral("/v1/accounts/") + demoId + QStringLiteral("/profile")), m_other)
                .status,
            404);

        // The demo user's consent cursor, replayed by the other user, pages the other user's (empty) history.
        QUrl first = m_server->url(QStringLiteral("/v1/account/consents"));
        first.setQuery(QStringLiteral("limit=1"));
        const QString cursor = m_http.get(first, m_demo).json().value(QStringLiteral("next")).toString();
        QVERIFY(!cursor.isEmpty());
        QUrl replay = first;
        replay.setQuery(QStringLiteral("limit=50&cursor=") + cursor);
        const HttpResult replayed = m_http.get(replay, m_other);
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void noRouteTakesAUserId()
    {
        QSet<QString> served;
        for (const server::RouteInfo &route : m_server->server().routes()) {
            served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pathTemplate);
            const QString path = route.pathTemplate.toLower();
            QVERIFY2(!path.contains(QStringLiteral("{user")) && !path.contains(QStringLiteral("{account")),
                     qPrintable(route.pathTemplate));
            if (route.pathTemplate.startsWith(QStringLiteral("/v1/account")))
                QVERIFY2(!path.contains(QStringLiteral("{id}")) || path.contains(QStringLiteral("/sessions/")) ||
                             path.contains(QStringLiteral("/delegates/")) ||
                             path.contains(QStringLiteral("/mailboxes/")),
                         qPrintable(route.pathTemplate));
        }
        // Every bearer route under test is really served, so the tables above cover them.
        for (const Route &route : bearerRoutes())
            QVERIFY2(served.contains(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path),
                     qPrintable(route.path));
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
