// The mailbox list and its rules: the demo fixture's two mailboxes with their status, paging, step-up on
// both ways of connecting, 401 without a token, and isolation — user B never sees, disconnects or connects
// into user A's mailboxes, not even by guessing an id. Against a real Dovecot: an IMAP mailbox that needs
// reconnection gets its new login in place (same id) only once the login works; a working one is a 409.
#include "dovecot.h"
#include "mailboxtest.h"
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kFixtureGmail = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b01");
const QString kFixtureImap = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b02");
const QString kFixtureImapAddress = QStringLiteral("contact@atelier-durand.fr");
const QString kImapUser = QStringLiteral("camille");
const QString kImapPassword = QStringLiteral("Facturos-imap-2026");

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

    // A login for the loopback Dovecot, for `address`.
    QJsonObject dovecotLogin(const QString &address, const QString &password = kImapPassword) const
    {
        return imapBody(QStringLiteral("localhost"), m_dovecot->tlsPort(), QStringLiteral("tls"), kImapUser, password,
                        address);
    }

    // The stored row as it is, the sealed secret included: what "untouched" compares.
    QVariantList storedRow(const QString &id)
    {
        return m_server->server().database().row(
            QStringLiteral("SELECT user_id, address, connected_at, last_used, status, status_reason, host, port, "
                           "security, username, secret, nonce, key_version FROM mailboxes WHERE id = ?"),
            {id});
    }

    QByteArray secretOf(const QString &email, const QString &id)
    {
        return m_server->server().context().mailboxes->secret(m_server->userId(email), id).value_or(QByteArray());
    }

    std::unique_ptr<Dovecot> m_dovecot;

private slots:
    void initTestCase()
    {
        m_dovecot = std::make_unique<Dovecot>(QList<Dovecot::User>{{kImapUser, kImapPassword}});
        QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->error()));
    }

    void init()
    {
        // As in the IMAP tests: loopback hosts allowed (Dovecot is on loopback) and the test CA trusted.
        const QString ca = m_dovecot->caFile();
        const QString problem = startWithTwoUsers([ca](server::ServerOptions &options) {
            options.mailboxes.allowPrivateImapHosts = true;
            options.mailboxes.imapTimeoutMs = 2000;
            options.mailboxes.imapCaFile = ca;
        });
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

    void workingImapMailboxIs409()
    {
        // A mailbox connected for real (status ok): the same address again, in any case, is refused before
        // any connection is made.
        const HttpResult added =
            postImap(m_http, *m_server, m_demo, dovecotLogin(QStringLiteral("camille@atelier.example")));
        QCOMPARE(added.status, 201);
        const QString id = added.json().value(QStringLiteral("id")).toString();
        const QVariantList before = storedRow(id);
        Listener listener;
        const HttpResult result =
            postImap(m_http, *m_server, m_demo,
                     imapBody(QStringLiteral("127.0.0.1"), listener.serverPort(), QStringLiteral("tls"), kImapUser,
                              QStringLiteral("other-password"), QStringLiteral("Camille@Atelier.example")));
        QCOMPARE(result.status, 409);
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("mailbox_exists"));
        QCOMPARE(listener.connections(), 0);
        QCOMPARE(storedRow(id), before);
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 3);
        // Even with a login that works: a working mailbox is disconnected first, never replaced.
        QCOMPARE(postImap(m_http, *m_server, m_demo, dovecotLogin(QStringLiteral("camille@atelier.example"))).status,
                 409);
        QCOMPARE(storedRow(id), before);
    }

    void reconnectionReplacesTheLoginInPlace()
    {
        const QJsonObject before = findMailbox(listMailboxes(m_http, *m_server, m_demo), kFixtureImapAddress);
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnection"));
        const QByteArray oldSecret = secretOf(kDemoEmail, kFixtureImap);
        QVERIFY(!oldSecret.isEmpty());
        m_server->clock().advance(60);

        const HttpResult result = postImap(m_http, *m_server, m_demo, dovecotLogin(kFixtureImapAddress));
        QCOMPARE(result.status, 200);
        const QJsonObject mailbox = result.json();
        QCOMPARE(mailbox.value(QStringLiteral("id")).toString(), kFixtureImap);
        QCOMPARE(mailbox.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(mailbox.value(QStringLiteral("statusReason")).isNull());
        QCOMPARE(mailbox.value(QStringLiteral("connectedAt")), before.value(QStringLiteral("connectedAt")));
        QCOMPARE(mailbox.value(QStringLiteral("lastUsedAt")).toString(), formatTime(m_server->clock().now()));
        const QJsonObject imap = mailbox.value(QStringLiteral("imap")).toObject();
        QCOMPARE(imap.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), int(m_dovecot->tlsPort()));
        QCOMPARE(imap.value(QStringLiteral("username")).toString(), kImapUser);
        QVERIFY(!result.body.contains(kImapPassword.toUtf8()));

        // Still one mailbox for that address, listed as answered, holding the password that logged in.
        const QJsonArray items = listMailboxes(m_http, *m_server, m_demo);
        QCOMPARE(items.size(), 2);
        QCOMPARE(findMailbox(items, kFixtureImapAddress), mailbox);
        QCOMPARE(secretOf(kDemoEmail, kFixtureImap), kImapPassword.toUtf8());
        // Working now: a second attempt is a 409.
        QCOMPARE(postImap(m_http, *m_server, m_demo, dovecotLogin(kFixtureImapAddress)).status, 409);
    }

    void failedReconnectionLeavesTheOldMailbox_data()
    {
        QTest::addColumn<int>("port"); // 0: Dovecot's TLS port; -1: a closed port
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << 0 << QStringLiteral("not-the-password")
                                        << QStringLiteral("authentication_failed@password");
        QTest::newRow("refused port") << -1 << kImapPassword << QStringLiteral("connection_refused@port");
    }
    void failedReconnectionLeavesTheOldMailbox()
    {
        QFETCH(int, port);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const QVariantList before = storedRow(kFixtureImap);
        QVERIFY(!before.isEmpty());
        const QByteArray oldSecret = secretOf(kDemoEmail, kFixtureImap);
        const HttpResult result =
            postImap(m_http, *m_server, m_demo,
                     imapBody(QStringLiteral("localhost"), port == 0 ? m_dovecot->tlsPort() : closedPort(),
                              QStringLiteral("tls"), kImapUser, password, kFixtureImapAddress));
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), expected);
        // Row, settings, status and the sealed secret byte for byte as they were.
        QCOMPARE(storedRow(kFixtureImap), before);
        QCOMPARE(secretOf(kDemoEmail, kFixtureImap), oldSecret);
        const QJsonObject listed = findMailbox(listMailboxes(m_http, *m_server, m_demo), kFixtureImapAddress);
        QCOMPARE(listed.value(QStringLiteral("id")).toString(), kFixtureImap);
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnection"));
    }

    void reconnectionTouchesOnlyTheUsersOwnMailbox()
    {
        // User B has a mailbox of the same address that also needs reconnection.
        Mailbox theirs;
        theirs.id = QStringLiteral("9b1d2c3e-0000-4000-8000-00000000b0b0");
        theirs.kind = QStringLiteral("imap");
        theirs.address = kFixtureImapAddress;
        theirs.status = QStringLiteral("needs_reconnection");
        theirs.statusReason = MailboxReason::AuthenticationFailed;
        theirs.connectedAt = m_server->clock().now().addDays(-3);
        theirs.imap =
            ImapSettings{QStringLiteral("imap.other.example"), 993, QStringLiteral("tls"), QStringLiteral("karim")};
        QVERIFY(m_server->server().context().mailboxes->insertMailbox(m_server->userId(kOtherEmail), theirs,
                                                                      "their-old-password"));
        const QVariantList theirsBefore = storedRow(theirs.id);

        const HttpResult mine = postImap(m_http, *m_server, m_demo, dovecotLogin(kFixtureImapAddress));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(QStringLiteral("id")).toString(), kFixtureImap);
        QCOMPARE(storedRow(theirs.id), theirsBefore);
        QCOMPARE(secretOf(kOtherEmail, theirs.id), QByteArray("their-old-password"));
        const QJsonArray theirList = listMailboxes(m_http, *m_server, m_other);
        QCOMPARE(theirList.size(), 1);
        QCOMPARE(theirList.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_reconnection"));

        // And B reconnecting theirs replaces B's, leaving A's as it now is.
        const QVariantList mineBefore = storedRow(kFixtureImap);
        const HttpResult other = postImap(m_http, *m_server, m_other, dovecotLogin(kFixtureImapAddress));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json().value(QStringLiteral("id")).toString(), theirs.id);
        QCOMPARE(storedRow(kFixtureImap), mineBefore);
        QCOMPARE(listMailboxes(m_http, *m_server, m_demo).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMailboxApi)
#include "tst_mailboxapi.moc"
