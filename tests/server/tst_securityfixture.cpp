// The security sections of the fixture format: a generator spec yields the same believable log on every
// start (working days, office hours, within its range), explicit rows are stored as given, and every
// malformed member stops the server with its path, like the rest of the fixture.
#include "accountapi.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

QJsonObject user(const QJsonObject &extra)
{
    QJsonObject u{
        {QStringLiteral("id"), QStringLiteral("u1")},
        {QStringLiteral("passwordHash"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$x$y")},
        {QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Léa")},
                                                {QStringLiteral("lastName"), QStringLiteral("Roux")},
                                                {QStringLiteral("username"), QStringLiteral("lea")},
                                                {QStringLiteral("email"), QStringLiteral("lea@facturos.test")},
                                                {QStringLiteral("pendingEmail"), QJsonValue()},
                                                {QStringLiteral("phone"), QStringLiteral("")},
                                                {QStringLiteral("companyName"), QStringLiteral("")},
                                                {QStringLiteral("siret"), QStringLiteral("")},
                                                {QStringLiteral("deliveryAddress"),
                                                 QJsonObject{{QStringLiteral("line1"), QStringLiteral("1 rue Neuve")},
                                                             {QStringLiteral("line2"), QStringLiteral("")},
                                                             {QStringLiteral("postalCode"), QStringLiteral("69001")},
                                                             {QStringLiteral("city"), QStringLiteral("Lyon")},
                                                             {QStringLiteral("country"), QStringLiteral("FR")}}},
                                                {QStringLiteral("billingAddress"), QJsonValue()}}},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        u.insert(it.key(), it.value());
    return u;
}

QJsonObject generator(const QJsonObject &overrides = {})
{
    QJsonObject spec{
        {QStringLiteral("count"), 120},
        {QStringLiteral("from"), QStringLiteral("2025-01-01T00:00:00Z")},
        {QStringLiteral("to"), QStringLiteral("2025-12-31T00:00:00Z")},
        {QStringLiteral("seed"), 7},
        {QStringLiteral("places"),
         QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("192.0.2.24")}, {QStringLiteral("weight"), 3}},
                    QJsonObject{{QStringLiteral("ip"), QStringLiteral("198.51.100.1")}}}},
        {QStringLiteral("devices"),
         QJsonArray{QJsonObject{{QStringLiteral("userAgent"), QStringLiteral("FacturosAccount/1.0")}}}}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        spec.insert(it.key(), it.value());
    return {{QStringLiteral("generate"), spec}};
}

} // namespace

class TestSecurityFixture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QJsonObject &userObject)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.json").arg(++m_files));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(toCompactJson(
                QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("users"), QJsonArray{userObject}}}));
        return path;
    }
    static QList<QVariantList> rows(TestServer &server, const QString &sql)
    {
        QList<QVariantList> all;
        QSqlQuery q = server.server().database().exec(sql);
        while (q.next())
            all.append({q.value(0), q.value(1), q.value(2), q.value(3)});
        return all;
    }

private slots:
    void generatorIsDeterministicAndBelievable()
    {
        const QString path = write(user({{QStringLiteral("activity"), QJsonArray{generator()}}}));
        TestServer first(path), second(path);
        QVERIFY2(first.isRunning(), qPrintable(first.error()));
        const QString sql = QStringLiteral("SELECT time, ip, user_agent, location FROM activity ORDER BY id");
        const auto a = rows(first, sql);
        QCOMPARE(a.size(), 120);
        QCOMPARE(rows(second, sql), a);
        const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC), to(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC);
        int lyon = 0;
        for (const QVariantList &row : a) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(row.at(0).toLongLong(), Qt::UTC);
            QVERIFY(t >= from && t <= to);
            QVERIFY2(t.date().dayOfWeek() <= 5, qPrintable(t.toString(Qt::ISODate)));
            QVERIFY(t.time().hour() >= 7 && t.time().hour() < 18);
            lyon += row.at(3).toString() == QLatin1String("Lyon, France") ? 1 : 0;
        }
        QVERIFY2(lyon > 60 && lyon < 110, qPrintable(QString::number(lyon))); // weight 3 of 4
        const QString otherSeed =
            write(user({{QStringLiteral("activity"), QJsonArray{generator({{QStringLiteral("seed"), 8}})}}}));
        TestServer third(otherSeed);
        QVERIFY(rows(third, sql) != a);
    }

    void explicitRowsAreStored()
    {
        const QString path = write(user({
            {QStringLiteral("legalRecords"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("invoice")},
                                    {QStringLiteral("reference"), QStringLiteral("FAC-1")},
                                    {QStringLiteral("issuedOn"), QStringLiteral("2024-03-18")},
                                    {QStringLiteral("amountCents"), 1000},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")}}}},
            {QStringLiteral("locationPoints"),
             QJsonArray{QJsonObject{{QStringLiteral("time"), QStringLiteral("2025-01-01T10:00:00Z")},
                                    {QStringLiteral("latitude"), 45.75},
                                    {QStringLiteral("longitude"), 4.85},
                                    {QStringLiteral("accuracyM"), 12}}}},
        }));
        TestServer server(path);
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        const auto legal = rows(server, QStringLiteral("SELECT reference, issued_on, retain_until, currency FROM "
                                                       "legal_records"));
        QCOMPARE(legal.size(), 1);
        QCOMPARE(legal.first().at(2).toString(), QStringLiteral("2034-12-31")); // ten years, to the year's end
        const auto points = rows(server, QStringLiteral("SELECT latitude, longitude, accuracy_m, time FROM "
                                                        "location_points"));
        QCOMPARE(points.first().at(0).toDouble(), 45.75);
    }

    void malformedSectionsStopTheServerWithTheirPath_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        const QJsonObject session{{QStringLiteral("id"), QStringLiteral("s1")},
                                  {QStringLiteral("createdAt"), QStringLiteral("2025-01-01T00:00:00Z")},
                                  {QStringLiteral("lastSeenAt"), QStringLiteral("2025-01-02T00:00:00Z")},
                                  {QStringLiteral("ip"), QStringLiteral("192.0.2.1")},
                                  {QStringLiteral("userAgent"), QStringLiteral("x")}};
        QJsonObject bogus = session;
        bogus.insert(QStringLiteral("token"), QStringLiteral("secret"));
        QJsonObject backwards = session;
        backwards.insert(QStringLiteral("lastSeenAt"), QStringLiteral("2024-01-01T00:00:00Z"));
        QTest::newRow("session unknown") << "sessions" << QJsonValue(QJsonArray{bogus}) << "sessions[0].token";
        QTest::newRow("session backwards")
            << "sessions" << QJsonValue(QJsonArray{backwards}) << "sessions[0].lastSeenAt";
        QTest::newRow("not an array") << "activity" << QJsonValue(QStringLiteral("x")) << "activity";
        QTest::newRow("no places") << "activity"
                                   << QJsonValue(QJsonArray{generator({{QStringLiteral("places"), QJsonArray()}})})
                                   << "activity[0].generate.places";
        QTest::newRow("count zero") << "activity" << QJsonValue(QJsonArray{generator({{QStringLiteral("count"), 0}})})
                                    << "activity[0].generate.count";
        QTest::newRow("generator extra") << "activity"
                                         << QJsonValue(QJsonArray{generator({{QStringLiteral("rate"), 2}})})
                                         << "activity[0].generate.rate";
        QTest::newRow("event kind") << "activity"
                                    << QJsonValue(QJsonArray{
                                           QJsonObject{{QStringLiteral("time"), QStringLiteral("2025-01-01T00:00:00Z")},
                                                       {QStringLiteral("kind"), QStringLiteral("Sign-In")},
                                                       {QStringLiteral("ip"), QStringLiteral("")},
                                                       {QStringLiteral("userAgent"), QStringLiteral("")}}})
                                    << "activity[0].kind";
        QTest::newRow("delegate scope") << "delegates"
                                        << QJsonValue(QJsonArray{QJsonObject{
                                               {QStringLiteral("id"), QStringLiteral("d")},
                                               {QStringLiteral("displayName"), QStringLiteral("X")},
                                               {QStringLiteral("email"), QStringLiteral("x@y.example")},
                                               {QStringLiteral("role"), QStringLiteral("accountant")},
                                               {QStringLiteral("scope"), QStringLiteral("all")},
                                               {QStringLiteral("grantedAt"), QStringLiteral("2025-01-01T00:00:00Z")},
                                               {QStringLiteral("lastAccessAt"), QJsonValue()}}})
                                        << "delegates[0].scope";
        QTest::newRow("latitude") << "locationPoints"
                                  << QJsonValue(QJsonArray{
                                         QJsonObject{{QStringLiteral("time"), QStringLiteral("2025-01-01T00:00:00Z")},
                                                     {QStringLiteral("latitude"), 95.0},
                                                     {QStringLiteral("longitude"), 4.0},
                                                     {QStringLiteral("accuracyM"), 5}}})
                                  << "locationPoints[0].latitude";
        QTest::newRow("issued on") << "legalRecords"
                                   << QJsonValue(QJsonArray{
                                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("invoice")},
                                                      {QStringLiteral("reference"), QStringLiteral("F")},
                                                      {QStringLiteral("issuedOn"), QStringLiteral("2024-3-18")},
                                                      {QStringLiteral("amountCents"), 1},
                                                      {QStringLiteral("currency"), QStringLiteral("EUR")}}})
                                   << "legalRecords[0].issuedOn";
        QTest::newRow("chat empty") << "supportChats"
                                    << QJsonValue(QJsonArray{QJsonObject{
                                           {QStringLiteral("startedAt"), QStringLiteral("2025-01-01T00:00:00Z")},
                                           {QStringLiteral("topic"), QStringLiteral("")},
                                           {QStringLiteral("transcript"), QStringLiteral("x")}}})
                                    << "supportChats[0].topic";
        QTest::newRow("survey item") << "surveyAnswers" << QJsonValue(QJsonArray{1}) << "surveyAnswers[0]";
    }

    void malformedSectionsStopTheServerWithTheirPath()
    {
        QFETCH(QString, section);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        TestServer server(write(user({{section, value}})));
        QVERIFY(!server.isRunning());
        QVERIFY2(server.error().contains(QStringLiteral("users[0].") + where + QLatin1Char(':')),
                 qPrintable(server.error()));
    }

    void duplicateSessionIdsAreRefused()
    {
        const QJsonObject session{{QStringLiteral("id"), QStringLiteral("same")},
                                  {QStringLiteral("createdAt"), QStringLiteral("2025-01-01T00:00:00Z")},
                                  {QStringLiteral("lastSeenAt"), QStringLiteral("2025-01-02T00:00:00Z")},
                                  {QStringLiteral("ip"), QStringLiteral("192.0.2.1")},
                                  {QStringLiteral("userAgent"), QStringLiteral("x")}};
        TestServer server(write(user({{QStringLiteral("sessions"), QJsonArray{session, session}}})));
        QVERIFY(!server.isRunning());
        QVERIFY2(server.error().contains(QStringLiteral("users[0].sessions[1]")), qPrintable(server.error()));
    }
};

QTEST_GUILESS_MAIN(TestSecurityFixture)
#include "tst_securityfixture.moc"
