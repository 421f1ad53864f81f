// The support snapshot's placeholders keep each value's shape (valid French phone, Luhn-valid SIRET and SIREN,
// French postal code and town, example.* e-mails, documentation IP ranges), keep empty values empty, map the
// same real value to the same placeholder and different ones to different placeholders, never give back a real
// value or one of its distinctive words, keep id order, and depend only on the seed.
#include "controllers/snapshotplaceholders.h"
#include "core/validation.h"

#include <QHostAddress>
#include <QtTest>

using namespace facturos;
using facturos::controllers::SnapshotPlaceholders;

namespace {
QByteArray seed(int i)
{
    return QByteArray("seed-") + QByteArray::number(i);
}
bool inSubnet(const QString &ip, const char *subnet)
{
    return QHostAddress(ip).isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet)));
}
} // namespace

class TestSnapshotPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void phonesStayValidAndKeepTheirKind()
    {
        for (int i = 0; i < 50; ++i) {
            SnapshotPlaceholders p(seed(i));
            const QString mobile = p.phone(QStringLiteral("+33612345678"));
            QCOMPARE(validation::normalizePhone(mobile), std::optional<QString>(mobile));
            QVERIFY2(mobile.startsWith(QLatin1String("+3363998")), qPrintable(mobile)); // ARCEP's fiction range
            const QString landline = p.phone(QStringLiteral("+33478123456"));
            QVERIFY2(landline.startsWith(QLatin1String("+3346571")) && landline.size() == 12, qPrintable(landline));
            const QString nine = p.phone(QStringLiteral("+33912345678"));
            QVERIFY(nine.startsWith(QLatin1String("+339")) && validation::normalizePhone(nine) == nine);
            const QString british = p.phone(QStringLiteral("+442079460958"));
            QVERIFY2(british.startsWith(QLatin1String("+442079")) && british != QLatin1String("+442079460958"),
                     qPrintable(british));
            QCOMPARE(validation::normalizePhone(british), std::optional<QString>(british));
            QCOMPARE(p.phone(QString()), QString());
        }
    }

    void siretsPassLuhnAndDifferFromTheRealOne()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            SnapshotPlaceholders p(seed(i));
            const QString siret = p.siret(QStringLiteral("73282932000074"));
            QCOMPARE(validation::normalizeSiret(siret), std::optional<QString>(siret));
            QVERIFY(validation::isLuhnValid(siret.left(9)));
            QVERIFY(siret != QLatin1String("73282932000074"));
            seen.insert(siret);
        }
        QVERIFY(seen.size() > 90);
    }

    void addressesStayFrenchAddresses()
    {
        const Address delivery{QStringLiteral("12 rue des Tanneurs"), QStringLiteral("Bâtiment B"),
                               QStringLiteral("69007"), QStringLiteral("Lyon"), QStringLiteral("FR")};
        const Address billing{QStringLiteral("BP 4521"), QString(), QStringLiteral("69241"),
                              QStringLiteral("Lyon Cedex 04"), QStringLiteral("FR")};
        const Address abroad{QStringLiteral("10 Downing Street"), QString(), QStringLiteral("SW1A 2AA"),
                             QStringLiteral("London"), QStringLiteral("GB")};
        for (int i = 0; i < 50; ++i) {
            SnapshotPlaceholders p(seed(i));
            for (const Address &a : {delivery, billing, abroad}) {
                p.forbid(a.line1);
                p.forbid(a.city);
                p.forbid(a.postalCode);
            }
            const Address d = p.address(delivery);
            QVERIFY(validation::isValidFrenchPostalCode(d.postalCode));
            QVERIFY(!d.city.contains(QLatin1String("Lyon")));
            QVERIFY(!d.line1.contains(QLatin1String("Tanneurs")) && !d.line1.isEmpty());
            QVERIFY(!d.line2.isEmpty() && d.line2 != delivery.line2);
            const Address b = p.address(billing);
            QVERIFY2(b.line1.startsWith(QLatin1String("BP ")) && b.line1 != billing.line1, qPrintable(b.line1));
            QCOMPARE(b.city, d.city + QStringLiteral(" Cedex 04")); // the same town, as in the real addresses
            QVERIFY(b.line2.isEmpty());
            const Address f = p.address(abroad);
            QCOMPARE(f.country, QStringLiteral("GB"));
            QVERIFY(f.city != abroad.city && f.line1 != abroad.line1);
            QVERIFY(validation::validate(Profile{QStringLiteral("A"),
                                                 QStringLiteral("B"),
                                                 QStringLiteral("ab.c"),
                                                 QStringLiteral("a@example.fr"),
                                                 {},
                                                 {},
                                                 {},
                                                 {},
                                                 d,
                                                 b})
                        .isEmpty());
        }
        SnapshotPlaceholders p(seed(0));
        QVERIFY(p.address(Address{}).isEmpty());
    }

    void namesAndEmailsNeverGiveBackARealValue()
    {
        for (int i = 0; i < 100; ++i) {
            SnapshotPlaceholders p(seed(i));
            // "Moreau" and "Lucie" are in the placeholder lists themselves: they must still be replaced.
            p.forbid(QStringLiteral("Moreau"));
            p.forbid(QStringLiteral("Lucie"));
            p.forbid(QStringLiteral("Atelier Moreau Menuiserie"));
            QVERIFY(p.lastName(QStringLiteral("Moreau")) != QLatin1String("Moreau"));
            QVERIFY(p.firstName(QStringLiteral("Lucie")) != QLatin1String("Lucie"));
            QVERIFY(!p.company(QStringLiteral("Atelier Moreau Menuiserie")).contains(QLatin1String("Moreau")));
            QVERIFY(!p.firmName(QStringLiteral("Cabinet Moreau")).contains(QLatin1String("Moreau")));
            const QString email = p.email(QStringLiteral("lucie.moreau@gmail.com"), QStringLiteral("jules.roy"),
                                          QStringLiteral("example.fr"));
            QVERIFY2(email.endsWith(QLatin1String("@example.fr")) && validation::isValidEmail(email),
                     qPrintable(email));
            QVERIFY(validation::isValidUsername(
                p.username(QStringLiteral("lmoreau"), QStringLiteral("Émilie"), QStringLiteral("Noël"))));
        }
        QCOMPARE(SnapshotPlaceholders::asciiWord(QStringLiteral("Émilie Noël")), QStringLiteral("emilie-noel"));
    }

    void addressesGoToDocumentationRanges()
    {
        SnapshotPlaceholders p(seed(1));
        QVERIFY(inSubnet(p.ip(QStringLiteral("81.250.3.4")), "192.0.2.0/24"));
        QVERIFY(inSubnet(p.ip(QStringLiteral("::ffff:81.250.3.5")), "192.0.2.0/24"));
        QVERIFY(inSubnet(p.ip(QStringLiteral("2a01:cb00::1")), "2001:db8::/32"));
        QVERIFY(inSubnet(p.ip(QStringLiteral("192.168.1.20")), "10.0.0.0/8")); // still "local network"
        QVERIFY(inSubnet(p.ip(QStringLiteral("fe80::1")), "fc00::/7"));
        QCOMPARE(p.ip(QStringLiteral("127.0.0.1")), QStringLiteral("127.0.0.1"));
        QCOMPARE(p.ip(QString()), QString());
        p.forbid(QStringLiteral("192.0.2.24"));
        QSet<QString> stands;
        for (int i = 0; i < 200; ++i)
            stands.insert(p.ip(QStringLiteral("203.0.%1.%2").arg(i / 100).arg(i % 100 + 1)));
        QCOMPARE(stands.size(), 200); // never two real addresses on one placeholder
        QVERIFY(!stands.contains(QStringLiteral("192.0.2.24")));
    }

    void consistentDeterministicAndOrdered()
    {
        SnapshotPlaceholders a(seed(7)), b(seed(7)), c(seed(8));
        const QStringList ids{QStringLiteral("4a7c1e2b-0001"), QStringLiteral("4a7c1e2b-0002"),
                              QStringLiteral("c3a1e9d2-0003"), QStringLiteral("0000-0004")};
        a.keepIdOrder(ids);
        b.keepIdOrder(ids);
        c.keepIdOrder(ids);
        QStringList standsA, standsC;
        for (const QString &id : ids) {
            standsA.append(a.id(id));
            standsC.append(c.id(id));
            QCOMPARE(a.id(id), b.id(id));
            QVERIFY(!QUuid::fromString(a.id(id)).isNull());
        }
        QVERIFY(standsA != standsC);
        QStringList sortedReal = ids, sortedStand = standsA;
        sortedReal.sort();
        sortedStand.sort();
        for (int i = 0; i < ids.size(); ++i) // the i-th smallest real id has the i-th smallest placeholder
            QCOMPARE(a.id(sortedReal.at(i)), sortedStand.at(i));
        QCOMPARE(a.phone(QStringLiteral("+33612345678")), b.phone(QStringLiteral("+33612345678")));
        QCOMPARE(a.email(QStringLiteral("X@Y.fr"), QString(), QStringLiteral("example.fr")),
                 a.email(QStringLiteral("x@y.fr"), QStringLiteral("other"), QStringLiteral("example.com")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotPlaceholders)
#include "tst_snapshotplaceholders.moc"
