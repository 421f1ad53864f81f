// POST /v1/account/mailboxes/imap against a real Dovecot on loopback: TLS and STARTTLS logins, one reason per
// failure (wrong password, unknown host, refused port, untrusted certificate, a server that never answers),
// credentials that need quoting or literals, and a slow login that stalls neither other requests nor the
// server when its client leaves.
#include "dovecot.h"
#include "mailboxtest.h"
#include "server/imapverifier.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <memory>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kUser = QStringLiteral("camille");
const QString kPassword = QStringLiteral("Facturos-imap-2026");

// name, password: each needs its own encoding in the LOGIN command.
const QList<Dovecot::User> kTrickyUsers{
    {QStringLiteral("quotes"), QStringLiteral("pa\"ss \"word\"")},
    {QStringLiteral("backslash"), QStringLiteral("back\\slash\\\\end\\")},
    {QStringLiteral("accents"), QStringLiteral("Mot-de-passe-été-€-ß")},
    {QStringLiteral("spaces"), QStringLiteral("correct horse battery staple")},
    // A full address as user name (Dovecot's passwd-file refuses quotes, apostrophes and spaces in names).
    {QStringLiteral("o.brien+factures@atelier.example"), QStringLiteral("plain-password-1")},
    {QStringLiteral("jérôme"), QStringLiteral("\" \\ é {3}")},
};

} // namespace

class TestImapConnect : public QObject
{
    Q_OBJECT

    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

    std::unique_ptr<TestServer> makeServer(bool trustTestCa)
    {
        const QString ca = m_dovecot->caFile();
        return std::make_unique<TestServer>([ca, trustTestCa](server::ServerOptions &options) {
            options.mailboxes.allowPrivateImapHosts = true; // Dovecot is on loopback
            options.mailboxes.imapTimeoutMs = 2000;
            if (trustTestCa)
                options.mailboxes.imapCaFile = ca;
        });
    }

private slots:
    void initTestCase()
    {
        QList<Dovecot::User> users{{kUser, kPassword}};
        users += kTrickyUsers;
        m_dovecot = std::make_unique<Dovecot>(users);
        QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->error()));
    }

    void init()
    {
        m_server = makeServer(true);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
    }

    void connectsWithTlsAndStarttls_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("tls") << QStringLiteral("tls");
        QTest::newRow("starttls") << QStringLiteral("starttls");
    }
    void connectsWithTlsAndStarttls()
    {
        QFETCH(QString, security);
        const quint16 port = security == QLatin1String("tls") ? m_dovecot->tlsPort() : m_dovecot->plainPort();
        const HttpResult result = postImap(m_http, *m_server, m_token,
                                           imapBody(QStringLiteral("localhost"), port, security, kUser, kPassword));
        QCOMPARE(result.status, 201);
        const QJsonObject mailbox = result.json();
        QCOMPARE(mailbox.value(QStringLiteral("kind")).toString(), QStringLiteral("imap"));
        QCOMPARE(mailbox.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.header("Location"),
                 "/v1/account/mailboxes/" + mailbox.value(QStringLiteral("id")).toString().toUtf8());
        const QJsonObject imap = mailbox.value(QStringLiteral("imap")).toObject();
        QCOMPARE(imap.value(QStringLiteral("security")).toString(), security);
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), int(port));
        QVERIFY(!result.body.contains(kPassword.toUtf8()));
        // Listed, and the password kept (encrypted) is the one that logged in.
        const QJsonObject listed =
            findMailbox(listMailboxes(m_http, *m_server, m_token), QStringLiteral("camille@atelier.example"));
        QCOMPARE(listed, mailbox);
        const auto secret = m_server->server().context().mailboxes->secret(
            m_server->userId(kDemoEmail), mailbox.value(QStringLiteral("id")).toString());
        QCOMPARE(secret.value_or(QByteArray()), kPassword.toUtf8());
    }

    void eachFailureHasItsReason_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port"); // 0: Dovecot's TLS port; -1: a closed port
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QStringLiteral("localhost") << 0 << QStringLiteral("tls")
                                        << QStringLiteral("not-the-password")
                                        << QStringLiteral("authentication_failed@password");
        QTest::newRow("wrong password starttls")
            << QStringLiteral("localhost") << 1 << QStringLiteral("starttls") << QStringLiteral("nope")
            << QStringLiteral("authentication_failed@password");
        QTest::newRow("unknown host") << QStringLiteral("imap.facturos-test.invalid") << 0 << QStringLiteral("tls")
                                      << kPassword << QStringLiteral("host_not_found@host");
        QTest::newRow("refused port") << QStringLiteral("localhost") << -1 << QStringLiteral("tls") << kPassword
                                      << QStringLiteral("connection_refused@port");
        QTest::newRow("TLS on the plain port") << QStringLiteral("localhost") << 1 << QStringLiteral("tls") << kPassword
                                               << QStringLiteral("tls_error@security");
    }
    void eachFailureHasItsReason()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, security);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const quint16 target = port == 0 ? m_dovecot->tlsPort() : port == 1 ? m_dovecot->plainPort() : closedPort();
        const HttpResult result =
            postImap(m_http, *m_server, m_token, imapBody(host, target, security, kUser, password));
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), expected);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(listMailboxes(m_http, *m_server, m_token).size() == 2); // only the fixture's two
    }

    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("tls") << QStringLiteral("tls");
        QTest::newRow("starttls") << QStringLiteral("starttls");
    }
    void untrustedCertificateIsRefused()
    {
        QFETCH(QString, security);
        auto strict = makeServer(false); // no --imap-ca-file: the test CA is unknown
        QVERIFY(strict->isRunning());
        const quint16 port = security == QLatin1String("tls") ? m_dovecot->tlsPort() : m_dovecot->plainPort();
        const HttpResult result = postImap(m_http, *strict, strict->signInDirect(kDemoEmail),
                                           imapBody(QStringLiteral("localhost"), port, security, kUser, kPassword));
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), QStringLiteral("certificate_untrusted@host"));
    }

    void silentServerTimesOut_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("tls handshake never answered") << QStringLiteral("tls");
        QTest::newRow("no greeting") << QStringLiteral("starttls");
    }
    void silentServerTimesOut()
    {
        QFETCH(QString, security);
        Listener silent;
        QElapsedTimer timer;
        timer.start();
        const HttpResult result =
            postImap(m_http, *m_server, m_token,
                     imapBody(QStringLiteral("127.0.0.1"), silent.serverPort(), security, kUser, kPassword));
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), QStringLiteral("timeout@host"));
        QCOMPARE(silent.connections(), 1);
        QVERIFY2(timer.elapsed() >= 1900 && timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void trickyCredentialsLogIn_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        for (const Dovecot::User &user : kTrickyUsers)
            QTest::newRow(qPrintable(user.name)) << user.name << user.password;
    }
    void trickyCredentialsLogIn()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        for (const QString &security : {QStringLiteral("tls"), QStringLiteral("starttls")}) {
            auto server = makeServer(true);
            const quint16 port = security == QLatin1String("tls") ? m_dovecot->tlsPort() : m_dovecot->plainPort();
            const HttpResult result =
                postImap(m_http, *server, server->signInDirect(kDemoEmail),
                         imapBody(QStringLiteral("localhost"), port, security, username, password));
            QVERIFY2(result.status == 201, qPrintable(security + QLatin1Char(' ') + QString::fromUtf8(result.body)));
            // And the same user with a wrong password is refused: the credentials really were checked.
            const HttpResult wrong =
                postImap(m_http, *server, server->signInDirect(kDemoEmail),
                         imapBody(QStringLiteral("localhost"), port, security, username, password + QStringLiteral("x"),
                                  QStringLiteral("other@atelier.example")));
            QCOMPARE(reasonOf(wrong), QStringLiteral("authentication_failed@password"));
        }
    }

    void lineBreaksAreRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("CR LF in password") << QStringLiteral("password") << QStringLiteral("secret\r\na3 LOGOUT");
        QTest::newRow("LF in password") << QStringLiteral("password") << QStringLiteral("secret\nmore");
        QTest::newRow("CR in username") << QStringLiteral("username") << QStringLiteral("camille\r");
        QTest::newRow("NUL in password") << QStringLiteral("password")
                                         << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    }
    void lineBreaksAreRefusedBeforeConnecting()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Listener listener;
        QJsonObject body =
            imapBody(QStringLiteral("127.0.0.1"), listener.serverPort(), QStringLiteral("tls"), kUser, kPassword);
        body.insert(field, value);
        const HttpResult result = postImap(m_http, *m_server, m_token, body);
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), QStringLiteral("validation_failed@") + field);
        QCOMPARE(result.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_characters"));
        QCOMPARE(listener.connections(), 0);
    }

    void slowLoginDoesNotStallOtherRequests()
    {
        Listener silent;
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server->url(kMailboxes + QStringLiteral("/imap")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *slow = nam.post(request, QJsonDocument(imapBody(QStringLiteral("127.0.0.1"), silent.serverPort(),
                                                                       QStringLiteral("tls"), kUser, kPassword))
                                                    .toJson());
        QTRY_COMPARE(silent.connections(), 1); // the IMAP check is under way
        QElapsedTimer timer;
        timer.start();
        const HttpResult health = m_http.get(m_server->url(QStringLiteral("/healthz")));
        QCOMPARE(health.status, 200);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!slow->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        slow->deleteLater();
    }

    void clientLeavingDuringLoginDoesNotCrash()
    {
        Listener silent;
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server->url(kMailboxes + QStringLiteral("/imap")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply =
            nam.post(request, QJsonDocument(imapBody(QStringLiteral("127.0.0.1"), silent.serverPort(),
                                                     QStringLiteral("tls"), kUser, kPassword))
                                  .toJson());
        QTRY_COMPARE(silent.connections(), 1);
        reply->abort();
        reply->deleteLater();
        auto *service = m_server->server().context().mailboxes;
        QVERIFY(!service->findChildren<server::ImapVerifier *>().isEmpty());
        // The check runs to its timeout and answers into the void; the server stays up.
        QTRY_VERIFY_WITH_TIMEOUT(service->findChildren<server::ImapVerifier *>().isEmpty(), 5000);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestImapConnect)
#include "tst_imapconnect.moc"
