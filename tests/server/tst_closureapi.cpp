// Scheduling and cancelling an account closure over real HTTP: a fresh sign-in and the typed e-mail are
// required, the state shows on GET /v1/account, marketing stops at once when asked (with consent records),
// a second request is refused with the current state, and signing in during the grace period still works.
#include "datarights.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestClosureApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_demo;

    QJsonObject account(const QByteArray &token)
    {
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/v1/account")), token);
        return result.status == 200 ? result.json() : QJsonObject();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_demo = m_server->signInDirect(kDemoEmail);
        QVERIFY(!m_demo.isEmpty());
    }

    void needsRecentSignIn()
    {
        m_server->clock().advance(6 * 60); // the sign-in is now 6 minutes old; the token still valid
        const HttpResult result = postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("insufficient_user_authentication"));
        QVERIFY(result.header("WWW-Authenticate").contains("max_age=300"));
        QCOMPARE(account(m_demo).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void confirmMustBeTheAccountEmail_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addRow("other address") << closureBody(kOtherEmail) << QStringLiteral("confirm");
        QTest::addRow("empty") << closureBody(QString()) << QStringLiteral("confirm");
        QTest::addRow("missing") << QByteArray(R"({"stopMarketing":true})") << QStringLiteral("confirm");
        QTest::addRow("unknown member") << QByteArray(R"({"confirm":"demo@facturos.test","stopMarketing":true,"x":1})")
                                        << QStringLiteral("x");
        QTest::addRow("reason too long") << closureBody(kDemoEmail, true, QString(1001, QLatin1Char('a')))
                                         << QStringLiteral("reason");
    }

    void confirmMustBeTheAccountEmail()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResult result = postClosure(m_http, *m_server, m_demo, body);
        QCOMPARE(result.status, 422);
        const QJsonArray errors = result.json().value(QStringLiteral("errors")).toArray();
        QVERIFY2(!errors.isEmpty() && errors.first().toObject().value(QStringLiteral("field")).toString() == field,
                 result.body);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures")), 0);
    }

    void scheduleShowsOnAccountAndStopsMarketing()
    {
        auto &db = m_server->server().database();
        const QString demoId = m_server->userId(kDemoEmail);
        db.exec(QStringLiteral("UPDATE users SET communications = "
                               "'{\"newsletter\":true,\"productOffers\":true,\"partnerOffers\":false,"
                               "\"surveys\":true,\"serviceMessages\":true}' WHERE id = ?"),
                {demoId});
        // Case and surrounding spaces do not matter in the typed address.
        const HttpResult result =
            postClosure(m_http, *m_server, m_demo,
                        closureBody(QStringLiteral(" Demo@Facturos.TEST "), true, QStringLiteral("Trop cher")));
        QCOMPARE(result.status, 201);
        const QJsonObject state = result.json();
        const QDateTime requested = parseTime(state.value(QStringLiteral("requestedAt")).toString());
        QCOMPARE(requested, QDateTime::fromSecsSinceEpoch(m_server->clock().now().toSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(parseTime(state.value(QStringLiteral("scheduledFor")).toString()), requested.addDays(30));
        QCOMPARE(state.value(QStringLiteral("stopMarketing")), QJsonValue(true));

        const QJsonObject summary = account(m_demo);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("closure_scheduled"));
        QCOMPARE(summary.value(QStringLiteral("closure")).toObject(), state);

        const HttpResult choices =
            m_http.get(m_server->url(QStringLiteral("/v1/account/preferences/communications")), m_demo);
        for (const char *key : {"newsletter", "productOffers", "partnerOffers", "surveys"})
            QCOMPARE(choices.json().value(QLatin1String(key)), QJsonValue(false));
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM consents WHERE user_id = ? AND source = 'closure' "
                                          "AND granted = 0"),
                           {demoId}),
                 3); // the three that were on
        QCOMPARE(db.scalar(QStringLiteral("SELECT reason FROM closures WHERE user_id = ?"), {demoId}).toString(),
                 QStringLiteral("Trop cher"));
    }

    void keepsMarketingDuringGraceWhenNotAsked()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const QByteArray before =
            m_http.get(m_server->url(QStringLiteral("/v1/account/preferences/communications")), m_demo).body;
        const HttpResult result = postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail, false));
        QCOMPARE(result.status, 201);
        QCOMPARE(result.json().value(QStringLiteral("stopMarketing")), QJsonValue(false));
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account/preferences/communications")), m_demo).body,
                 before);
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM consents WHERE user_id = ? AND "
                                          "source = 'closure'"),
                           {demoId}),
                 0);
    }

    void secondRequestConflictsWithCurrentState()
    {
        const HttpResult first = postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail));
        QCOMPARE(first.status, 201);
        m_server->clock().advance(60);
        const HttpResult second = postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail, false));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(second.json().value(QStringLiteral("code")).toString(), QStringLiteral("closure_already_scheduled"));
        QCOMPARE(second.json().value(QStringLiteral("closure")).toObject(), first.json());
    }

    void cancelDuringGracePeriod()
    {
        QCOMPARE(deleteClosure(m_http, *m_server, m_demo).status, 404);
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail)).status, 201);
        m_server->clock().advance(29 * 24 * 3600);
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const HttpResult cancelled = deleteClosure(m_http, *m_server, token);
        QCOMPARE(cancelled.status, 204);
        QVERIFY(cancelled.body.isEmpty());
        const QJsonObject summary = account(token);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(summary.value(QStringLiteral("closure")).isNull());
        const HttpResult again = deleteClosure(m_http, *m_server, token);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.json().value(QStringLiteral("code")).toString(), QStringLiteral("closure_not_scheduled"));

        // Cancelled means never run: past the old date, the account is still there.
        m_server->clock().advance(2 * 24 * 3600);
        QCOMPARE(m_server->server().closures().runDue(), 0);
        QVERIFY(!m_server->userId(kDemoEmail).isEmpty());
        // And a new closure can be scheduled.
        QCOMPARE(postClosure(m_http, *m_server, m_server->signInDirect(kDemoEmail), closureBody(kDemoEmail)).status,
                 201);
    }

    void signInDuringGracePeriodShowsClosure()
    {
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail)).status, 201);
        m_server->clock().advance(10 * 24 * 3600);
        SsoBrowser browser(m_server->url());
        QString failure;
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword, {}, &failure);
        QVERIFY2(tokens, qPrintable(failure));
        const QJsonObject summary = account(tokens->accessToken);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("closure_scheduled"));
        QVERIFY(summary.value(QStringLiteral("closure")).isObject());
        QCOMPARE(m_server->server().closures().runDue(), 0); // 20 days still to go
    }
};

QTEST_GUILESS_MAIN(TestClosureApi)
#include "tst_closureapi.moc"
