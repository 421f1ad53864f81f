// Without --allow-private-imap-hosts, the server never connects to an IMAP host on loopback, private,
// link-local, unique-local or otherwise non-public addresses, whether given as an address or as a name that
// resolves to one: it answers 422 private_address, and a listener on the target sees no connection.
#include "mailboxtest.h"
#include "server/addresspolicy.h"

#include <memory>
#include <QElapsedTimer>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestImapPrivate : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>(); // production default: private hosts refused
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
    }

    void refusedWithoutConnecting_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("listenOn"); // where a listener watches for a connection; empty: none possible
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("::1") << QStringLiteral("::1") << QStringLiteral("::1");
        QTest::newRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1");
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << QStringLiteral("127.0.0.1");
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << QString();
        QTest::newRow("192.168.1.1") << QStringLiteral("192.168.1.1") << QString();
        QTest::newRow("169.254.1.1") << QStringLiteral("169.254.1.1") << QString();
        QTest::newRow("100.64.0.1 (CGNAT)") << QStringLiteral("100.64.0.1") << QString();
        QTest::newRow("fd00::1") << QStringLiteral("fd00::1") << QString();
        QTest::newRow("fe80::1") << QStringLiteral("fe80::1") << QString();
        QTest::newRow("224.0.0.1 (multicast)") << QStringLiteral("224.0.0.1") << QString();
    }
    void refusedWithoutConnecting()
    {
        QFETCH(QString, host);
        QFETCH(QString, listenOn);
        std::unique_ptr<Listener> listener;
        quint16 port = 993;
        if (!listenOn.isEmpty()) {
            listener = std::make_unique<Listener>(false, QHostAddress(listenOn));
            if (!listener->isListening())
                QSKIP("this machine has no such loopback address to watch");
            port = listener->serverPort();
        }
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = postImap(m_http, *m_server, m_token,
                                           imapBody(host, port, QStringLiteral("tls"), QStringLiteral("camille"),
                                                    QStringLiteral("Facturos-imap-2026")));
        QCOMPARE(result.status, 422);
        QCOMPARE(reasonOf(result), QStringLiteral("private_address@host"));
        QVERIFY2(timer.elapsed() < 2000, "refused at once, not after a connection attempt timed out");
        if (listener) {
            // Give a stray connection every chance to show up before concluding there was none.
            QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
            QCOMPARE(listener->connections(), 0);
        }
        QCOMPARE(listMailboxes(m_http, *m_server, m_token).size(), 2); // the fixture's two, nothing added
    }

    void addressPolicy_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("nonPublic");
        const QList<const char *> blocked{"127.0.0.1",
                                          "127.255.255.254",
                                          "0.0.0.0",
                                          "10.1.2.3",
                                          "172.16.0.1",
                                          "172.31.255.255",
                                          "192.168.0.1",
                                          "169.254.169.254",
                                          "100.64.0.1",
                                          "100.127.255.255",
                                          "224.0.0.251",
                                          "255.255.255.255",
                                          "::",
                                          "::1",
                                          "::ffff:10.0.0.1",
                                          "::ffff:127.0.0.1",
                                          "fc00::1",
                                          "fd12:3456::1",
                                          "fe80::1",
                                          "ff02::1",
                                          "64:ff9b::7f00:1",
                                          "2002:c0a8:101::1",
                                          "::127.0.0.1"};
        const QList<const char *> allowed{"8.8.8.8",        "93.184.216.34",      "172.32.0.1",
                                          "100.128.0.1",    "2a00:1450:4007::6d", "2001:4860:4860::8888",
                                          "::ffff:8.8.8.8", "64:ff9b::808:808"};
        for (const char *a : blocked)
            QTest::newRow(a) << QString::fromLatin1(a) << true;
        for (const char *a : allowed)
            QTest::newRow(a) << QString::fromLatin1(a) << false;
    }
    void addressPolicy()
    {
        QFETCH(QString, address);
        QFETCH(bool, nonPublic);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(server::isNonPublicAddress(parsed), nonPublic);
    }
};

QTEST_GUILESS_MAIN(TestImapPrivate)
#include "tst_imapprivate.moc"
