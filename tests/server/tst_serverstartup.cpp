// The server starts on an ephemeral port, seeds the fixture, answers unknown routes with problem+json,
// and the executable prints its URL first.
#include "httpclient.h"
#include "server/database.h"
#include "testserver.h"

#include <QProcess>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestServerStartup : public QObject
{
    Q_OBJECT
private slots:
    void startsWithFixture()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        QVERIFY(server.url().port() > 0);
        QVERIFY(!server.userId(kDemoEmail).isEmpty());
        QVERIFY(!server.userId(kOtherEmail).isEmpty());
        QCOMPARE(server.server().database().schemaVersion(), server::Database::latestSchemaVersion());
    }

    void unknownRouteIsProblemJson()
    {
        TestServer server;
        HttpClient http;
        const HttpResult result = http.get(server.url(QStringLiteral("/nothing/here")));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(result.json().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    }

    void rejectsInvalidFixtureWithPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"users":[{"id":"x","password":"p","createdAt":"2020-01-01T00:00:00Z",)"
                   R"("profile":{"firstName":1}}]})");
        file.close();
        TestServer server(path);
        QVERIFY(!server.isRunning());
        QVERIFY2(server.error().contains(QStringLiteral("users[0].profile.firstName")), qPrintable(server.error()));
    }

    void executablePrintsUrlFirst()
    {
        QProcess process;
        process.start(qEnvironmentVariable("FACTUROS_BINARY_DIR") +
                          QStringLiteral("/app/server/facturos-account-server"),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--fixture"),
                       TestServer::demoFixturePath()});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        HttpClient http;
        QCOMPARE(http.get(url.resolved(QUrl(QStringLiteral("/missing")))).status, 404);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
    }

    void badListenArgumentFails()
    {
        QProcess process;
        process.start(qEnvironmentVariable("FACTUROS_BINARY_DIR") +
                          QStringLiteral("/app/server/facturos-account-server"),
                      {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("HOST:PORT"));
    }
};

QTEST_GUILESS_MAIN(TestServerStartup)
#include "tst_serverstartup.moc"
