// ApiClient against a scripted loopback server: what a healthy server never does. A hang fails within the
// transfer timeout; truncated, HTML, wrong-typed and oversized answers are protocol errors that change no
// state; a redirect to another origin never carries the token; plain HTTP to a non-loopback host is refused
// before any connection.
#include "api/accountapi.h"
#include "api/dataapi.h"
#include "apitest.h"
#include "scriptedserver.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QtTest>

using namespace facturos;
using namespace facturos::api;
using namespace facturos::test;

namespace {
const QByteArray kToken = "scripted-token-123";
const QByteArray kProfileJson = R"({"firstName":"Camille","lastName":"Durand","username":"camille","email":)"
                                R"("demo@facturos.test","pendingEmail":null,"phone":"+33612345678","companyName":"",)"
                                R"("siret":"","deliveryAddress":{"line1":"1 rue","line2":"","postalCode":"69007",)"
                                R"("city":"Lyon","country":"FR"},"billingAddress":null})";
} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;

    std::unique_ptr<ClientRig> makeRig(int timeoutMs = 5000, int maxRetries = 0)
    {
        ApiClientConfig config = testConfig(m_server->url());
        config.transferTimeoutMs = timeoutMs;
        config.maxRetries = maxRetries;
        return std::make_unique<ClientRig>(config, kToken);
    }
    ApiResult<Profile> readProfile(ClientRig &rig)
    {
        AccountApi api(*rig.client);
        Collected<Profile> got;
        api.profile(this, got.done());
        if (!QTest::qWaitFor([&]() { return got.has(); }, 10000))
            return {};
        return *got;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
    }

    void wellFormedAnswerDecodes() // the baseline the faults below depart from
    {
        m_server->enqueue(
            ScriptStep::respond(httpResponse(200, "application/json", kProfileJson, {{"ETag", "\"v1\""}})));
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QVERIFY2(read.ok(), qPrintable(read.error.detail));
        QCOMPARE(rig->client->rememberedEtag(path::Profile), QByteArray("\"v1\""));
        const ScriptedRequest &sent = m_server->requests().at(0);
        QCOMPARE(sent.header("Authorization"), "Bearer " + kToken);
        QVERIFY(sent.header("Accept").contains("application/json"));
        QVERIFY(!sent.header("X-Request-Id").isEmpty());
        QCOMPARE(read.error.correlationId, QString()); // no error → no error id; the call holds it
    }

    void hangingServerFailsWithinTheTimeout()
    {
        m_server->enqueue(ScriptStep::hang());
        auto rig = makeRig(500, 3);
        QElapsedTimer timer;
        timer.start();
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->requests().size(), 1); // a timeout is not retried
    }

    void truncatedJsonIsAProtocolErrorAndChangesNoState()
    {
        const QByteArray cut = kProfileJson.left(40);
        m_server->enqueue(ScriptStep::respond(httpResponse(200, "application/json", cut, {{"ETag", "\"v2\""}})));
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("malformed_json"));
        QVERIFY(!read.value);
        QVERIFY(rig->client->rememberedEtag(path::Profile).isEmpty());
    }

    void wrongTypedJsonIsAProtocolError()
    {
        QByteArray wrong = kProfileJson;
        wrong.replace(R"("firstName":"Camille")", R"("firstName":42)");
        m_server->enqueue(ScriptStep::respond(httpResponse(200, "application/json", wrong, {{"ETag", "\"v3\""}})));
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("unexpected_shape"));
        QVERIFY(read.error.detail.contains(QStringLiteral("firstName")));
        QVERIFY(rig->client->rememberedEtag(path::Profile).isEmpty());
    }

    void connectionClosedMidBodyIsRetriedThenProtocol()
    {
        m_server->setHandler([](const ScriptedRequest &) {
            return ScriptStep::respondAndClose(
                httpResponse(200, "application/json", kProfileJson.left(30), {}, kProfileJson.size()));
        });
        auto rig = makeRig(5000, 1);
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("truncated_response"));
        QCOMPARE(m_server->requests().size(), 2); // a GET: one retry allowed here
    }

    void htmlWith200IsAProtocolError()
    {
        m_server->enqueue(ScriptStep::respond(
            httpResponse(200, "text/html; charset=utf-8", "<html><body>Captive portal</body></html>")));
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("unexpected_content_type"));
    }

    void htmlWith500IsAServerErrorNotRetried()
    {
        m_server->setHandler([](const ScriptedRequest &) {
            return ScriptStep::respond(httpResponse(500, "text/html", "<html><h1>Internal oops</h1></html>"));
        });
        auto rig = makeRig(5000, 3);
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Server);
        QCOMPARE(read.error.httpStatus, 500);
        QVERIFY(read.error.detail.contains(QStringLiteral("Internal oops")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void resetConnectionIsOfflineAfterRetries()
    {
        m_server->setHandler([](const ScriptedRequest &) { return ScriptStep::reset(); });
        auto rig = makeRig(5000, 2);
        ApiRequest request;
        request.path = path::Profile;
        ApiCall *call = rig->client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind, ApiError::Kind::Offline);
        QCOMPARE(call->attempts(), 3);
        // Qt's HTTP layer itself resends once on a connection reset before any answer, so the server may
        // count one more request than our attempts.
        QVERIFY(m_server->requests().size() >= 3);
    }

    void oversizedResponseIsAProtocolError()
    {
        QByteArray big = kProfileJson;
        big.insert(big.size() - 1, ",\"padding\":\"" + QByteArray(8000, 'x') + '"');
        m_server->enqueue(ScriptStep::respond(httpResponse(200, "application/json", big, {{"ETag", "\"v4\""}})));
        ApiClientConfig config = testConfig(m_server->url());
        config.maxResponseBytes = 4096;
        ClientRig rig(config, kToken);
        const ApiResult<Profile> read = readProfile(rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("response_too_large"));
        QVERIFY(rig.client->rememberedEtag(path::Profile).isEmpty());
    }

    void downloadStreamsPastTheSizeLimitWithProgress()
    {
        const QByteArray body = "{\"data\":\"" + QByteArray(300000, 'd') + "\"}";
        m_server->enqueue(ScriptStep::respond(httpResponse(200, "application/json", body)));
        ApiClientConfig config = testConfig(m_server->url());
        config.maxResponseBytes = 4096;
        ClientRig rig(config, kToken);
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        DataApi api(*rig.client);
        ApiCall *call = api.exportTo(&sink);
        QSignalSpy progress(call, &ApiCall::progressed);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind, ApiError::Kind::None);
        QCOMPARE(sink.data(), body);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
        QCOMPARE(m_server->requests().at(0).target, QByteArray("/v1/account/export"));
    }

    void crossOriginRedirectNeverCarriesTheToken()
    {
        ScriptedServer other;
        QVERIFY(other.listen());
        m_server->enqueue(ScriptStep::respond(httpResponse(
            302, "text/plain", "moved", {{"Location", other.url(QStringLiteral("/v1/account/profile")).toEncoded()}})));
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(read.error.code, QStringLiteral("redirect"));
        QVERIFY(m_server->receivedBytes().contains(kToken)); // the first origin did get it
        QCOMPARE(other.connectionCount(), 0);
        QVERIFY(!other.receivedBytes().contains(kToken));
        QVERIFY(other.receivedBytes().isEmpty());
    }

    void plainHttpToNonLoopbackIsRefusedBeforeConnecting()
    {
        QHostAddress outside;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                outside = address;
        }
        if (outside.isNull())
            QSKIP("no non-loopback IPv4 address on this machine");
        ScriptedServer reachable;
        QVERIFY(reachable.listen(outside));
        ClientRig rig(testConfig(reachable.url()), kToken);
        QVERIFY(!rig.client->isTransportAllowed());
        const ApiResult<Profile> read = readProfile(rig);
        QCOMPARE(read.error.kind, ApiError::Kind::InsecureTransport);
        QCOMPARE(reachable.connectionCount(), 0);
        QVERIFY(reachable.receivedBytes().isEmpty());
    }

    void loopbackRecognition()
    {
        for (const char *host : {"127.0.0.1", "127.10.0.3", "::1", "localhost", "LocalHost"})
            QVERIFY2(ApiClient::isLoopbackHost(QString::fromLatin1(host)), host);
        for (const char *host : {"10.0.0.1", "localhost.evil.example", "127.0.0.1.nip.io", "example.com", "::"})
            QVERIFY2(!ApiClient::isLoopbackHost(QString::fromLatin1(host)), host);
        ClientRig httpsRig(testConfig(QUrl(QStringLiteral("https://account.facturos.fr"))));
        QVERIFY(httpsRig.client->isTransportAllowed());
        ClientRig httpRig(testConfig(QUrl(QStringLiteral("http://account.facturos.fr"))));
        QVERIFY(!httpRig.client->isTransportAllowed());
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
