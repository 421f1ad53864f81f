// GET /v1/account/activity over real HTTP: newest first, keyset paging that walks a long log with no gap or
// repeat even while events arrive, strict limit/cursor checks, and the events real actions append — a
// sign-in through the SSO page (IP and device from the browser's User-Agent), a failed password, a
// sign-out by token revocation, profile and preference changes.
#include "securityapi.h"
#include "server/securitystore.h"
#include "ssobrowser.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kActivity = QStringLiteral("/v1/account/activity");
const QByteArray kChromeMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/142.0.0.0 Safari/537.36";
} // namespace

class TestActivityApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;

    server::SecurityStore store() { return {m_server->server().database(), m_server->clock()}; }
    qint64 activityRows(const QString &email)
    {
        return countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM activity WHERE user_id = ?"),
                         {m_server->userId(email)});
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void fixtureYearIsListedNewestFirst()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const auto first = fetchPage<ActivityEvent>(m_http, pageUrl(*m_server, kActivity), token, activityPageFromJson);
        QVERIFY(first);
        QCOMPARE(first->items.size(), 50); // the default limit
        QVERIFY(!first->next.isEmpty());
        const auto all = allActivity(m_http, *m_server, token);
        QVERIFY(all);
        QCOMPARE(all->size(), activityRows(kDemoEmail));
        QVERIFY(all->size() >= 250);
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).time >= all->at(i).time);
        const auto suspicious = std::find_if(all->begin(), all->end(), [](const ActivityEvent &e) {
            return e.kind == ActivityKind::SignInFailed && e.ip == QLatin1String("203.0.113.45");
        });
        QVERIFY(suspicious != all->end());
        QCOMPARE(suspicious->approximateLocation, QStringLiteral("Toronto, Canada"));
        QCOMPARE(suspicious->device, QStringLiteral("Windows"));
        QCOMPARE(suspicious->browser, QStringLiteral("Chrome 139"));
        QVERIFY(std::any_of(all->begin(), all->end(), [](const ActivityEvent &e) {
            return e.browser == QLatin1String("Facturos Account 1.2.0");
        }));
    }

    void pagingWalksAThousandEventsWithoutGapOrRepeat()
    {
        const QString userId = m_server->userId(kOtherEmail);
        const QDateTime base = m_server->clock().now().addDays(-30);
        auto s = store();
        m_server->server().database().transaction();
        for (int i = 0; i < 1000; ++i) // many share a second, so the id must break ties
            s.appendActivity(userId, ActivityKind::SignIn, QStringLiteral("192.0.2.77"), QStringLiteral("x"),
                             base.addSecs(i / 3));
        m_server->server().database().commit();
        const QByteArray token = m_server->signInDirect(kOtherEmail);

        QSet<QString> expected;
        QSqlQuery q =
            m_server->server().database().exec(QStringLiteral("SELECT id FROM activity WHERE user_id = ?"), {userId});
        while (q.next())
            expected.insert(q.value(0).toString());
        QCOMPARE(expected.size(), 1004);

        QList<ActivityEvent> walked;
        QString cursor;
        int pages = 0;
        do {
            const auto page = fetchPage<ActivityEvent>(m_http, pageUrl(*m_server, kActivity, 37, cursor), token,
                                                       activityPageFromJson);
            QVERIFY(page);
            walked.append(page->items);
            cursor = page->next;
            // New events arrive during the walk: they are newer than the cursor and must not shift it.
            if (++pages % 5 == 0)
                s.appendActivity(userId, ActivityKind::ProfileUpdated, QStringLiteral("127.0.0.1"), QString());
        } while (!cursor.isEmpty());
        QSet<QString> seen;
        for (qsizetype i = 0; i < walked.size(); ++i) {
            QVERIFY2(!seen.contains(walked.at(i).id), qPrintable(walked.at(i).id));
            seen.insert(walked.at(i).id);
            if (i > 0) {
                const ActivityEvent &a = walked.at(i - 1), &b = walked.at(i);
                QVERIFY(a.time > b.time || (a.time == b.time && a.id.toLongLong() > b.id.toLongLong()));
            }
        }
        QCOMPARE(seen, expected);
        QCOMPARE(pages, 28); // ceil(1004 / 37)
    }

    void badLimitsAndCursorsAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << "limit=0"
                                 << "limit";
        QTest::newRow("limit 201") << "limit=201"
                                   << "limit";
        QTest::newRow("limit text") << "limit=ten"
                                    << "limit";
        QTest::newRow("limit negative") << "limit=-5"
                                        << "limit";
        QTest::newRow("cursor garbage") << "cursor=%%%"
                                        << "cursor";
        QTest::newRow("cursor padded") << "cursor=MTAuMQ%3D%3D"
                                       << "cursor"; // "10.1" with padding
        QTest::newRow("cursor text id") << "cursor=MTAuYWJj"
                                        << "cursor"; // "10.abc"
        QTest::newRow("cursor empty id") << "cursor=MTAu"
                                         << "cursor"; // "10."
    }

    void badLimitsAndCursorsAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        QUrl url = m_server->url(kActivity);
        url.setQuery(query);
        const HttpResult result = m_http.get(url, token);
        QCOMPARE(result.status, 422);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(hasFieldError(result, field, ErrorCode::InvalidFormat), result.body.constData());
        QUrl max = m_server->url(kActivity);
        max.setQuery(QStringLiteral("limit=200"));
        QCOMPARE(m_http.get(max, token).json().value(QStringLiteral("items")).toArray().size(), 200);
    }

    void realSignInAppendsAnEventFromTheBrowser()
    {
        const qint64 otherBefore = activityRows(kOtherEmail);
        const qint64 demoBefore = activityRows(kDemoEmail);
        SsoBrowser browser(m_server->url());
        browser.setUserAgent(kChromeMac);
        QString failure;
        QVERIFY(browser.authorize(kDemoEmail, QStringLiteral("wrong-password"), {}, &failure).isEmpty());
        QVERIFY(browser.authorize(QStringLiteral("nobody@facturos.test"), kDemoPassword, {}, &failure).isEmpty());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY2(tokens, qPrintable(failure));

        const auto page = fetchPage<ActivityEvent>(m_http, pageUrl(*m_server, kActivity, 2), tokens->accessToken,
                                                   activityPageFromJson);
        QVERIFY(page);
        const ActivityEvent signIn = page->items.value(0);
        QCOMPARE(signIn.kind, ActivityKind::SignIn);
        QCOMPARE(signIn.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(signIn.device, QStringLiteral("macOS"));
        QCOMPARE(signIn.browser, QStringLiteral("Chrome 142"));
        QCOMPARE(signIn.approximateLocation, QStringLiteral("local network"));
        QCOMPARE(signIn.time.toSecsSinceEpoch(), m_server->clock().now().toSecsSinceEpoch());
        QCOMPARE(page->items.value(1).kind, ActivityKind::SignInFailed);
        QCOMPARE(page->items.value(1).browser, QStringLiteral("Chrome 142"));
        // The failure and the success are the owner's; the unknown address left no trace with anyone.
        QCOMPARE(activityRows(kDemoEmail), demoBefore + 2);
        QCOMPARE(activityRows(kOtherEmail), otherBefore);

        // Signing out through RFC 7009 revocation is recorded too.
        QCOMPARE(browser.revoke(tokens->refreshToken).status, 200);
        const QByteArray other = m_server->signInDirect(kDemoEmail);
        QCOMPARE(newestEvent(m_http, *m_server, other).kind, ActivityKind::SignOut);
        // Revoking it again (or revoking garbage) adds nothing.
        const qint64 rows = activityRows(kDemoEmail);
        QCOMPARE(browser.revoke(tokens->refreshToken).status, 200);
        QCOMPARE(browser.revoke("not-a-token").status, 200);
        QCOMPARE(activityRows(kDemoEmail), rows);
    }

    void accountChangesAppendEvents()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const QUrl profile = m_server->url(QStringLiteral("/v1/account/profile"));
        QCOMPARE(sendBody(m_http, "PATCH", profile, token, R"({"firstName":"Camille-Anne"})", "*").status, 200);
        QCOMPARE(newestEvent(m_http, *m_server, token).kind, ActivityKind::ProfileUpdated);
        QCOMPARE(sendBody(m_http, "PATCH", profile, token, R"({"email":"camille@atelier-durand.example"})", "*").status,
                 200);
        QCOMPARE(newestEvent(m_http, *m_server, token).kind, ActivityKind::EmailChangeRequested);
        m_server->clock().advance(1);
        QCOMPARE(sendBody(m_http, "PUT", m_server->url(QStringLiteral("/v1/account/preferences/communications")), token,
                          R"({"newsletter":false,"productOffers":false,"partnerOffers":false,"surveys":false})", "*")
                     .status,
                 200);
        const ActivityEvent event = newestEvent(m_http, *m_server, token);
        QCOMPARE(event.kind, ActivityKind::PreferencesUpdated);
        QCOMPARE(event.time.toSecsSinceEpoch(), m_server->clock().now().toSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestActivityApi)
#include "tst_activityapi.moc"
