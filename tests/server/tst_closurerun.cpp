// When the grace period ends, the closure runs: the user's tokens stop working, mailbox secrets and all
// personal data are gone, the e-mail can no longer sign in, the other user is untouched, and only the
// invoices the law requires remain, with nothing left that says whose they were.
#include "datarights.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QStringList kPersonalTables{QStringLiteral("sessions"),
                                  QStringLiteral("access_tokens"),
                                  QStringLiteral("consents"),
                                  QStringLiteral("activity"),
                                  QStringLiteral("delegates"),
                                  QStringLiteral("support_chats"),
                                  QStringLiteral("survey_answers"),
                                  QStringLiteral("location_points"),
                                  QStringLiteral("mailboxes"),
                                  QStringLiteral("mailbox_authorizations"),
                                  QStringLiteral("email_verifications"),
                                  QStringLiteral("outbox"),
                                  QStringLiteral("idempotency_keys"),
                                  QStringLiteral("closures"),
                                  QStringLiteral("auth_codes")};

} // namespace

class TestClosureRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;

    qint64 rowsOf(const QString &table, const QString &userId)
    {
        return countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(table), {userId});
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void runsAfterGracePeriod()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const QString otherId = m_server->userId(kOtherEmail);
        seedPersonalData(*m_server, demoId);
        seedPersonalData(*m_server, otherId);
        // A pending e-mail change leaves a verification and a queued message: both personal.
        const QByteArray demo = m_server->signInDirect(kDemoEmail);
        QCOMPARE(sendBody(m_http, "PATCH", m_server->url(QStringLiteral("/v1/account/profile")), demo,
                          R"({"email":"elise@atelier-martin.fr"})", "*")
                     .status,
                 200);
        QCOMPARE(postClosure(m_http, *m_server, demo, closureBody(kDemoEmail), "key-1").status, 201);
        const qint64 demoLegalRecords = rowsOf(QStringLiteral("legal_records"), demoId);
        QSet<QString> gmailIds;
        QSqlQuery gmail = m_server->server().database().exec(
            QStringLiteral("SELECT id FROM mailboxes WHERE user_id = ? AND kind = 'gmail'"), {demoId});
        while (gmail.next())
            gmailIds.insert(gmail.value(0).toString());
        gmail.finish();
        QVERIFY(countRows(*m_server,
                          QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE user_id = ? AND secret IS "
                                         "NOT NULL"),
                          {demoId}) >= 2);
        QVERIFY(demoLegalRecords > 0);

        const QByteArray otherToken = m_server->signInDirect(kOtherEmail);
        const QByteArray otherBefore = m_http.get(m_server->url(QStringLiteral("/v1/account/export")), otherToken).body;
        QVERIFY(otherBefore.size() > 100);

        // Day 31: the date has passed but the check has not run yet, so the user can still sign in. These
        // fresh tokens work now and must stop working because of the erasure, not because they expired.
        m_server->clock().advance(31 * 24 * 3600);
        SsoBrowser browser(m_server->url());
        QString failure;
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword, {}, &failure);
        QVERIFY2(tokens, qPrintable(failure));
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account")), tokens->accessToken).status, 200);
        SsoBrowser otherBrowser(m_server->url());
        const auto otherTokens = otherBrowser.signIn(kOtherEmail, kDemoPassword, {}, &failure);
        QVERIFY2(otherTokens, qPrintable(failure));

        QCOMPARE(m_server->server().closures().runDue(), 1);
        QCOMPARE(m_server->server().closures().runDue(), 0); // done once

        // Tokens: the access token is refused, the refresh token no longer refreshes.
        const HttpResult refused = m_http.get(m_server->url(QStringLiteral("/v1/account")), tokens->accessToken);
        QCOMPARE(refused.status, 401);
        const TokenResponse refreshed = browser.refresh(tokens->refreshToken);
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error, QStringLiteral("invalid_grant"));
        // The old password no longer signs in; the address is free.
        QVERIFY(!browser.signIn(kDemoEmail, kDemoPassword, {}, &failure));
        QVERIFY(!m_server->server().users().findByEmail(kDemoEmail));
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? OR email = ?"),
                           {demoId, kDemoEmail}),
                 0);

        // Secrets and personal rows: none left anywhere.
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE secret IS NOT NULL AND "
                                                     "user_id NOT IN (SELECT id FROM users)")),
                 0);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailbox_authorizations WHERE user_id = ?"),
                           {demoId}),
                 0);
        // Gmail tokens wait, encrypted, in the provider revocation queue only until revoked there; no IMAP
        // password or other secret is kept anywhere.
        QSqlQuery queued = m_server->server().database().exec(
            QStringLiteral("SELECT mailbox_id FROM provider_revocations WHERE user_id = ?"), {demoId});
        while (queued.next())
            QVERIFY2(gmailIds.contains(queued.value(0).toString()), qPrintable(queued.value(0).toString()));
        queued.finish();
        for (const QString &table : kPersonalTables)
            QVERIFY2(rowsOf(table, demoId) == 0, qPrintable(table));
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recipient LIKE ?"),
                           {QStringLiteral("%atelier-martin%")}),
                 0);

        // The legal remainder: the invoice stays, detached and without personal data.
        QSqlQuery q = m_server->server().database().exec(
            QStringLiteral("SELECT user_id, party_ref, reference, amount_cents, retain_until FROM legal_records "
                           "WHERE user_id IS NULL"));
        qint64 detached = 0;
        QSet<QString> parties;
        while (q.next()) {
            ++detached;
            QVERIFY(q.value(0).isNull());
            const QString party = q.value(1).toString();
            parties.insert(party);
            QVERIFY2(party.startsWith(QStringLiteral("closed-")), qPrintable(party));
            for (const QString &personal : {demoId, QStringLiteral("Martin"), QStringLiteral("Tanneurs"),
                                            QStringLiteral("Lyon"), kDemoEmail, QStringLiteral("demo")}) {
                QVERIFY2(!party.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
            }
            if (q.value(2).toString() == seedId(demoId, "FAC")) {
                QCOMPARE(q.value(3).toLongLong(), 2900);
                QCOMPARE(q.value(4).toString(), QStringLiteral("2035-03-01"));
            }
        }
        q.finish();
        QCOMPARE(detached, demoLegalRecords); // every invoice kept, none of the other user's detached
        QCOMPARE(parties.size(), 1);          // one opaque party per closed account

        // The other user: tokens, data and export unchanged (bar the export time).
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account")), otherTokens->accessToken).status, 200);
        QVERIFY(otherBrowser.refresh(otherTokens->refreshToken).ok());
        for (const QString &table : {QStringLiteral("activity"), QStringLiteral("mailboxes"),
                                     QStringLiteral("legal_records"), QStringLiteral("delegates")})
            QVERIFY2(rowsOf(table, otherId) > 0, qPrintable(table));
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE user_id = ? AND secret IS "
                                          "NOT NULL"),
                           {otherId}),
                 2);
    }

    void inventorySaysInvoicesAreKept()
    {
        const QByteArray token = m_server->signInDirect(kOtherEmail);
        const HttpResult data = m_http.get(m_server->url(QStringLiteral("/v1/account/data")), token);
        QCOMPARE(data.status, 200);
        const QJsonArray categories = data.json().value(QStringLiteral("categories")).toArray();
        QJsonObject invoices;
        for (const QJsonValue &c : categories) {
            if (c.toObject().value(QStringLiteral("key")).toString() == QLatin1String("invoices"))
                invoices = c.toObject();
        }
        QCOMPARE(invoices.value(QStringLiteral("legalBasis")).toString(), QStringLiteral("legal_obligation"));
        const QJsonObject retention = invoices.value(QStringLiteral("retention")).toObject();
        QVERIFY2(retention.value(QStringLiteral("en")).toString().contains(QStringLiteral("10 years")),
                 qPrintable(retention.value(QStringLiteral("en")).toString()));
        QVERIFY(retention.value(QStringLiteral("fr")).toString().contains(QStringLiteral("10 ans")));
    }

    void dueClosureRunsAtStart()
    {
        // A closure due while the server was down runs when the server starts on that database.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account.db"));
        {
            TestServer first(QString(), path);
            QVERIFY(first.isRunning());
            QCOMPARE(postClosure(m_http, first, first.signInDirect(kDemoEmail), closureBody(kDemoEmail)).status, 201);
            first.server().database().exec(QStringLiteral("UPDATE closures SET scheduled_for = ?"),
                                           {QDateTime::currentSecsSinceEpoch() - 60});
        }
        TestServer restarted(QString(), path);
        QVERIFY(restarted.isRunning());
        QVERIFY(restarted.userId(kDemoEmail).isEmpty());
        QVERIFY(!restarted.userId(kOtherEmail).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClosureRun)
#include "tst_closurerun.moc"
