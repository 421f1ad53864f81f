// Support snapshots as fixtures: a document with a "snapshot" member loads users without a password (they get
// the support password, given or generated), mailboxes without a secret (they get a placeholder), a scheduled
// closure and a generated consent history; support then signs in through the real SSO. Ordinary fixtures stay
// as strict as before. And the app's stand-in User-Agent headers read back as the device and browser they name.
#include "controllers/snapshotdocument.h"
#include "core/json.h"
#include "httpclient.h"
#include "server/fixture.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"
#include "server/useragent.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kSupportEmail = QStringLiteral("lucie.moreau@example.fr");
const QString kSupportPassword = QStringLiteral("Support-reproduce-2026");

QJsonObject snapshotUser()
{
    QJsonObject address{{QStringLiteral("line1"), QStringLiteral("5 rue des Lilas")},
                        {QStringLiteral("line2"), QStringLiteral("")},
                        {QStringLiteral("postalCode"), QStringLiteral("35000")},
                        {QStringLiteral("city"), QStringLiteral("Rennes")},
                        {QStringLiteral("country"), QStringLiteral("FR")}};
    QJsonObject profile{{QStringLiteral("firstName"), QStringLiteral("Lucie")},
                        {QStringLiteral("lastName"), QStringLiteral("Moreau")},
                        {QStringLiteral("username"), QStringLiteral("lucie.moreau")},
                        {QStringLiteral("email"), kSupportEmail},
                        {QStringLiteral("pendingEmail"), QJsonValue()},
                        {QStringLiteral("phone"), QStringLiteral("+33639981234")},
                        {QStringLiteral("companyName"), QStringLiteral("Atelier Moreau")},
                        {QStringLiteral("siret"), QStringLiteral("73282932000074")},
                        {QStringLiteral("deliveryAddress"), address},
                        {QStringLiteral("billingAddress"), QJsonValue()}};
    QJsonObject mailbox{
        {QStringLiteral("id"), QStringLiteral("0b6a3c1e-9d3f-4b6a-8e15-0c2d4f6a8b77")},
        {QStringLiteral("kind"), QStringLiteral("imap")},
        {QStringLiteral("address"), QStringLiteral("contact12@example.net")},
        {QStringLiteral("status"), QStringLiteral("needs_reconnection")},
        {QStringLiteral("statusReason"), QStringLiteral("authentication_failed")},
        {QStringLiteral("connectedAt"), QStringLiteral("2025-09-02T10:12:40Z")},
        {QStringLiteral("lastUsedAt"), QJsonValue()},
        {QStringLiteral("scopes"), QJsonValue()},
        {QStringLiteral("imap"), QJsonObject{{QStringLiteral("host"), QStringLiteral("imap41.example.net")},
                                             {QStringLiteral("port"), 993},
                                             {QStringLiteral("security"), QStringLiteral("tls")},
                                             {QStringLiteral("username"), QStringLiteral("contact12@example.net")}}}};
    auto consent = [](const char *time, const char *purpose, bool granted) {
        return QJsonObject{{QStringLiteral("time"), QLatin1String(time)},
                           {QStringLiteral("purpose"), QLatin1String(purpose)},
                           {QStringLiteral("granted"), granted},
                           {QStringLiteral("source"), QStringLiteral("web")},
                           {QStringLiteral("statementVersion"), QStringLiteral("2020-01-14")}};
    };
    QJsonObject generated{{QStringLiteral("count"), 7},
                          {QStringLiteral("from"), QStringLiteral("2019-01-01T00:00:00Z")},
                          {QStringLiteral("to"), QStringLiteral("2020-01-01T00:00:00Z")},
                          {QStringLiteral("purposes"), QJsonArray{QStringLiteral("communications.newsletter"),
                                                                  QStringLiteral("privacy.analytics")}},
                          {QStringLiteral("statementVersion"), QStringLiteral("2018-05-25")}};
    return {{QStringLiteral("id"), QStringLiteral("8e2f4a61-3b7c-4d9e-a1f0-5c6d7e8f9a0b")},
            {QStringLiteral("createdAt"), QStringLiteral("2019-03-18T09:12:44Z")},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("closure"),
             QJsonObject{{QStringLiteral("requestedAt"), QStringLiteral("2026-11-20T10:00:00Z")},
                         {QStringLiteral("scheduledFor"), QStringLiteral("2026-12-20T10:00:00Z")},
                         {QStringLiteral("stopMarketing"), true}}},
            {QStringLiteral("consents"),
             QJsonArray{QJsonObject{{QStringLiteral("generate"), generated}},
                        consent("2021-11-09T08:03:55Z", "communications.partnerOffers", true),
                        consent("2023-02-14T12:31:20Z", "communications.partnerOffers", false)}},
            {QStringLiteral("mailboxes"), QJsonArray{mailbox}}};
}

} // namespace

class TestSnapshotFixture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QJsonObject &user, const QJsonValue &snapshot = QJsonObject{{QStringLiteral("format"), 1}})
    {
        QJsonObject document{{QStringLiteral("version"), 1}, {QStringLiteral("users"), QJsonArray{user}}};
        if (!snapshot.isUndefined())
            document.insert(QStringLiteral("snapshot"), snapshot);
        const QString path = m_dir.filePath(QStringLiteral("s%1.json").arg(++m_files));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(toCompactJson(document));
        return path;
    }
    static std::function<void(server::ServerOptions &)> password(const QString &value)
    {
        return [value](server::ServerOptions &o) { o.supportPassword = value; };
    }

private slots:
    void supportSignsInAndSeesTheSnapshotAccount()
    {
        TestServer server(password(kSupportPassword), write(snapshotUser()));
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        const auto &signIn = server.server().supportSignIn();
        QVERIFY(signIn.has_value());
        QCOMPARE(signIn->emails, QStringList{kSupportEmail});
        QVERIFY(!signIn->generated);

        SsoBrowser browser(server.url());
        QString failure;
        const auto tokens = browser.signIn(kSupportEmail, kSupportPassword, {}, &failure);
        QVERIFY2(tokens, qPrintable(failure));
        HttpClient http;
        const QJsonObject account = http.get(server.url(QStringLiteral("/v1/account")), tokens->accessToken).json();
        QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("closure_scheduled"));
        QCOMPARE(account.value(QStringLiteral("closure")).toObject().value(QStringLiteral("scheduledFor")).toString(),
                 QStringLiteral("2026-12-20T10:00:00Z"));

        QUrl url = server.url(QStringLiteral("/v1/account/consents"));
        url.setQuery(QStringLiteral("limit=200"));
        const QJsonArray consents = http.get(url, tokens->accessToken).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(consents.size(), 9); // 7 generated + 2 given
        QCOMPARE(consents.at(0).toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2023-02-14T12:31:20Z")); // the given ones first: they are the newest
        QCOMPARE(consents.at(8).toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2019-01-01T00:00:00Z"));
        // Generated records alternate per purpose, granted first: newsletter on, analytics on, newsletter off…
        QCOMPARE(consents.at(8).toObject().value(QStringLiteral("granted")).toBool(), true);
        QCOMPARE(consents.at(6).toObject().value(QStringLiteral("granted")).toBool(), false);
        QCOMPARE(consents.at(6).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("communications.newsletter"));

        const QJsonArray mailboxes = http.get(server.url(QStringLiteral("/v1/account/mailboxes")), tokens->accessToken)
                                         .json()
                                         .value(QStringLiteral("items"))
                                         .toArray();
        QCOMPARE(mailboxes.size(), 1);
        QCOMPARE(mailboxes.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_reconnection"));
        // The stored secret is the loader's placeholder, never anything from the file.
        const auto secret = server.server().context().mailboxes->secret(
            server.userId(kSupportEmail), QStringLiteral("0b6a3c1e-9d3f-4b6a-8e15-0c2d4f6a8b77"));
        QVERIFY(secret.has_value());
        QCOMPARE(*secret, QByteArrayLiteral("support-snapshot-placeholder"));
    }

    void aRandomSupportPasswordWhenNoneIsGiven()
    {
        TestServer server(password(QString()), write(snapshotUser()));
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        const auto &signIn = server.server().supportSignIn();
        QVERIFY(signIn.has_value() && signIn->generated);
        QVERIFY(signIn->password.size() >= 20);
        SsoBrowser browser(server.url());
        QVERIFY(!browser.signIn(kSupportEmail, kSupportPassword));
        QVERIFY(browser.signIn(kSupportEmail, signIn->password));
        // An ordinary fixture has no support sign-in to report.
        TestServer demo;
        QVERIFY(!demo.server().supportSignIn().has_value());
    }

    void aSnapshotNeedsASupportPassword()
    {
        TestServer empty(QStringLiteral("none"));
        QVERIFY(empty.isRunning());
        QString error;
        QVERIFY(!server::loadFixture(empty.server().context(), write(snapshotUser()), &error));
        QVERIFY2(error.contains(QLatin1String("snapshot: no support password")), qPrintable(error));
        QVERIFY(empty.userId(kSupportEmail).isEmpty());
    }

    void ordinaryFixturesStayStrict_data()
    {
        QTest::addColumn<QJsonObject>("user");
        QTest::addColumn<QJsonValue>("snapshot");
        QTest::addColumn<QString>("where");
        const QJsonValue none = QJsonValue(QJsonValue::Undefined);
        QJsonObject withPassword = snapshotUser();
        withPassword.insert(QStringLiteral("password"), QStringLiteral("x-long-enough-password"));
        QTest::newRow("no password outside a snapshot") << snapshotUser() << none << "users[0].password";
        QTest::newRow("no mailbox secret outside a snapshot") << withPassword << none << "users[0].mailboxes[0].secret";
        QTest::newRow("snapshot not an object") << snapshotUser() << QJsonValue(3) << "snapshot";
        QJsonObject badPurpose = snapshotUser();
        badPurpose.insert(
            QStringLiteral("consents"),
            QJsonArray{QJsonObject{{QStringLiteral("generate"),
                                    QJsonObject{{QStringLiteral("count"), 2},
                                                {QStringLiteral("from"), QStringLiteral("2019-01-01T00:00:00Z")},
                                                {QStringLiteral("to"), QStringLiteral("2020-01-01T00:00:00Z")},
                                                {QStringLiteral("purposes"), QJsonArray{QStringLiteral("spam")}},
                                                {QStringLiteral("statementVersion"), QStringLiteral("v")}}}}});
        QTest::newRow("generated consent purpose")
            << badPurpose << QJsonValue() << "users[0].consents[0].generate.purposes";
        QJsonObject badClosure = snapshotUser();
        badClosure.insert(QStringLiteral("closure"), QJsonObject{{QStringLiteral("requestedAt"), QStringLiteral("x")}});
        QTest::newRow("closure") << badClosure << QJsonValue() << "users[0].closure.requestedAt";
    }
    void ordinaryFixturesStayStrict()
    {
        QFETCH(QJsonObject, user);
        QFETCH(QJsonValue, snapshot);
        QFETCH(QString, where);
        // A null `snapshot` column stands for a valid snapshot member (QTest cannot carry an object there).
        const QJsonValue member = snapshot.isNull() ? QJsonValue(QJsonObject{}) : snapshot;
        TestServer server(password(kSupportPassword), write(user, member));
        QVERIFY(!server.isRunning());
        QVERIFY2(server.error().contains(where + QLatin1Char(':')), qPrintable(server.error()));
    }

    void standInUserAgentsReadBackAsTheirDeviceAndBrowser_data()
    {
        QTest::addColumn<QString>("agent");
        QFile demo(TestServer::demoFixturePath());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QSet<QString> agents;
        const QByteArray text = demo.readAll();
        for (qsizetype at = text.indexOf("\"userAgent\": \""); at >= 0;
             at = text.indexOf("\"userAgent\": \"", at + 1)) {
            const qsizetype start = at + 14;
            agents.insert(QString::fromUtf8(text.mid(start, text.indexOf('"', start) - start)));
        }
        agents.insert(QStringLiteral("Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                                     "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"));
        agents.insert(QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                     "Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0"));
        agents.insert(QStringLiteral("FacturosAccount/0.1.0 (Linux; Qt 6.4.2)"));
        agents.insert(QStringLiteral("curl/8.0"));
        QVERIFY(agents.size() >= 10);
        for (const QString &agent : agents)
            QTest::newRow(qPrintable(agent.left(60))) << agent;
    }
    void standInUserAgentsReadBackAsTheirDeviceAndBrowser()
    {
        QFETCH(QString, agent);
        const server::UserAgentInfo real = server::parseUserAgent(agent);
        const QString stand = controllers::userAgentFor(real.device, real.browser);
        const server::UserAgentInfo back = server::parseUserAgent(stand);
        QCOMPARE(back.device, real.device);
        QCOMPARE(back.browser, real.browser);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFixture)
#include "tst_snapshotfixture.moc"
