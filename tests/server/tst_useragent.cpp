// The small parsers behind the Security page: User-Agent → device and browser, IP → approximate place
// (never a network lookup), and the keyset cursor that only accepts what the server issued.

#include "server/approximateplace.h"
#include "server/securitystore.h"
#include "server/useragent.h"

#include <QTest>

using namespace facturos::server;

class TestUserAgent : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("browser");
        QTest::newRow("firefox windows")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0"
            << "Windows"
            << "Firefox 145";
        QTest::newRow("firefox linux") << "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
                                       << "Linux"
                                       << "Firefox 128";
        QTest::newRow("chrome mac") << "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, "
                                       "like Gecko) Chrome/142.0.0.0 Safari/537.36"
                                    << "macOS"
                                    << "Chrome 142";
        QTest::newRow("edge windows") << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                                         "Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0"
                                      << "Windows"
                                      << "Edge 142";
        QTest::newRow("opera") << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                  "Chrome/126.0.0.0 Safari/537.36 OPR/112.0.0.0"
                               << "Windows"
                               << "Opera 112";
        QTest::newRow("safari mac") << "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                                       "like Gecko) Version/17.5 Safari/605.1.15"
                                    << "macOS"
                                    << "Safari 17";
        QTest::newRow("safari iphone") << "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 "
                                          "(KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1"
                                       << "iPhone"
                                       << "Safari 18";
        QTest::newRow("chrome iphone") << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                                          "(KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1"
                                       << "iPhone"
                                       << "Chrome 126";
        QTest::newRow("ipad") << "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                                 "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
                              << "iPad"
                              << "Safari 17";
        QTest::newRow("chrome android") << "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
                                           "Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36"
                                        << "Android"
                                        << "Chrome 126";
        QTest::newRow("samsung") << "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                                    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"
                                 << "Android"
                                 << "Samsung Internet 25";
        QTest::newRow("chromeos") << "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                                     "Chrome/126.0.0.0 Safari/537.36"
                                  << "ChromeOS"
                                  << "Chrome 126";
        QTest::newRow("desktop app windows") << "FacturosAccount/1.2.0 (Windows; Qt 6.4.2)"
                                             << "Windows"
                                             << "Facturos Account 1.2.0";
        QTest::newRow("desktop app mac") << "FacturosAccount/0.1.0 (macOS 14.5; Qt 6.4.2)"
                                         << "macOS"
                                         << "Facturos Account 0.1.0";
        QTest::newRow("desktop app bare") << "FacturosAccount/0.1.0"
                                          << ""
                                          << "Facturos Account 0.1.0";
        QTest::newRow("test browser") << "Mozilla/5.0 (X11; Linux x86_64) FacturosTestBrowser/1.0"
                                      << "Linux"
                                      << "";
        QTest::newRow("curl") << "curl/8.5.0"
                              << ""
                              << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("spoofed app inside") << "Mozilla/5.0 FacturosAccount/9.9 (Windows)"
                                            << "Windows"
                                            << "";
    }

    void parses()
    {
        QFETCH(QString, agent);
        QFETCH(QString, device);
        QFETCH(QString, browser);
        const UserAgentInfo info = parseUserAgent(agent);
        QCOMPARE(info.device, device);
        QCOMPARE(info.browser, browser);
    }

    void places_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("place");
        QTest::newRow("loopback v4") << "127.0.0.1"
                                     << "local network";
        QTest::newRow("loopback v6") << "::1"
                                     << "local network";
        QTest::newRow("mapped loopback") << "::ffff:127.0.0.1"
                                         << "local network";
        QTest::newRow("rfc1918 10") << "10.4.5.6"
                                    << "local network";
        QTest::newRow("rfc1918 172") << "172.20.1.1"
                                     << "local network";
        QTest::newRow("172 public") << "172.32.0.1"
                                    << "";
        QTest::newRow("rfc1918 192.168") << "192.168.1.20"
                                         << "local network";
        QTest::newRow("ula") << "fd12:3456::1"
                             << "local network";
        QTest::newRow("lyon") << "192.0.2.24"
                              << "Lyon, France";
        QTest::newRow("mapped lyon") << "::ffff:192.0.2.24"
                                     << "Lyon, France";
        QTest::newRow("villeurbanne") << "192.0.2.160"
                                      << "Villeurbanne, France";
        QTest::newRow("paris") << "198.51.100.87"
                               << "Paris, France";
        QTest::newRow("abroad") << "203.0.113.45"
                                << "Toronto, Canada";
        QTest::newRow("v6 table") << "2001:db8:1::2a"
                                  << "Lyon, France";
        QTest::newRow("unknown public") << "8.8.8.8"
                                        << "";
        QTest::newRow("garbage") << "not an ip"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void places()
    {
        QFETCH(QString, ip);
        QFETCH(QString, place);
        QCOMPARE(approximatePlace(ip), place);
    }

    void cursorsRoundTripAndRejectForgeries()
    {
        qint64 key = 0;
        QString id;
        const QString cursor = SecurityStore::encodeCursor(1764115200, QStringLiteral("12345"));
        QVERIFY(SecurityStore::decodeCursor(cursor, &key, &id));
        QCOMPARE(key, 1764115200);
        QCOMPARE(id, QStringLiteral("12345"));
        QVERIFY(SecurityStore::decodeCursor(SecurityStore::encodeCursor(-5, QStringLiteral("a-b")), &key, &id));
        QCOMPARE(key, -5);

        for (const QString &bad : {QStringLiteral("garbage!"), QStringLiteral(""), cursor + QStringLiteral("="),
                                   cursor + QStringLiteral("A"),
                                   QString::fromLatin1(QByteArray("12345").toBase64(QByteArray::Base64UrlEncoding)),
                                   QString::fromLatin1(QByteArray("x.1").toBase64(QByteArray::Base64UrlEncoding)),
                                   QString::fromLatin1(QByteArray("+1.1").toBase64(QByteArray::Base64UrlEncoding)),
                                   QString::fromLatin1(QByteArray("1.").toBase64(QByteArray::Base64UrlEncoding)),
                                   QString(300, QLatin1Char('A'))})
            QVERIFY2(!SecurityStore::decodeCursor(bad, &key, &id), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestUserAgent)
#include "tst_useragent.moc"
