// The mailbox list and its rules: the demo fixture's two mailboxes with their status, paging, step-up on
// both ways of connecting, 401 without a token, and isolation — user B never sees, disconnects or connects
// into user A's mailboxes, not even by guessing an id.
#include "mailboxtest.h"
#include "server/database.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kFixtureGmail = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b01");
const QString kFixtureImap = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b02");

} // namespace

class TestMailboxApi : public QObject, private TwoUserFixture
{
    Q_OBJECT

    QUrl listUrl(const QString &query) const
    {
        QUrl url = m_server->url(kMailboxes);
        url.setQuery(query);
        return url;
    }

    HttpResult remove(const QString &id, const QByteArray &token)
    {
        return m_http.send("DELETE", m_server->url(kMailboxes + QLatin1Char('/') + id), withBearer(token));
    }

private slots:
    void init()
    {
        const QString problem = startWithTwoUsers();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void fixtureMailboxesAreListed()
    {
        const HttpResult result = m_http.get(m_server->url(kMailboxes), m_demo);
        QCOMPARE(result.status, 200);
        QVERIFY(result.json().value(QStringLiteral("next")).isNull());
        const QJsonArray items = result.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject gmail = findMailbox(items, QStringLiteral("atelier.durand.factures@gmail.com"));
        QCOMPARE(gmail.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(gmail.value(QStringLiteral("connectedAt")).toString(), QStringLiteral("2026-04-14T08:31:12Z"));
        QCOMPARE(gmail.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray{QStringLiteral("https://mail.google.com/")});
        const QJsonObject imap = findMailbox(items, QStringLiteral("contact@atelier-durand.fr"));
        QCOMPARE(imap.value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnection"));
        QCOMPARE(imap.value(QStringLiteral("statusReason")).toString(), QStringLiteral("authentication_failed"));
        QCOMPARE(imap.value(QStringLiteral("imap")).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("imap.atelier-durand.fr"));
        // No secret, in any form.
        QVERIFY(!result.body.contains("Menuiserie"));
        QVERIFY(!result.body.contains("refresh-token"));
        QVERIFY(!result.body.contains("password"));
        QVERIFY(!result.body.contains("secret"));
    }

    void paging()
    {
        const HttpResult first = m_http.get(listUrl(QStringLiteral("limit=1")), m_demo);
        QCOMPARE(first.json().value(QStringLiteral("items")).toArray().size(), 1);
        const QString next = first.json().value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const HttpResult second = m_http.get(listUrl(QStringLiteral("limit=1&cursor=") + next), m_demo);
        QCOMPARE(second.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(second.json().value(QStringLiteral("next")).isNull());
        QVERIFY(first.json().value(QStringLiteral("items")) != second.json().value(QStringLiteral("items")));
        QCOMPARE(m_http.get(listUrl(QStringLiteral("limit=0")), m_demo).status, 422);
        QCOMPARE(m_http.get(listUrl(QStringLiteral("cursor=%%%")), m_demo).status, 422);
    }

    void connectingNeedsRecentSignIn_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("imap") << QStringLiteral("/imap");
        QTest::newRow("gmail") << QStringLiteral("/gmail");
    }
    void connectingNeedsRecentSignIn()
    {
        QFETCH(QString, path);
        Listener imapServer; // were the step-up skipped, the IMAP check would connect here
        m_server->clock().advance(6 * 60);
        const HttpResult result =
            m_http.sendJson("POST", m_server->url(kMailboxes + path),
                            imapBody(QStringLiteral("127.0.0.1"), imapServer.serverPort(), QStringLiteral("tls"),
                                     QStringLiteral("u"), QStringLiteral("p")),
                            m_demo);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("insufficient_user_authentication"));
        QVERIFY(result.header("WWW-Authenticate").contains("insufficient_user_authentication"));
        QVERIFY(result.header("WWW-Authenticate").contains("max_age=300"));
        QCOMPARE(imapServer.connections(), 0);
        // Listing and disconnecting need no step-up.
        QCOMPARE(m_http.get(m_server->url(kMailboxes), m_demo).status, 200);
    }

    void withoutTokenEveryRouteIs401_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QByteArray("GET") << kMailboxes;
        QTest::newRow("imap") << QByteArray("POST") << kMailboxes + QStringLiteral("/imap");
        QTest::newRow("gmail") << QByteArray("POST") << kMailboxes + QStringLiteral("/gmail");
        QTest::newRow("delete") << QByteArray("DELETE") << kMailboxes + QLatin1Char('/') + kFixtureImap;
    }
    void withoutTokenEveryRouteIs401()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        for (const QByteArray &token : {QByteArray(), QByteArray("not-a-token")}) {
            const HttpResult result = m_http.send(method, m_server->url(path),
                                                  withBearer(token, {{"Content-Type", "application/json"}}), "{}");
            QCOMPARE(result.status, 401);
            QVERIFY(!result.header("WWW-Authenticate").isEmpty());
        }
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes")), 2);
    }

    void isolation()
    {
        // B sees nothing of A's, cannot disconnect A's mailboxes by id, and A's are untouched.
        QCOMPARE(listMailboxes(m_http, *m_server, m_other).size(), 0);
        for (const QString &id : {kFixtureGmail, kFixtureImap}) {
            const HttpResult result = remove(id, m_other);
            QCOMPARE(result.status, 404);
            QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        }
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 2);
        // Unknown and malformed ids are the same 404.
        QCOMPARE(remove(QStringLiteral("00000000-0000-0000-0000-000000000000"), m_demo).status, 404);
        QCOMPARE(remove(QStringLiteral("' OR 1=1 --"), m_demo).status, 404);
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 2);
        // B's Gmail consent lands in B's account only.
        QCOMPARE(connectGmailAsBrowser(m_http, *m_server, m_other, QStringLiteral("karim.benali@gmail.com")), 200);
        QCOMPARE(listMailboxes(m_http, *m_server, m_other).size(), 1);
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 2);
        const QString otherId =
            listMailboxes(m_http, *m_server, m_other).first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(remove(otherId, m_demo).status, 404);
        QCOMPARE(listMailboxes(m_http, *m_server, m_other).size(), 1);
    }

    void disconnectImapDeletesItsSecret()
    {
        QCOMPARE(remove(kFixtureImap, m_demo).status, 204);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE id = ?"), {kFixtureImap}),
                 0);
        QCOMPARE(remove(kFixtureImap, m_demo).status, 404);
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 1);
    }

    void duplicateImapMailboxIs409()
    {
        Listener listener;
        const HttpResult result = postImap(m_http, *m_server, m_demo,
                                           imapBody(QStringLiteral("imap.atelier-durand.fr"), 993,
                                                    QStringLiteral("tls"), QStringLiteral("contact"),
                                                    QStringLiteral("x"), QStringLiteral("contact@atelier-durand.fr")));
        QCOMPARE(result.status, 409);
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("mailbox_exists"));
    }
};

QTEST_GUILESS_MAIN(TestMailboxApi)
#include "tst_mailboxapi.moc"
