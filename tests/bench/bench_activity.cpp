// Benchmark of GET /v1/account/activity: seeds N events (default 100,000) for one user — plus a tenth as
// many for a second user, so the index has to pick the right owner — in a file database, then times page
// reads through the real HTTP route on loopback: the first page and a deep page (90 % down the log), at the
// default limit (50) and the maximum (200). Prints the query plan, so a lost index shows up as a SCAN.
//   bench_activity [events] [reads]
#include "core/securitydata.h"
#include "httpclient.h"
#include "server/database.h"
#include "server/securitystore.h"
#include "testserver.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace facturos;
using namespace facturos::test;

namespace {

const char kFixture[] = R"({"version":1,"users":[
 {"id":"bench-user","password":"Facturos-demo-2026","createdAt":"2020-01-01T00:00:00Z","profile":{
  "firstName":"Camille","lastName":"Durand","username":"camille","email":"demo@facturos.test","pendingEmail":null,
  "phone":"","companyName":"","siret":"","billingAddress":null,"deliveryAddress":{"line1":"12 rue des Tanneurs",
  "line2":"","postalCode":"69007","city":"Lyon","country":"FR"}}},
 {"id":"bench-other","password":"Facturos-demo-2026","createdAt":"2020-01-01T00:00:00Z","profile":{
  "firstName":"Karim","lastName":"Benali","username":"kbenali","email":"other@facturos.test","pendingEmail":null,
  "phone":"","companyName":"","siret":"","billingAddress":null,"deliveryAddress":{"line1":"4 place Bellecour",
  "line2":"","postalCode":"69002","city":"Lyon","country":"FR"}}}]})";

const QStringList kAgents{
    QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0"),
    QStringLiteral("FacturosAccount/1.2.0 (Windows; Qt 6.4.2)"),
    QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/142.0.0.0 Safari/537.36"),
    QStringLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/18.6 Mobile/15E148 Safari/604.1")};
const QStringList kIps{QStringLiteral("192.0.2.24"), QStringLiteral("192.0.2.160"), QStringLiteral("198.51.100.87")};

void seed(TestServer &server, const QString &userId, int count, qint64 newest)
{
    server::Database &db = server.server().database();
    db.transaction();
    for (int i = 0; i < count; ++i) {
        // About one event every 5 minutes, several sharing a second now and then (ties broken by id).
        const qint64 time = newest - qint64(i) * 300 + (i % 7 == 0 ? 1 : 0);
        db.exec(QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent, location) "
                               "VALUES (?, ?, ?, ?, ?, '')"),
                {userId, time, i % 40 == 0 ? ActivityKind::SignInFailed : ActivityKind::SignIn,
                 kIps.at(i % kIps.size()), kAgents.at(i % kAgents.size())});
    }
    db.commit();
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats summarize(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(qMin(ms.size() - 1, int(ms.size() * 0.95))), ms.last()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int reads = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QTemporaryDir dir;
    const QString fixture = dir.filePath(QStringLiteral("fixture.json"));
    QFile file(fixture);
    if (!file.open(QIODevice::WriteOnly) || file.write(kFixture) < 0)
        return 1;
    file.close();

    TestServer server(fixture, dir.filePath(QStringLiteral("bench.sqlite")));
    if (!server.isRunning()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.error()));
        return 1;
    }
    const qint64 newest = server.clock().now().toSecsSinceEpoch();
    QElapsedTimer seeding;
    seeding.start();
    seed(server, QStringLiteral("bench-user"), events, newest);
    seed(server, QStringLiteral("bench-other"), events / 10, newest);
    std::printf("seeded %d events for one user (+%d for another) in a file database in %.1f s\n", events, events / 10,
                seeding.elapsed() / 1000.0);

    QSqlQuery plan = server.server().database().exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id, time, kind, ip, user_agent, location FROM activity "
                       "WHERE user_id = ? AND (time, id) < (?, ?) ORDER BY time DESC, id DESC LIMIT ?"),
        {QStringLiteral("bench-user"), newest, 1, 51});
    while (plan.next())
        std::printf("query plan: %s\n", qPrintable(plan.value(3).toString()));

    // The cursor 90 % down the log, as a client that paged that far would hold it.
    const QVariantList deep = server.server().database().row(
        QStringLiteral("SELECT time, id FROM activity WHERE user_id = 'bench-user' ORDER BY time DESC, id DESC "
                       "LIMIT 1 OFFSET ?"),
        {events * 9 / 10});
    const QString deepCursor =
        server::SecurityStore::encodeCursor(deep.value(0).toLongLong(), deep.value(1).toString());

    // The storage part alone (query + decoding + User-Agent parsing), without HTTP and JSON.
    server::SecurityStore store(server.server().database(), server.clock());
    for (const bool isDeep : {false, true}) {
        QList<double> times;
        for (int i = 0; i < reads; ++i) {
            Page<ActivityEvent> page;
            QElapsedTimer timer;
            timer.start();
            if (!store.activity(QStringLiteral("bench-user"), 50, isDeep ? deepCursor : QString(), &page))
                return 1;
            times.append(timer.nsecsElapsed() / 1e6);
        }
        const Stats s = summarize(times);
        std::printf("store only, %-16s median %.3f ms, p95 %.3f ms\n", isDeep ? "deep, limit 50" : "first, limit 50",
                    s.median, s.p95);
    }

    const QByteArray token = server.signInDirect(QStringLiteral("demo@facturos.test"));
    HttpClient http;
    std::printf("%-28s %8s %8s %8s   (ms, %d reads each, loopback HTTP, client in the same process)\n", "page",
                "median", "p95", "max", reads);
    for (const int limit : {50, 200}) {
        for (const bool isDeep : {false, true}) {
            QUrl url = server.url(QStringLiteral("/v1/account/activity"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (isDeep)
                query.addQueryItem(QStringLiteral("cursor"), deepCursor);
            url.setQuery(query);
            QList<double> times;
            for (int i = 0; i < reads + 5; ++i) {
                QElapsedTimer timer;
                timer.start();
                const HttpResult result = http.get(url, token);
                const double ms = timer.nsecsElapsed() / 1e6;
                if (result.status != 200 || result.json().value(QStringLiteral("items")).toArray().size() != limit) {
                    std::fprintf(stderr, "unexpected answer %d\n", result.status);
                    return 1;
                }
                if (i >= 5) // the first few warm up the connection and the statement cache
                    times.append(ms);
            }
            const Stats s = summarize(times);
            std::printf("%-28s %8.2f %8.2f %8.2f\n",
                        qPrintable(QStringLiteral("%1, limit %2")
                                       .arg(isDeep ? QStringLiteral("deep (90 %)") : QStringLiteral("first"))
                                       .arg(limit)),
                        s.median, s.p95, s.max);
        }
    }
    return 0;
}
