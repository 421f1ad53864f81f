// The account summary, privacy statement and problem+json codecs: round trips, wire shape and strictness.

#include "core/account.h"
#include "core/json.h"
#include "core/problem.h"

#include "codectest.h"

#include <QTest>

using namespace facturos;
using namespace facturos::test;

namespace {

Account sampleAccount()
{
    Account a;
    a.id = QStringLiteral("usr_01");
    a.username = QStringLiteral("elise.martin");
    a.email = QStringLiteral("elise@atelier-martin.fr");
    a.displayName = QStringLiteral("Élise Martin");
    a.status = QStringLiteral("closure_scheduled");
    a.memberSince = QDateTime(QDate(2021, 3, 4), QTime(9, 15, 0), Qt::UTC);
    a.closure = ClosureState{QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                             QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC), false};
    a.acknowledgedStatementVersion = QStringLiteral("2019-05-01");
    a.currentStatementVersion = QStringLiteral("2020-01-14");
    return a;
}

} // namespace

class TestAccountCodecs : public QObject
{
    Q_OBJECT

private slots:
    void accountRoundTrip();
    void accountStrictness_data();
    void accountStrictness();
    void privacyStatement();
    void problemWireShape();
    void problemFromJson_data();
    void problemFromJson();
};

void TestAccountCodecs::accountRoundTrip()
{
    Account a = sampleAccount();
    QJsonObject json = reparsed(toJson(a));
    QCOMPARE(json.value(QStringLiteral("privacyStatement")).toObject().value(QStringLiteral("updatedSinceAck")),
             QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("closure")).toObject().value(QStringLiteral("scheduledFor")),
             QJsonValue(QStringLiteral("2026-12-01T08:00:00Z")));
    QVERIFY(json.value(QStringLiteral("pendingEmail")).isNull());
    auto decoded = accountFromJson(json, nullptr);
    QVERIFY(decoded);
    QCOMPARE(toJson(*decoded), toJson(a));
    QCOMPARE(decoded->closure, a.closure);

    a.closure.reset();
    a.acknowledgedStatementVersion.clear();
    a.pendingEmail = QStringLiteral("new@exemple.fr");
    json = reparsed(toJson(a));
    QVERIFY(json.value(QStringLiteral("closure")).isNull());
    QVERIFY(json.value(QStringLiteral("privacyStatement"))
                .toObject()
                .value(QStringLiteral("acknowledgedVersion"))
                .isNull());
    decoded = accountFromJson(json, nullptr);
    QVERIFY(decoded);
    QVERIFY(!decoded->closure);
    QCOMPARE(decoded->pendingEmail, a.pendingEmail);
    QVERIFY(decoded->acknowledgedStatementVersion.isEmpty());
    QVERIFY(decoded->statementUpdatedSinceAck());
}

void TestAccountCodecs::accountStrictness_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("memberSince missing") << "memberSince" << kRemove << ErrorCode::Required;
    QTest::newRow("memberSince date only")
        << "memberSince" << QJsonValue(QStringLiteral("2021-03-04")) << ErrorCode::InvalidFormat;
    QTest::newRow("closure string") << "closure" << QJsonValue(QStringLiteral("soon")) << ErrorCode::Type;
    QTest::newRow("closure missing") << "closure" << kRemove << ErrorCode::Required;
    QTest::newRow("requestedAt bad") << "closure.requestedAt" << QJsonValue(QStringLiteral("2026-13-01T00:00:00Z"))
                                     << ErrorCode::InvalidFormat;
    QTest::newRow("stopMarketing null") << "closure.stopMarketing" << QJsonValue() << ErrorCode::Type;
    QTest::newRow("closure unknown") << "closure.reason" << QJsonValue(QStringLiteral("x")) << ErrorCode::UnknownField;
    QTest::newRow("statement null") << "privacyStatement" << QJsonValue() << ErrorCode::Type;
    QTest::newRow("currentVersion missing") << "privacyStatement.currentVersion" << kRemove << ErrorCode::Required;
    QTest::newRow("updatedSinceAck string")
        << "privacyStatement.updatedSinceAck" << QJsonValue(QStringLiteral("no")) << ErrorCode::Type;
    QTest::newRow("acknowledged number") << "privacyStatement.acknowledgedVersion" << QJsonValue(2020)
                                         << ErrorCode::Type;
    QTest::newRow("unknown") << "role" << QJsonValue(QStringLiteral("admin")) << ErrorCode::UnknownField;
}

void TestAccountCodecs::accountStrictness()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!accountFromJson(edited(toJson(sampleAccount()), path, value), &errors));
    QCOMPARE(errors, (FieldErrors{{path, code, {}}}));
}

void TestAccountCodecs::privacyStatement()
{
    const PrivacyStatement s{QStringLiteral("2020-01-14"), QDate(2020, 1, 14),
                             QStringLiteral("https://facturos.fr/confidentialite"), QStringLiteral("Cookies."),
                             QStringLiteral("Témoins.")};
    const QJsonObject json = reparsed(toJson(s));
    QCOMPARE(json.value(QStringLiteral("publishedOn")), QJsonValue(QStringLiteral("2020-01-14")));
    const auto decoded = privacyStatementFromJson(json, nullptr);
    QVERIFY(decoded);
    QCOMPARE(toJson(*decoded), toJson(s));

    const QList<std::pair<QString, QJsonValue>> bad{
        {QStringLiteral("publishedOn"), QStringLiteral("2020-1-14")},
        {QStringLiteral("publishedOn"), QStringLiteral("2020-02-30")},
        {QStringLiteral("publishedOn"), QStringLiteral("2020-01-14T00:00:00Z")},
        {QStringLiteral("publishedOn"), 20200114},
        {QStringLiteral("summary.fr"), kRemove},
        {QStringLiteral("summary"), QStringLiteral("text")},
        {QStringLiteral("summary.de"), QStringLiteral("x")}};
    for (const auto &[path, value] : bad) {
        FieldErrors errors;
        QVERIFY2(!privacyStatementFromJson(edited(json, path, value), &errors), qPrintable(path));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, path);
    }
}

void TestAccountCodecs::problemWireShape()
{
    Problem p = Problem::make(422, QStringLiteral("validation_failed"), QStringLiteral("Invalid profile"));
    QCOMPARE(p.type, QStringLiteral("https://account.facturos.fr/problems/validation_failed"));
    QCOMPARE(toCompactJson(toJson(p)),
             QByteArray("{\"code\":\"validation_failed\",\"status\":422,\"title\":\"Invalid profile\","
                        "\"type\":\"https://account.facturos.fr/problems/validation_failed\"}"));
    p.detail = QStringLiteral("Two fields are wrong.");
    p.errors = {{QStringLiteral("siret"), ErrorCode::InvalidChecksum, QStringLiteral("Bad check digit.")},
                {QStringLiteral("deliveryAddress.city"), ErrorCode::Required, QStringLiteral("Required.")}};
    const QJsonObject json = reparsed(toJson(p));
    QCOMPARE(json.value(QStringLiteral("errors")).toArray().at(1).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("deliveryAddress.city")));
    const auto decoded = facturos::problemFromJson(json, nullptr);
    QVERIFY(decoded);
    QCOMPARE(toJson(*decoded), toJson(p));
    QCOMPARE(decoded->errors.first().message, QStringLiteral("Bad check digit."));
}

void TestAccountCodecs::problemFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorField"); // empty: accepted
    QTest::addColumn<QString>("code");       // decoded code when accepted, error code otherwise

    QTest::newRow("extensions tolerated") << QByteArray("{\"type\":\"https://account.facturos.fr/problems/"
                                                        "stale\",\"status\":412,\"instance\":\"/x\",\"traceId\":7}")
                                          << QString() << QStringLiteral("stale");
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString();
    QTest::newRow("foreign type") << QByteArray("{\"type\":\"https://example.com/probs/out-of-credit\",\"status\":403}")
                                  << QString() << QString();
    QTest::newRow("status string") << QByteArray(R"({"status":"400"})") << "status" << ErrorCode::Type;
    QTest::newRow("status out of range") << QByteArray(R"({"status":42})") << "status" << ErrorCode::InvalidFormat;
    QTest::newRow("title number") << QByteArray(R"({"title":1})") << "title" << ErrorCode::Type;
    QTest::newRow("errors object") << QByteArray(R"({"errors":{}})") << "errors" << ErrorCode::Type;
    QTest::newRow("errors item string") << QByteArray(R"({"errors":["x"]})") << "errors[0]" << ErrorCode::Type;
    QTest::newRow("errors field missing") << QByteArray(R"({"errors":[{"field":"a","code":"required"},{"code":"x"}]})")
                                          << "errors[1].field" << ErrorCode::Required;
    QTest::newRow("errors code bool") << QByteArray(R"({"errors":[{"field":"a","code":true}]})") << "errors[0].code"
                                      << ErrorCode::Type;
}

void TestAccountCodecs::problemFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorField);
    QFETCH(QString, code);
    const auto object = facturos::parseJsonObject(json);
    QVERIFY(object);
    FieldErrors errors;
    const auto problem = facturos::problemFromJson(*object, &errors);
    if (errorField.isEmpty()) {
        QVERIFY(problem);
        QCOMPARE(problem->code, code);
        QVERIFY(errors.isEmpty());
    } else {
        QVERIFY(!problem);
        QCOMPARE(errors, (FieldErrors{{errorField, code, {}}}));
    }
}

QTEST_APPLESS_MAIN(TestAccountCodecs)
#include "tst_accountcodecs.moc"
