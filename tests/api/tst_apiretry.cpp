// ApiClient's retry and re-authentication rules against a scripted loopback server: only idempotent
// requests (or POSTs with an Idempotency-Key) are retried after 502/503/504 or a lost connection, with
// backoff; 4xx never; 429 reports Retry-After; twenty requests refused together share one token refresh;
// step-up retries the same body with the same Idempotency-Key.
#include "api/accountapi.h"
#include "apitest.h"
#include "core/closure.h"
#include "core/json.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace facturos;
using namespace facturos::api;
using namespace facturos::test;

namespace {
const QByteArray kProblem = "application/problem+json";

QByteArray accountJson()
{
    Account account;
    account.id = QStringLiteral("u1");
    account.username = QStringLiteral("camille");
    account.email = QStringLiteral("demo@facturos.test");
    account.displayName = QStringLiteral("Camille Durand");
    account.status = QStringLiteral("active");
    account.memberSince = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    account.currentStatementVersion = QStringLiteral("2020-01-14");
    return toCompactJson(toJson(account));
}

QByteArray closureCreated()
{
    ClosureState closure;
    closure.requestedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    closure.scheduledFor = closure.requestedAt.addDays(kClosureGraceDays);
    return httpResponse(201, "application/json", toCompactJson(toJson(closure)));
}

QByteArray ok()
{
    return httpResponse(200, "application/json", accountJson());
}
QByteArray status(int code)
{
    return httpResponse(code, kProblem, R"({"status":)" + QByteArray::number(code) + "}");
}
} // namespace

class TestApiRetry : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;

    std::unique_ptr<ClientRig> makeRig(int baseDelayMs = 20, const QByteArray &token = "old")
    {
        ApiClientConfig config = testConfig(m_server->url());
        config.retryBaseDelayMs = baseDelayMs;
        return std::make_unique<ClientRig>(config, token);
    }
    static ApiCall *finishedCall(ApiClient &client, const ApiRequest &request)
    {
        ApiCall *call = client.send(request);
        call->setParent(nullptr); // the test owns it and reads it after finished()
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(10000))
            qWarning("call did not finish");
        return call;
    }
    static ApiRequest getAccount()
    {
        ApiRequest request;
        request.path = path::Account;
        return request;
    }
    static ApiRequest post(bool withKey)
    {
        ApiRequest request;
        request.method = "POST";
        request.path = path::Closure;
        request.body = R"({"confirm":"demo@facturos.test","stopMarketing":true})";
        request.withIdempotencyKey = withKey;
        return request;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
    }

    void getIsRetriedAfter503WithBackoff()
    {
        m_server->enqueue(ScriptStep::respond(status(503)));
        m_server->enqueue(ScriptStep::respond(status(503)));
        m_server->enqueue(ScriptStep::respond(ok()));
        auto rig = makeRig(100);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, getAccount()));
        QCOMPARE(call->error().kind, ApiError::Kind::None);
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        // Delays of 100 and 200 ms, each at least halved by the jitter.
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    }

    void retriesStopAtTheCap()
    {
        m_server->setHandler([](const ScriptedRequest &) { return ScriptStep::respond(status(502)); });
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, getAccount()));
        QCOMPARE(call->error().kind, ApiError::Kind::Server);
        QCOMPARE(call->error().httpStatus, 502);
        QCOMPARE(m_server->requests().size(), 1 + rig->client->config().maxRetries);
    }

    void postWithoutKeyIsNotRetried()
    {
        m_server->setHandler([](const ScriptedRequest &) { return ScriptStep::respond(status(503)); });
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, post(false)));
        QCOMPARE(call->error().kind, ApiError::Kind::Server);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_server->requests().at(0).header("Idempotency-Key").isEmpty());
    }

    void postWithoutKeyIsNotRetriedAfterAReset()
    {
        m_server->setHandler([](const ScriptedRequest &) { return ScriptStep::reset(); });
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, post(false)));
        QCOMPARE(call->error().kind, ApiError::Kind::Offline);
        QCOMPARE(call->attempts(), 1);
        // Our policy makes one attempt. Qt's HTTP layer itself resends once when a fresh connection is reset
        // before any answer (no opt-out in Qt 6.4); the contract's unsafe POSTs all carry an Idempotency-Key.
        QVERIFY(m_server->requests().size() <= 2);
    }

    void postWithKeyIsRetriedWithTheSameKeyAndBody()
    {
        m_server->enqueue(ScriptStep::respond(status(503)));
        m_server->enqueue(ScriptStep::respond(ok()));
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, post(true)));
        QCOMPARE(call->error().kind, ApiError::Kind::None);
        QCOMPARE(m_server->requests().size(), 2);
        const QByteArray key = m_server->requests().at(0).header("Idempotency-Key");
        QVERIFY(key.size() >= 32);
        QCOMPARE(m_server->requests().at(1).header("Idempotency-Key"), key);
        QCOMPARE(call->idempotencyKey(), key);
        QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
    }

    void clientErrorsAreNeverRetried()
    {
        m_server->setHandler([](const ScriptedRequest &) {
            return ScriptStep::respond(httpResponse(
                400, kProblem, R"({"type":"about:blank","title":"Malformed","status":400,"code":"malformed_body"})"));
        });
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, getAccount()));
        QCOMPARE(call->error().kind, ApiError::Kind::Validation);
        QCOMPARE(call->error().code, QStringLiteral("malformed_body"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void rateLimitIsReportedWithRetryAfter()
    {
        m_server->setHandler([](const ScriptedRequest &) {
            return ScriptStep::respond(httpResponse(429, kProblem, R"({"status":429})", {{"Retry-After", "7"}}));
        });
        auto rig = makeRig();
        std::unique_ptr<ApiCall> call(finishedCall(*rig->client, getAccount()));
        QCOMPARE(call->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(call->error().retryAfterSeconds, 7);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void twentyRefusedRequestsShareOneRefresh()
    {
        m_server->setHandler([](const ScriptedRequest &request) {
            if (request.header("Authorization") == "Bearer new")
                return ScriptStep::respond(ok());
            return ScriptStep::respond(httpResponse(401, kProblem, R"({"status":401,"code":"unauthorized"})",
                                                    {{"WWW-Authenticate", R"(Bearer error="invalid_token")"}}));
        });
        auto rig = makeRig();
        rig->tokens.refreshDelayMs = 50; // a refresh takes a while, as over the network
        rig->tokens.onRefresh = [](TestTokenSource &source) { source.completeRefresh("new"); };
        AccountApi api(*rig->client);
        QList<Collected<Account>> results(20);
        for (Collected<Account> &result : results)
            api.account(this, result.done());
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.begin(), results.end(), [](auto &r) { return r.has(); }), 10000);
        for (const Collected<Account> &result : results) {
            QVERIFY2(result->ok(), qPrintable(ApiError::kindName(result->error.kind)));
            QCOMPARE(result.calls, 1);
        }
        QCOMPARE(rig->tokens.refreshRequests, 1);
        QHash<QByteArray, int> attemptsPerCall;
        for (const ScriptedRequest &request : m_server->requests())
            ++attemptsPerCall[request.header("X-Request-Id")];
        QCOMPARE(attemptsPerCall.size(), 20);
        for (int attempts : attemptsPerCall)
            QVERIFY(attempts <= 2); // retried at most once
    }

    void stepUpRetriesWithTheSameKeyAndBody()
    {
        m_server->setHandler([](const ScriptedRequest &request) {
            if (request.header("Authorization") == "Bearer fresh")
                return ScriptStep::respond(closureCreated());
            return ScriptStep::respond(httpResponse(
                401, kProblem, R"({"status":401,"code":"insufficient_user_authentication"})",
                {{"WWW-Authenticate", R"(Bearer realm="facturos", error="insufficient_user_authentication", )"
                                      R"(error_description="A recent sign-in is required", max_age=300)"}}));
        });
        auto rig = makeRig();
        rig->tokens.onStepUp = [](TestTokenSource &source) { source.completeStepUp("fresh"); };
        AccountApi api(*rig->client);
        Collected<ClosureState> result;
        api.scheduleClosure({QStringLiteral("demo@facturos.test"), QStringLiteral("trop cher"), true}, this,
                            result.done());
        QTRY_VERIFY_WITH_TIMEOUT(result.has(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error.detail));
        QCOMPARE(rig->tokens.stepUpRequests, 1);
        QCOMPARE(rig->tokens.lastMaxAge, 300);
        QCOMPARE(m_server->requests().size(), 2);
        const ScriptedRequest &first = m_server->requests().at(0);
        const ScriptedRequest &second = m_server->requests().at(1);
        QVERIFY(!first.header("Idempotency-Key").isEmpty());
        QCOMPARE(second.header("Idempotency-Key"), first.header("Idempotency-Key"));
        QCOMPARE(second.body, first.body);
        QVERIFY(second.body.contains("trop cher"));
    }

    void abortFinishesOnceAsCancelled()
    {
        m_server->enqueue(ScriptStep::hang());
        auto rig = makeRig();
        ApiCall *call = rig->client->send(getAccount());
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
        call->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestApiRetry)
#include "tst_apiretry.moc"
