// normalized() and validate() on whole profiles: what users type, and one error per field with JSON paths.

#include "codectest.h"
#include "core/validation.h"

#include <QTest>

using namespace facturos;
using namespace facturos::test;
using namespace facturos::validation;

namespace {

QString &fieldRef(Profile &p, const QString &path)
{
    if (path.startsWith(QLatin1String("billingAddress.")) && !p.billingAddress)
        p.billingAddress = Address();
    Address &a = path.startsWith(QLatin1String("billing")) ? *p.billingAddress : p.deliveryAddress;
    const QString key = path.section(QLatin1Char('.'), -1);
    QString *fields[] = {&p.firstName, &p.lastName, &p.username, &p.email,      &p.phone, &p.companyName,
                         &p.siret,     &a.line1,    &a.line2,    &a.postalCode, &a.city,  &a.country};
    static const QStringList names =
        QStringLiteral("firstName lastName username email phone companyName siret line1 line2 "
                       "postalCode city country")
            .split(QLatin1Char(' '));
    return *fields[names.indexOf(key)];
}

const QString kMegabyte(1 << 20, QLatin1Char('a'));

} // namespace

class TestProfileValidation : public QObject
{
    Q_OBJECT

private slots:
    void normalizedCleansWhatUsersType();
    void normalizedKeepsInvalidValuesAsTyped();
    void validate_data();
    void validate();
    void validateEmptyProfile();
};

void TestProfileValidation::normalizedCleansWhatUsersType()
{
    Profile typed;
    typed.firstName = QStringLiteral("  Élise ");
    typed.lastName = QStringLiteral("Martin\u00A0");
    typed.username = QStringLiteral(" elise.martin");
    typed.email = QStringLiteral(" Elise.Martin@Atelier-Martin.FR ");
    typed.phone = QStringLiteral(" 06 12 34 56 78 ");
    typed.companyName = QStringLiteral(" Atelier ");
    typed.siret = QStringLiteral(" 732 829 320 00074 ");
    typed.deliveryAddress = {QStringLiteral(" 12 rue des Lilas "), QStringLiteral(" "), QStringLiteral(" 69003"),
                             QStringLiteral("Lyon "), QStringLiteral(" fr ")};
    typed.billingAddress = Address{QStringLiteral("Rue Neuve 1"), QString(), QStringLiteral("1000"),
                                   QStringLiteral("Bruxelles"), QStringLiteral("be")};
    const Profile p = normalized(typed);
    QCOMPARE(p.firstName, QStringLiteral("Élise"));
    QCOMPARE(p.lastName, QStringLiteral("Martin"));
    QCOMPARE(p.username, QStringLiteral("elise.martin"));
    QCOMPARE(p.email, QStringLiteral("Elise.Martin@atelier-martin.fr")); // the local part may be case-sensitive
    QCOMPARE(p.phone, QStringLiteral("+33612345678"));
    QCOMPARE(p.companyName, QStringLiteral("Atelier"));
    QCOMPARE(p.siret, QStringLiteral("73282932000074"));
    QCOMPARE(p.deliveryAddress, (Address{QStringLiteral("12 rue des Lilas"), QString(), QStringLiteral("69003"),
                                         QStringLiteral("Lyon"), QStringLiteral("FR")}));
    QCOMPARE(p.billingAddress->country, QStringLiteral("BE"));
    QVERIFY(validation::validate(p).isEmpty());
    QCOMPARE(normalized(p), p); // idempotent
}

void TestProfileValidation::normalizedKeepsInvalidValuesAsTyped()
{
    Profile typed = validProfile();
    typed.phone = QStringLiteral(" 06 12 ");
    typed.siret = QStringLiteral("732 829 320 00075");
    const Profile p = normalized(typed);
    QCOMPARE(p.phone, QStringLiteral("06 12"));
    QCOMPARE(p.siret, QStringLiteral("73282932000075")); // 14 digits: the error is the checksum, not the format
    QVERIFY(!p.billingAddress);
    QCOMPARE(validation::validate(p), (FieldErrors{{QStringLiteral("phone"), ErrorCode::InvalidFormat, {}},
                                                   {QStringLiteral("siret"), ErrorCode::InvalidChecksum, {}}}));
}

void TestProfileValidation::validate_data()
{
    QTest::addColumn<QStringList>("edits");    // path, value, path, value…
    QTest::addColumn<QStringList>("expected"); // "path:code", in any order

    auto row = [](const char *name, const QStringList &edits, const QStringList &expected) {
        QTest::newRow(name) << edits << expected;
    };
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QString len101(101, QLatin1Char('n'));
    row("valid", {}, {});
    row("name at limit", {s("lastName"), QString(100, QLatin1Char('n'))}, {});
    row("firstName empty", {s("firstName"), {}}, {s("firstName:required")});
    row("lastName too long", {s("lastName"), len101}, {s("lastName:too_long")});
    row("firstName megabyte", {s("firstName"), kMegabyte}, {s("firstName:too_long")});
    row("firstName tab", {s("firstName"), s("É\tlise")}, {s("firstName:invalid_characters")});
    row("username empty", {s("username"), {}}, {s("username:required")});
    row("username short", {s("username"), s("ab")}, {s("username:invalid_format")});
    row("username long", {s("username"), QString(41, QLatin1Char('u'))}, {s("username:too_long")});
    row("email empty", {s("email"), {}}, {s("email:required")});
    row("email format", {s("email"), s("elise@")}, {s("email:invalid_format")});
    row("email control", {s("email"), s("a\x01@b.fr")}, {s("email:invalid_characters")});
    row("email too long", {s("email"), QString(250, QLatin1Char('e')) + s("@b.fr")}, {s("email:too_long")});
    row("phone empty is fine", {s("phone"), {}}, {});
    row("phone bad", {s("phone"), s("12")}, {s("phone:invalid_format")});
    row("company too long", {s("companyName"), QString(121, QLatin1Char('c'))}, {s("companyName:too_long")});
    row("company newline", {s("companyName"), s("A\nB")}, {s("companyName:invalid_characters")});
    row("siret empty is fine", {s("siret"), {}}, {});
    row("siret short", {s("siret"), s("1234")}, {s("siret:invalid_format")});
    row("siret letters", {s("siret"), s("7328293200007X")}, {s("siret:invalid_format")});
    row("siret checksum", {s("siret"), s("73282932000075")}, {s("siret:invalid_checksum")});
    row("siret La Poste", {s("siret"), s("35600000000001")}, {});
    row("delivery city missing", {s("deliveryAddress.city"), {}}, {s("deliveryAddress.city:required")});
    row("delivery blank",
        {s("deliveryAddress.line1"), {}, s("deliveryAddress.postalCode"), {}, s("deliveryAddress.city"), {}}, {});
    row("delivery FR postal", {s("deliveryAddress.postalCode"), s("7500")},
        {s("deliveryAddress.postalCode:invalid_format")});
    row("delivery BE postal", {s("deliveryAddress.country"), s("BE"), s("deliveryAddress.postalCode"), s("1000")}, {});
    row("delivery country", {s("deliveryAddress.country"), s("ZZ")}, {s("deliveryAddress.country:invalid_country")});
    row("delivery lower-case country", {s("deliveryAddress.country"), s("fr")},
        {s("deliveryAddress.country:invalid_country")});
    row("delivery line1 long", {s("deliveryAddress.line1"), QString(121, QLatin1Char('l'))},
        {s("deliveryAddress.line1:too_long")});
    row("delivery city long", {s("deliveryAddress.city"), QString(81, QLatin1Char('c'))},
        {s("deliveryAddress.city:too_long")});
    row("delivery line2 control", {s("deliveryAddress.line2"), s("B\u0085")},
        {s("deliveryAddress.line2:invalid_characters")});
    row("billing line2 only", {s("billingAddress.line2"), s("Bâtiment B")},
        {s("billingAddress.line1:required"), s("billingAddress.postalCode:required"),
         s("billingAddress.city:required")});
    row("billing complete",
        {s("billingAddress.line1"), s("1 rue Neuve"), s("billingAddress.postalCode"), s("20000"),
         s("billingAddress.city"), s("Ajaccio")},
        {});
    row("billing bad country", {s("billingAddress.country"), s("UK")}, {s("billingAddress.country:invalid_country")});
    row("several at once", {s("firstName"), {}, s("siret"), s("1"), s("billingAddress.city"), s("Nice")},
        {s("firstName:required"), s("siret:invalid_format"), s("billingAddress.line1:required"),
         s("billingAddress.postalCode:required")});
}

void TestProfileValidation::validate()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, expected);
    Profile p = validProfile();
    for (int i = 0; i + 1 < edits.size(); i += 2)
        fieldRef(p, edits.at(i)) = edits.at(i + 1);
    QStringList actual;
    for (const FieldError &e : validation::validate(p)) {
        actual << e.field + QLatin1Char(':') + e.code;
        QVERIFY(!e.message.isEmpty());
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestProfileValidation::validateEmptyProfile()
{
    QStringList fields;
    for (const FieldError &e : validation::validate(Profile()))
        fields << e.field + QLatin1Char(':') + e.code;
    QCOMPARE(fields, QStringLiteral("firstName:required lastName:required username:required email:required")
                         .split(QLatin1Char(' ')));
}

QTEST_APPLESS_MAIN(TestProfileValidation)
#include "tst_profilevalidation.moc"
