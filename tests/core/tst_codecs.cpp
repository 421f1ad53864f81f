// The JSON codecs shared by client and server (profile, preferences, consent): round trips, the exact wire
// shape, and every strictness rule. Account, privacy statement and problem codecs: tst_accountcodecs.cpp.

#include "core/consentrecord.h"
#include "core/json.h"
#include "core/preferences.h"
#include "core/profile.h"

#include "codectest.h"

#include <QTest>

using namespace facturos;
using namespace facturos::test;

namespace {

Profile sampleProfile()
{
    Profile p = validProfile();
    p.pendingEmail = QStringLiteral("elise.martin@exemple.fr");
    p.companyName = QStringLiteral("Atelier Martin SARL");
    p.billingAddress = Address{QStringLiteral("BP 42"), QStringLiteral("Bâtiment B"), QStringLiteral("1000"),
                               QStringLiteral("Bruxelles"), QStringLiteral("BE")};
    return p;
}

ConsentRecord sampleConsent()
{
    return {QStringLiteral("c_9"),
            QDateTime(QDate(2026, 11, 26), QTime(3, 59, 48), Qt::UTC),
            QStringLiteral("privacy.analytics"),
            true,
            QStringLiteral("facturos-desktop"),
            QStringLiteral("2020-01-14")};
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void profileRoundTrip();
    void profileWireShape();
    void profileStrictness_data();
    void profileStrictness();
    void profileReportsEveryMissingField();
    void preferencesRoundTrip();
    void preferencesStrictness_data();
    void preferencesStrictness();
    void purposesAreNamedInOrder();
    void changedPurposes();
    void consentRecord();
    void consentStrictness_data();
    void consentStrictness();
};

void TestCodecs::profileRoundTrip()
{
    Profile p = sampleProfile();
    FieldErrors errors;
    QCOMPARE(profileFromJson(reparsed(toJson(p)), &errors), p);
    QVERIFY(errors.isEmpty());
    p.pendingEmail.clear();
    p.billingAddress.reset();
    QCOMPARE(profileFromJson(reparsed(toJson(p)), &errors), p);
    QVERIFY(errors.isEmpty());
}

void TestCodecs::profileWireShape()
{
    Profile p = sampleProfile();
    p.pendingEmail.clear();
    p.billingAddress.reset();
    const QJsonObject json = toJson(p);
    QCOMPARE(json.keys(),
             QStringLiteral("billingAddress,companyName,deliveryAddress,email,firstName,lastName,pendingEmail,phone,"
                            "siret,username")
                 .split(QLatin1Char(',')));
    QVERIFY(json.value(QStringLiteral("pendingEmail")).isNull());
    QVERIFY(json.value(QStringLiteral("billingAddress")).isNull());
    QCOMPARE(
        toCompactJson(json.value(QStringLiteral("deliveryAddress")).toObject()),
        QByteArray(R"({"city":"Lyon","country":"FR","line1":"12 rue des Lilas","line2":"","postalCode":"69003"})"));
}

void TestCodecs::profileStrictness_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code"); // empty: still valid

    const QString none;
    auto row = [](const char *name, const char *path, const QJsonValue &value, const QString &code) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << code;
    };
    row("firstName missing", "firstName", kRemove, ErrorCode::Required);
    row("firstName number", "firstName", 42, ErrorCode::Type);
    row("firstName null", "firstName", QJsonValue(), ErrorCode::Type);
    row("siret number", "siret", 73282932000074.0, ErrorCode::Type);
    row("phone array", "phone", QJsonArray{}, ErrorCode::Type);
    row("email missing", "email", kRemove, ErrorCode::Required);
    row("pendingEmail missing", "pendingEmail", kRemove, ErrorCode::Required);
    row("pendingEmail bool", "pendingEmail", true, ErrorCode::Type);
    row("pendingEmail null", "pendingEmail", QJsonValue(), none);
    row("unknown top-level", "isAdmin", true, ErrorCode::UnknownField);
    row("deliveryAddress null", "deliveryAddress", QJsonValue(), ErrorCode::Type);
    row("deliveryAddress string", "deliveryAddress", QStringLiteral("Lyon"), ErrorCode::Type);
    row("deliveryAddress missing", "deliveryAddress", kRemove, ErrorCode::Required);
    row("postalCode missing", "deliveryAddress.postalCode", kRemove, ErrorCode::Required);
    row("postalCode number", "deliveryAddress.postalCode", 69003, ErrorCode::Type);
    row("line2 null", "deliveryAddress.line2", QJsonValue(), ErrorCode::Type);
    row("unknown in address", "deliveryAddress.street", QStringLiteral("x"), ErrorCode::UnknownField);
    row("billingAddress missing", "billingAddress", kRemove, ErrorCode::Required);
    row("billingAddress array", "billingAddress", QJsonArray{}, ErrorCode::Type);
    row("billingAddress null", "billingAddress", QJsonValue(), none);
    row("billing city bool", "billingAddress.city", true, ErrorCode::Type);
    row("billing country missing", "billingAddress.country", kRemove, ErrorCode::Required);
    row("billing nested object", "billingAddress.line1", QJsonObject{}, ErrorCode::Type);
}

void TestCodecs::profileStrictness()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    FieldErrors errors{{QStringLiteral("earlier"), ErrorCode::Taken, {}}}; // appended to, never replaced
    const auto profile = profileFromJson(edited(toJson(sampleProfile()), path, value), &errors);
    if (code.isEmpty()) {
        QVERIFY(profile);
        QCOMPARE(errors.size(), 1);
        return;
    }
    QVERIFY(!profile);
    QCOMPARE(errors, (FieldErrors{{QStringLiteral("earlier"), ErrorCode::Taken, {}}, {path, code, {}}}));
    QVERIFY(!errors.last().message.isEmpty());
}

void TestCodecs::profileReportsEveryMissingField()
{
    FieldErrors errors;
    QVERIFY(!profileFromJson(QJsonObject(), &errors));
    QCOMPARE(errors.size(), 10);
    for (const FieldError &e : errors)
        QCOMPARE(e.code, ErrorCode::Required);
    errors.clear();
    QVERIFY(
        !profileFromJson(edited(toJson(sampleProfile()), QStringLiteral("deliveryAddress"), QJsonObject()), &errors));
    QCOMPARE(errors.size(), 5);
    QCOMPARE(errors.first().field.left(16), QStringLiteral("deliveryAddress."));
}

void TestCodecs::preferencesRoundTrip()
{
    const CommunicationChoices c{true, false, true, false};
    QCOMPARE(toCompactJson(toJson(c)),
             QByteArray(R"({"newsletter":true,"partnerOffers":true,"productOffers":false,"serviceMessages":true,)"
                        R"("surveys":false})"));
    QCOMPARE(communicationChoicesFromJson(reparsed(toJson(c)), nullptr), c);
    const PrivacyChoices p{false, true, false, true, false, true};
    QCOMPARE(toCompactJson(toJson(p)),
             QByteArray(R"({"advertising":true,"analytics":false,"doNotTrack":true,"location":true,)"
                        R"("necessary":true,"partnerSharing":false,"socialFeatures":false})"));
    QCOMPARE(privacyChoicesFromJson(reparsed(toJson(p)), nullptr), p);
}

void TestCodecs::preferencesStrictness_data()
{
    QTest::addColumn<bool>("privacy");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("newsletter missing") << false << "newsletter" << kRemove << ErrorCode::Required;
    QTest::newRow("surveys string") << false << "surveys" << QJsonValue(QStringLiteral("yes")) << ErrorCode::Type;
    QTest::newRow("surveys number") << false << "surveys" << QJsonValue(1) << ErrorCode::Type;
    QTest::newRow("service false") << false << "serviceMessages" << QJsonValue(false) << ErrorCode::Mandatory;
    QTest::newRow("service string") << false << "serviceMessages" << QJsonValue(QStringLiteral("true"))
                                    << ErrorCode::Type;
    QTest::newRow("service null") << false << "serviceMessages" << QJsonValue() << ErrorCode::Type;
    QTest::newRow("service absent") << false << "serviceMessages" << kRemove << QString();
    QTest::newRow("unknown choice") << false << "sms" << QJsonValue(true) << ErrorCode::UnknownField;
    QTest::newRow("necessary false") << true << "necessary" << QJsonValue(false) << ErrorCode::Mandatory;
    QTest::newRow("necessary absent") << true << "necessary" << kRemove << QString();
    QTest::newRow("doNotTrack missing") << true << "doNotTrack" << kRemove << ErrorCode::Required;
    QTest::newRow("analytics null") << true << "analytics" << QJsonValue() << ErrorCode::Type;
    QTest::newRow("privacy unknown") << true << "newsletter" << QJsonValue(true) << ErrorCode::UnknownField;
}

void TestCodecs::preferencesStrictness()
{
    QFETCH(bool, privacy);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    FieldErrors errors;
    const bool ok =
        privacy
            ? privacyChoicesFromJson(edited(toJson(PrivacyChoices()), path, value), &errors).has_value()
            : communicationChoicesFromJson(edited(toJson(CommunicationChoices()), path, value), &errors).has_value();
    QCOMPARE(ok, code.isEmpty());
    QCOMPARE(errors, (code.isEmpty() ? FieldErrors() : FieldErrors{{path, code, {}}}));
}

void TestCodecs::purposesAreNamedInOrder()
{
    QStringList keys;
    for (const PurposeChoice &c : CommunicationChoices{false, true, false, true}.purposes())
        keys << c.purpose + (c.granted ? QStringLiteral("=1") : QStringLiteral("=0"));
    for (const PurposeChoice &c : PrivacyChoices{true, false, false, false, false, true}.purposes())
        keys << c.purpose + (c.granted ? QStringLiteral("=1") : QStringLiteral("=0"));
    QCOMPARE(keys,
             QStringLiteral("communications.newsletter=0 communications.productOffers=1 communications.partnerOffers=0 "
                            "communications.surveys=1 privacy.analytics=1 privacy.advertising=0 "
                            "privacy.socialFeatures=0 privacy.location=0 privacy.partnerSharing=0 "
                            "privacy.doNotTrack=1")
                 .split(QLatin1Char(' ')));
}

void TestCodecs::changedPurposes()
{
    const auto before = PrivacyChoices{true, false, false, false, false, false}.purposes();
    const auto after = PrivacyChoices{false, false, true, false, false, false}.purposes();
    const auto changed = facturos::changedPurposes(before, after);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).purpose, QStringLiteral("privacy.analytics"));
    QCOMPARE(changed.at(0).granted, false);
    QCOMPARE(changed.at(1).purpose, QStringLiteral("privacy.socialFeatures"));
    QCOMPARE(changed.at(1).granted, true);
    QVERIFY(facturos::changedPurposes(after, after).isEmpty());
    QCOMPARE(facturos::changedPurposes({}, after).size(), after.size()); // absent before: every choice is new
}

void TestCodecs::consentRecord()
{
    const ConsentRecord r = sampleConsent();
    QCOMPARE(toCompactJson(toJson(r)),
             QByteArray(R"({"granted":true,"id":"c_9","purpose":"privacy.analytics","source":"facturos-desktop",)"
                        R"("statementVersion":"2020-01-14","time":"2026-11-26T03:59:48Z"})"));
    FieldErrors errors;
    QCOMPARE(consentRecordFromJson(reparsed(toJson(r)), QStringLiteral("items[3]"), &errors), r);
    QVERIFY(errors.isEmpty());
}

void TestCodecs::consentStrictness_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("time bad") << "time" << QJsonValue(QStringLiteral("2026-11-26")) << ErrorCode::InvalidFormat;
    QTest::newRow("time number") << "time" << QJsonValue(1.7e9) << ErrorCode::Type;
    QTest::newRow("granted string") << "granted" << QJsonValue(QStringLiteral("true")) << ErrorCode::Type;
    QTest::newRow("id missing") << "id" << kRemove << ErrorCode::Required;
    QTest::newRow("statementVersion null") << "statementVersion" << QJsonValue() << ErrorCode::Type;
    QTest::newRow("unknown") << "ip" << QJsonValue(QStringLiteral("127.0.0.1")) << ErrorCode::UnknownField;
}

void TestCodecs::consentStrictness()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!consentRecordFromJson(edited(toJson(sampleConsent()), key, value), QStringLiteral("items[3]"), &errors));
    QCOMPARE(errors, (FieldErrors{{QStringLiteral("items[3].") + key, code, {}}}));
}

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
