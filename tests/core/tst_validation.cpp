// The single-field rules shared by client and server. normalized() and validate(): tst_profilevalidation.cpp.

#include "core/validation.h"

#include <QTest>

using namespace facturos;
using namespace facturos::validation;

namespace {

const QString kMegabyte(1 << 20, QLatin1Char('a'));

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void frenchPostalCode_data();
    void frenchPostalCode();
    void siret_data();
    void siret();
    void luhn();
    void countryCodes();
    void forbiddenCharacters_data();
    void forbiddenCharacters();
    void username_data();
    void username();
};

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    const QString local64(64, QLatin1Char('a'));
    const QStringList valid{QStringLiteral("a@b.fr"),
                            QStringLiteral("elise.martin+factures@atelier-martin.fr"),
                            QStringLiteral("x@sub.domain.co.uk"),
                            QStringLiteral("o'brien@example.ie"),
                            QStringLiteral("jean@société.fr"),
                            local64 + QStringLiteral("@b.fr"),
                            QStringLiteral("a@") + QString(63, QLatin1Char('b')) + QStringLiteral(".fr")};
    const QStringList invalid{QString(),
                              QStringLiteral("plain"),
                              QStringLiteral("@b.fr"),
                              QStringLiteral("a@"),
                              QStringLiteral("a@b"),
                              QStringLiteral("a@@b.fr"),
                              QStringLiteral("a@b@c.fr"),
                              QStringLiteral("a b@c.fr"),
                              QStringLiteral("a@b .fr"),
                              QStringLiteral("a\t@b.fr"),
                              QStringLiteral(".a@b.fr"),
                              QStringLiteral("a.@b.fr"),
                              QStringLiteral("a..b@c.fr"),
                              QStringLiteral("a@-b.fr"),
                              QStringLiteral("a@b-.fr"),
                              QStringLiteral("a@b..fr"),
                              QStringLiteral("a@b.fr."),
                              QStringLiteral("a@b_c.fr"),
                              QStringLiteral("a@b.fr\n"),
                              QStringLiteral("\"q\"@b.fr"),
                              QStringLiteral("a\u0000b@c.fr"),
                              QStringLiteral("a@b.fr\uFFFD"),
                              local64 + QStringLiteral("a@b.fr"),
                              QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".fr"),
                              QStringLiteral("a@") + QString(250, QLatin1Char('b')) + QStringLiteral(".fr"),
                              kMegabyte + QStringLiteral("@b.fr")};
    for (const QString &e : valid)
        QTest::newRow(qPrintable(QLatin1String("valid ") + e.left(40))) << e << true;
    for (int i = 0; i < invalid.size(); ++i)
        QTest::addRow("invalid %d", i) << invalid.at(i) << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(email), valid);
}

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: rejected
    const QString mobile = QStringLiteral("+33612345678");
    const QString london = QStringLiteral("+442079460958");
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("06 12 34 56 78"), mobile},
        {QStringLiteral("06.12.34.56.78"), mobile},
        {QStringLiteral("06-12-34-56-78"), mobile},
        {QStringLiteral("0612345678"), mobile},
        {QStringLiteral("  06 12 34 56 78  "), mobile},
        {QStringLiteral("06\u00A012\u00A034\u00A056\u00A078"), mobile},
        {QStringLiteral("+33 6 12 34 56 78"), mobile},
        {QStringLiteral("+33612345678"), mobile},
        {QStringLiteral("0033612345678"), mobile},
        {QStringLiteral("0033 6 12 34 56 78"), mobile},
        {QStringLiteral("+33 (0)6 12 34 56 78"), mobile},
        {QStringLiteral("0033 (0)6 12 34 56 78"), mobile},
        {QStringLiteral("01 23 45 67 89"), QStringLiteral("+33123456789")},
        {QStringLiteral("+44 20 7946 0958"), london},
        {QStringLiteral("+44 (0)20 7946 0958"), london},
        {QStringLiteral("0044 20 7946 0958"), london},
        {QStringLiteral("+1 415 555 2671"), QStringLiteral("+14155552671")},
        {QStringLiteral("+49 30 901820"), QStringLiteral("+4930901820")},
        {QStringLiteral("+123456789012345"), QStringLiteral("+123456789012345")},
        {QString(), QString()},
        {QStringLiteral("06 12 34 56 7"), QString()},
        {QStringLiteral("06 12 34 56 789"), QString()},
        {QStringLiteral("6 12 34 56 78"), QString()},
        {QStringLiteral("00 12 34 56 7"), QString()},
        {QStringLiteral("+33 06 12 34 56 78"), QString()},
        {QStringLiteral("+33 6 12 34 56 7"), QString()},
        {QStringLiteral("+33 0 12 34 56 78"), QString()},
        {QStringLiteral("+33 (1)6 12 34 56 78"), QString()},
        {QStringLiteral("+33 6 (0)12 34 56 78"), QString()},
        {QStringLiteral("06 (0)12 34 56 78"), QString()},
        {QStringLiteral("+44 20 (0)7946 0958"), QString()},
        {QStringLiteral("06 12 34 56 7a"), QString()},
        {QStringLiteral("06/12/34/56/78"), QString()},
        {QStringLiteral("06\n12 34 56 78"), QString()},
        {QStringLiteral("+33+612345678"), QString()},
        {QStringLiteral("phone"), QString()},
        {QStringLiteral("+"), QString()},
        {QStringLiteral("+1234567"), QString()},
        {QStringLiteral("+1234567890123456"), QString()},
        {QStringLiteral("+0 123 456 789"), QString()},
        {QStringLiteral("\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"), QString()},
        {QString(1 << 20, QLatin1Char('6')), QString()},
    };
    for (const auto &[typed, expected] : rows)
        QTest::newRow(qPrintable(QString(typed.left(30)).replace(QLatin1Char('\n'), QLatin1String("\\n"))))
            << typed << expected;
}

void TestValidation::phone()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(normalizePhone(typed).value_or(QString()), expected);
}

void TestValidation::frenchPostalCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    for (const char *c : {"75001", "01000", "20000", "69003", "97400", "97150", "98000", "95880"})
        QTest::newRow(c) << QString::fromLatin1(c) << true;
    for (const char *c :
         {"00000", "7500", "750011", "96000", "99000", "97000", "97900", "75 001", "2A000", "abcde", ""})
        QTest::newRow(c) << QString::fromLatin1(c) << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF17\uFF15\uFF10\uFF10\uFF11") << false;
}

void TestValidation::frenchPostalCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidFrenchPostalCode(code), valid);
}

void TestValidation::siret_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("plain") << QStringLiteral("73282932000074") << QStringLiteral("73282932000074");
    QTest::newRow("spaced") << QStringLiteral("732 829 320 00074") << QStringLiteral("73282932000074");
    QTest::newRow("La Poste head office") << QStringLiteral("35600000000048") << QStringLiteral("35600000000048");
    QTest::newRow("La Poste digit sum") << QStringLiteral("35600000000001") << QStringLiteral("35600000000001");
    QTest::newRow("La Poste bad sum") << QStringLiteral("35600000000002") << QString();
    QTest::newRow("digit sum elsewhere") << QStringLiteral("73282932000001") << QString();
    QTest::newRow("bad check digit") << QStringLiteral("73282932000075") << QString();
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << QString();
    QTest::newRow("15 digits") << QStringLiteral("732829320000740") << QString();
    QTest::newRow("letter") << QStringLiteral("7328293200007A") << QString();
    QTest::newRow("dashes") << QStringLiteral("732-829-320-00074") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("zeros fake Luhn") << QStringLiteral("00000000000000") << QStringLiteral("00000000000000");
}

void TestValidation::siret()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(normalizeSiret(typed).value_or(QString()), expected);
}

void TestValidation::luhn()
{
    QVERIFY(isLuhnValid(QStringLiteral("79927398713")));
    QVERIFY(!isLuhnValid(QStringLiteral("79927398710")));
    QVERIFY(isLuhnValid(QStringLiteral("0")));
    QVERIFY(!isLuhnValid(QString()));
    QVERIFY(!isLuhnValid(QStringLiteral("7992739871a")));
    QVERIFY(!isValidSiretChecksum(QStringLiteral("35600000000001 ")));
}

void TestValidation::countryCodes()
{
    int count = 0;
    for (char a = 'A'; a <= 'Z'; ++a) {
        for (char b = 'A'; b <= 'Z'; ++b)
            count += isValidCountryCode(QString(QLatin1Char(a)) + QLatin1Char(b)) ? 1 : 0;
    }
    QCOMPARE(count, 249);
    for (const char *c : {"FR", "BE", "DE", "US", "GB", "AD", "AX", "BQ", "SS", "ZW", "MC", "RE"})
        QVERIFY2(isValidCountryCode(QString::fromLatin1(c)), c);
    for (const char *c : {"fr", "Fr", "UK", "EU", "XK", "ZZ", "AA", "FRA", "F", "", " FR"})
        QVERIFY2(!isValidCountryCode(QString::fromLatin1(c)), c);
}

void TestValidation::forbiddenCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("forbidden");
    QTest::newRow("accents") << QStringLiteral("Élise Ngô, Bâtiment B") << false;
    QTest::newRow("emoji pair") << QStringLiteral("Café \U0001F600") << false;
    QTest::newRow("no-break space") << QStringLiteral("12\u00A0rue") << false;
    QTest::newRow("megabyte") << kMegabyte << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << true;
    QTest::newRow("newline") << QStringLiteral("a\nb") << true;
    QTest::newRow("NUL") << QString(QChar(0)) << true;
    QTest::newRow("DEL") << QStringLiteral("a\u007Fb") << true;
    QTest::newRow("C1 NEL") << QStringLiteral("a\u0085b") << true;
    QTest::newRow("replacement char") << QStringLiteral("a\uFFFDb") << true;
    QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xD800) + QLatin1Char('b') << true;
    QTest::newRow("high surrogate at end") << QStringLiteral("a") + QChar(0xD83D) << true;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) + QLatin1Char('b') << true;
    QTest::newRow("megabyte then control") << kMegabyte + QChar(0x1B) << true;
}

void TestValidation::forbiddenCharacters()
{
    QFETCH(QString, text);
    QFETCH(bool, forbidden);
    QCOMPARE(hasForbiddenCharacters(text), forbidden);
}

void TestValidation::username_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dotted") << QStringLiteral("elise.martin") << true;
    QTest::newRow("three") << QStringLiteral("abc") << true;
    QTest::newRow("all marks") << QStringLiteral("a_b-c.9") << true;
    QTest::newRow("40") << QString(kMaxUsernameLength, QLatin1Char('x')) << true;
    QTest::newRow("41") << QString(kMaxUsernameLength + 1, QLatin1Char('x')) << false;
    QTest::newRow("two") << QStringLiteral("ab") << false;
    QTest::newRow("accent") << QStringLiteral("élise") << false;
    QTest::newRow("space") << QStringLiteral("a b c") << false;
    QTest::newRow("at") << QStringLiteral("a@b.fr") << false;
    QTest::newRow("cyrillic a") << QStringLiteral("\u0430dmin") << false;
}

void TestValidation::username()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    QCOMPARE(isValidUsername(username), valid);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
