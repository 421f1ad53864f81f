// GET/DELETE /v1/account/delegates and GET /v1/account/data over real HTTP: the accountant of the demo
// fixture is listed and can be revoked (recorded in the activity, then gone), and the data inventory names
// every category in both languages with live counts that follow changes to the data.
#include "securityapi.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kMorel = QStringLiteral("c3a1e9d2-7b44-4f0a-8e61-2d9b5f3c7a10");
const QString kOtherDelegate = QStringLiteral("e8b4c2a1-5d6f-4a3b-9c2e-1f0a9b8c7d11");
const QStringList kKeys{QStringLiteral("identity"),      QStringLiteral("contact"), QStringLiteral("addresses"),
                        QStringLiteral("company"),       QStringLiteral("usage"),   QStringLiteral("location"),
                        QStringLiteral("support_chats"), QStringLiteral("surveys"), QStringLiteral("mailboxes"),
                        QStringLiteral("consents"),      QStringLiteral("invoices")};
} // namespace

class TestDelegatesDataApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;

    QHash<QString, DataCategory> inventory(const QByteArray &token)
    {
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/v1/account/data")), token);
        FieldErrors errors;
        const auto categories = dataInventoryFromJson(result.json(), &errors);
        QHash<QString, DataCategory> byKey;
        for (const DataCategory &c : categories.value_or(QList<DataCategory>{}))
            byKey.insert(c.key, c);
        return byKey;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void accountantIsListed()
    {
        const auto delegates = allDelegates(m_http, *m_server, m_server->signInDirect(kDemoEmail));
        QVERIFY(delegates);
        QCOMPARE(delegates->size(), 1);
        const Delegate morel = delegates->first();
        QCOMPARE(morel.id, kMorel);
        QCOMPARE(morel.displayName, QStringLiteral("Cabinet Morel Expertise"));
        QCOMPARE(morel.role, QStringLiteral("accountant"));
        QCOMPARE(morel.scope, QStringLiteral("modify"));
        QCOMPARE(morel.grantedAt, QDateTime(QDate(2024, 1, 15), QTime(10, 2, 33), Qt::UTC));
        QVERIFY(morel.lastAccessAt.isValid());
        const auto others = allDelegates(m_http, *m_server, m_server->signInDirect(kOtherEmail));
        QVERIFY(others);
        QCOMPARE(others->size(), 1);
        QVERIFY(!others->first().lastAccessAt.isValid()); // null on the wire
    }

    void revokingRemovesAndRecords()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const QUrl url = m_server->url(QStringLiteral("/v1/account/delegates/") + kMorel);
        const HttpResult revoked = deleteWith(m_http, url, token);
        QCOMPARE(revoked.status, 204);
        QCOMPARE(allDelegates(m_http, *m_server, token)->size(), 0);
        QCOMPARE(newestEvent(m_http, *m_server, token).kind, ActivityKind::DelegateRevoked);
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM delegates WHERE id = ? AND revoked_at "
                                          "IS NOT NULL"),
                           {kMorel}),
                 1);
        QCOMPARE(deleteWith(m_http, url, token).status, 404);
    }

    void othersAndUnknownDelegatesAreNotFoundAlike()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const HttpResult others =
            deleteWith(m_http, m_server->url(QStringLiteral("/v1/account/delegates/") + kOtherDelegate), token);
        const HttpResult unknown =
            deleteWith(m_http, m_server->url(QStringLiteral("/v1/account/delegates/not-a-delegate")), token);
        QCOMPARE(others.status, 404);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(others.body, unknown.body);
        QCOMPARE(allDelegates(m_http, *m_server, m_server->signInDirect(kOtherEmail))->size(), 1);
    }

    void inventoryNamesEveryCategoryInBothLanguages()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/v1/account/data")), token);
        QCOMPARE(result.status, 200);
        FieldErrors errors;
        const auto categories = dataInventoryFromJson(result.json(), &errors);
        QVERIFY2(categories, qPrintable(errors.value(0).field));
        QStringList keys;
        for (const DataCategory &c : *categories) {
            keys.append(c.key);
            for (const LocalizedText &t : {c.name, c.purpose, c.retention, c.recipients})
                QVERIFY2(!t.en.isEmpty() && !t.fr.isEmpty() && t.en != t.fr, qPrintable(c.key));
        }
        QCOMPARE(keys, kKeys);
        const auto byKey = inventory(token);
        const DataCategory invoices = byKey.value(QStringLiteral("invoices"));
        QCOMPARE(invoices.legalBasis, QStringLiteral("legal_obligation"));
        QVERIFY(invoices.retention.fr.contains(QStringLiteral("L123-22")));
        QCOMPARE(invoices.count, 5);
        QCOMPARE(byKey.value(QStringLiteral("support_chats")).count, 2);
        QCOMPARE(byKey.value(QStringLiteral("surveys")).count, 1);
        QCOMPARE(byKey.value(QStringLiteral("location")).count, 3);
        QCOMPARE(byKey.value(QStringLiteral("consents")).count, 5);
        QCOMPARE(byKey.value(QStringLiteral("addresses")).count, 2);
        QCOMPARE(byKey.value(QStringLiteral("identity")).count, 1);
        const QString demoId = m_server->userId(kDemoEmail);
        QCOMPARE(byKey.value(QStringLiteral("usage")).count,
                 countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM activity WHERE user_id = ?"), {demoId}) +
                     countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ?"), {demoId}));
        QCOMPARE(byKey.value(QStringLiteral("mailboxes")).count,
                 countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE user_id = ?"), {demoId}));
        // The other user's inventory counts only theirs.
        const auto other = inventory(m_server->signInDirect(kOtherEmail));
        QCOMPARE(other.value(QStringLiteral("invoices")).count, 1);
        QCOMPARE(other.value(QStringLiteral("addresses")).count, 1); // billing "same as delivery"
        QCOMPARE(other.value(QStringLiteral("consents")).count, 0);
    }

    void countsFollowTheData()
    {
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        const auto before = inventory(token);
        // Through the API: a profile change adds an activity event; removing the billing address and the
        // phone shows at once; a preference change appends consent records.
        QCOMPARE(sendBody(m_http, "PATCH", m_server->url(QStringLiteral("/v1/account/profile")), token,
                          R"({"billingAddress":null,"phone":""})", "*", "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(sendBody(m_http, "PUT", m_server->url(QStringLiteral("/v1/account/preferences/communications")), token,
                          R"({"newsletter":false,"productOffers":true,"partnerOffers":false,"surveys":true})", "*")
                     .status,
                 200);
        // Straight into the tables: a new invoice and a location point.
        auto &db = m_server->server().database();
        const QString id = m_server->userId(kDemoEmail);
        db.exec(
            QStringLiteral("INSERT INTO legal_records (user_id, kind, reference, issued_on, amount_cents, currency, "
                           "retain_until) VALUES (?, 'invoice', 'FAC-2026-009999', '2026-11-26', 1000, 'EUR', "
                           "'2036-12-31')"),
            {id});
        db.exec(QStringLiteral("INSERT INTO location_points (user_id, time, latitude, longitude, accuracy_m) VALUES "
                               "(?, 0, 45.75, 4.85, 10)"),
                {id});
        const auto after = inventory(token);
        auto delta = [&](const char *key) {
            return after.value(QLatin1String(key)).count - before.value(QLatin1String(key)).count;
        };
        QCOMPARE(delta("addresses"), -1);
        QCOMPARE(delta("contact"), -1);
        QCOMPARE(delta("usage"), 2);    // profile_updated + preferences_updated
        QCOMPARE(delta("consents"), 2); // newsletter off, product offers on
        QCOMPARE(delta("invoices"), 1);
        QCOMPARE(delta("location"), 1);
        QCOMPARE(delta("support_chats"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDelegatesDataApi)
#include "tst_delegatesdataapi.moc"
