// The IMAP server guessed from an address's domain: each provider of the table, case and spaces ignored, the
// "imap.<domain>" convention for the rest, and nothing while the address is still being typed.
#include "pages/imapproviders.h"

#include <QtTest>

using namespace facturos::pages;

class TestImapProviders : public QObject
{
    Q_OBJECT

private slots:
    void knownProviders_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("host");
        const QList<QPair<const char *, const char *>> table = {
            {"gmail.com googlemail.com", "imap.gmail.com"},
            {"outlook.com hotmail.com hotmail.fr live.com live.fr msn.com", "outlook.office365.com"},
            {"yahoo.com yahoo.fr", "imap.mail.yahoo.com"},
            {"icloud.com me.com", "imap.mail.me.com"},
            {"orange.fr wanadoo.fr", "imap.orange.fr"},
            {"free.fr", "imap.free.fr"},
            {"sfr.fr", "imap.sfr.fr"},
            {"laposte.net", "imap.laposte.net"},
            {"gmx.fr gmx.com", "imap.gmx.com"},
        };
        for (const auto &[domains, host] : table) {
            for (const QString &domain : QString::fromLatin1(domains).split(QLatin1Char(' ')))
                QTest::newRow(qPrintable(domain)) << domain << QString::fromLatin1(host);
        }
    }
    void knownProviders()
    {
        QFETCH(QString, domain);
        QFETCH(QString, host);
        const auto guess = guessImapServer(QStringLiteral("camille.durand@") + domain);
        QVERIFY(guess);
        QCOMPARE(guess->host, host);
        QCOMPARE(guess->port, 993);
        QCOMPARE(guess->security, QStringLiteral("tls"));
        QVERIFY(guess->knownProvider);
    }

    void caseAndSpacesDoNotMatter()
    {
        const auto guess = guessImapServer(QStringLiteral("  Camille@Orange.FR "));
        QVERIFY(guess);
        QCOMPARE(guess->host, QStringLiteral("imap.orange.fr"));
    }

    void otherDomainsFollowTheConvention()
    {
        auto guess = guessImapServer(QStringLiteral("contact@atelier-durand.fr"));
        QVERIFY(guess);
        QCOMPARE(guess->host, QStringLiteral("imap.atelier-durand.fr"));
        QCOMPARE(guess->port, 993);
        QCOMPARE(guess->security, QStringLiteral("tls"));
        QVERIFY(!guess->knownProvider);

        guess = guessImapServer(QStringLiteral("factures@mail.menuiserie.example"));
        QVERIFY(guess);
        QCOMPARE(guess->host, QStringLiteral("imap.mail.menuiserie.example"));

        guess = guessImapServer(QStringLiteral("jérôme@ébénisterie.fr"));
        QVERIFY(guess);
        QCOMPARE(guess->host, QStringLiteral("imap.ébénisterie.fr"));
    }

    void nothingWhileTheDomainIsIncomplete_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << QStringLiteral("camille");
        QTest::newRow("no local part") << QStringLiteral("@orange.fr");
        QTest::newRow("no domain") << QStringLiteral("camille@");
        QTest::newRow("one label") << QStringLiteral("camille@orange");
        QTest::newRow("trailing dot") << QStringLiteral("camille@orange.");
        QTest::newRow("one-letter tld") << QStringLiteral("camille@orange.f");
        QTest::newRow("space inside") << QStringLiteral("camille@ora nge.fr");
        QTest::newRow("double dot") << QStringLiteral("camille@orange..fr");
    }
    void nothingWhileTheDomainIsIncomplete()
    {
        QFETCH(QString, address);
        QVERIFY(!guessImapServer(address));
    }
};

QTEST_GUILESS_MAIN(TestImapProviders)
#include "tst_imapproviders.moc"
