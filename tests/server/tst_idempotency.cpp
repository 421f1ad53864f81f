// Idempotency-Key on POSTs that create something, over real HTTP: a retry gets the first result (not a
// second closure), a duplicate sent while the first is still running gets 409, the same key with another
// body 422, keys belong to one user, and a failed first attempt does not burn the key.
#include "datarights.h"
#include "server/apiresponses.h"
#include "server/database.h"
#include "server/idempotency.h"
#include "server/servercontext.h"

#include <memory>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestIdempotency : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_demo;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_demo = m_server->signInDirect(kDemoEmail);
    }

    void replayReturnsTheFirstResult()
    {
        const QByteArray body = closureBody(kDemoEmail);
        const HttpResult first = postClosure(m_http, *m_server, m_demo, body, "3f1c9a58-closure");
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        m_server->clock().advance(120); // even past the step-up window: the stored answer is replayed
        const HttpResult replay = postClosure(m_http, *m_server, m_demo, body, "3f1c9a58-closure");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Content-Type"), first.header("Content-Type"));
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        // Without the key, the same request is a new attempt and conflicts.
        QCOMPARE(postClosure(m_http, *m_server, m_demo, body).status, 409);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures")), 1);
    }

    void theStoredRequestHashNeedsTheKeyFile()
    {
        // A body may hold a password (an IMAP mailbox): what stays in the database is not a plain SHA-256 of it.
        const QByteArray body = closureBody(kDemoEmail);
        QCOMPARE(postClosure(m_http, *m_server, m_demo, body, "7d2e-stored-hash").status, 201);
        const QString stored = m_server->server()
                                   .database()
                                   .scalar(QStringLiteral("SELECT request_hash FROM idempotency_keys WHERE key = ?"),
                                           {QStringLiteral("7d2e-stored-hash")})
                                   .toString();
        QVERIFY(!stored.isEmpty());
        const QByteArray plain =
            QCryptographicHash::hash("POST\n/v1/account/closure\n" + body, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(stored.toLatin1() != plain);
        QCOMPARE(postClosure(m_http, *m_server, m_demo, body, "7d2e-stored-hash").status, 201); // still replayed
    }

    void sameKeyOtherBodyIsRefused()
    {
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail), "k-42").status, 201);
        const HttpResult reused = postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail, false), "k-42");
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.json().value(QStringLiteral("code")).toString(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(m_server->server().database().scalar(QStringLiteral("SELECT stop_marketing FROM closures")).toInt(),
                 1);
    }

    void keysBelongToOneUser()
    {
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail), "shared-key").status, 201);
        // The other user's same key is theirs alone: their own request runs, nothing of the demo user shows.
        const QByteArray other = m_server->signInDirect(kOtherEmail);
        const HttpResult mismatch = postClosure(m_http, *m_server, other, closureBody(kDemoEmail), "shared-key");
        QCOMPARE(mismatch.status, 422); // their e-mail is not the demo one: a validation error, not a replay
        QVERIFY(mismatch.header("Idempotent-Replayed").isEmpty());
        const HttpResult own = postClosure(m_http, *m_server, other, closureBody(kOtherEmail), "shared-key");
        QCOMPARE(own.status, 201);
        QVERIFY(own.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures")), 2);
    }

    void failureReleasesTheKey()
    {
        m_server->clock().advance(6 * 60);
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail), "retry-me").status, 401);
        const QByteArray fresh = m_server->signInDirect(kDemoEmail); // the step-up
        QCOMPARE(postClosure(m_http, *m_server, fresh, closureBody(kDemoEmail), "retry-me").status, 201);
    }

    void invalidKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addRow("too long") << QByteArray(256, 'k');
        QTest::addRow("space inside") << QByteArray("two words");
    }

    void invalidKeysAreRefused()
    {
        QFETCH(QByteArray, key);
        const HttpResult result = m_http.send(
            "POST", m_server->url(QStringLiteral("/v1/account/closure")),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_demo}, {"Idempotency-Key", key}},
            closureBody(kDemoEmail));
        QCOMPARE(result.status, 422);
        QVERIFY(hasFieldError(result, QStringLiteral("Idempotency-Key"), QStringLiteral("invalid_format")));
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures")), 0);
    }

    void concurrentDuplicateConflicts()
    {
        // A route that answers later, as the IMAP connection does: the test holds its answer.
        using namespace facturos::server;
        ServerContext &ctx = m_server->server().context();
        QList<Responder> held;
        int runs = 0;
        ctx.http.addRoute(
            "POST", QStringLiteral("/test/slow"),
            idempotentDeferredRoute(ctx, [&](const HttpRequest &, const AuthContext &, const Responder &responder) {
                ++runs;
                held.append(responder);
            }));
        const QUrl url = m_server->url(QStringLiteral("/test/slow"));
        const Headers headers{
            {"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_demo}, {"Idempotency-Key", "slow-1"}};

        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *first = nam.post(request, QByteArray(R"({"n":1})"));
        QTRY_COMPARE(held.size(), 1);

        const HttpResult duplicate = m_http.send("POST", url, headers, R"({"n":1})");
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("idempotency_key_in_progress"));
        QVERIFY(!duplicate.header("Retry-After").isEmpty());
        QCOMPARE(runs, 1);

        held.first().send(
            jsonResponse(201, QJsonObject{{QStringLiteral("created"), 1}}).withHeader("Location", "/test/slow/1"));
        QTRY_VERIFY(first->isFinished());
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        first->deleteLater();

        const HttpResult replay = m_http.send("POST", url, headers, R"({"n":1})");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Location"), QByteArray("/test/slow/1"));
        QCOMPARE(replay.json().value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(runs, 1);
    }

    void keysExpireAfterADay()
    {
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail), "daily").status, 201);
        QCOMPARE(deleteClosure(m_http, *m_server, m_demo).status, 204);
        m_server->clock().advance(24 * 3600 + 1);
        const QByteArray fresh = m_server->signInDirect(kDemoEmail);
        const HttpResult again = postClosure(m_http, *m_server, fresh, closureBody(kDemoEmail), "daily");
        QCOMPARE(again.status, 201);
        QVERIFY(again.header("Idempotent-Replayed").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
