// GET/PATCH /v1/account/profile over real HTTP: the merge patch reaches storage whole or not at all, every
// refusal leaves the stored profile and its ETag untouched, and values are stored normalised.
#include "accountapi.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestProfileApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

    QUrl profileUrl() const { return m_server->url(QStringLiteral("/v1/account/profile")); }
    HttpResult getProfile() { return m_http.get(profileUrl(), m_token); }
    HttpResult patch(const QByteArray &body, const QByteArray &etag,
                     const QByteArray &contentType = "application/merge-patch+json")
    {
        return sendBody(m_http, "PATCH", profileUrl(), m_token, body, etag, contentType);
    }
    // A refused request must leave exactly what was there.
    void verifyUnchanged(const HttpResult &before)
    {
        const HttpResult after = getProfile();
        QCOMPARE(after.status, 200);
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(after.body, before.body);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
        QVERIFY(!m_token.isEmpty());
    }

    void healthzNeedsNoToken()
    {
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/healthz")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void getAccountSummarisesTheUser()
    {
        const HttpResult result = m_http.get(m_server->url(QStringLiteral("/v1/account")), m_token);
        QCOMPARE(result.status, 200);
        const QJsonObject account = result.json();
        QCOMPARE(account.value(QStringLiteral("id")).toString(), m_server->userId(kDemoEmail));
        QCOMPARE(account.value(QStringLiteral("email")).toString(), kDemoEmail);
        QCOMPARE(account.value(QStringLiteral("displayName")).toString(), QStringLiteral("Camille Durand"));
        QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(account.value(QStringLiteral("pendingEmail")).isNull());
    }

    void getProfileReturnsStoredJsonWithEtag()
    {
        const HttpResult result = getProfile();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(result.header("ETag").startsWith('"'));
        QCOMPARE(result.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Camille"));
        QCOMPARE(result.json().value(QStringLiteral("siret")).toString(), QStringLiteral("73282932000074"));
        QCOMPARE(getProfile().header("ETag"), result.header("ETag"));
    }

    void patchMergesNormalisesAndStores()
    {
        const HttpResult before = getProfile();
        const HttpResult result = patch(R"({"firstName":"  Camille-Marie ","phone":"06 12 34 56 78",)"
                                        R"("siret":"732 829 320 00074","deliveryAddress":{"city":"Lyon 7e"}})",
                                        before.header("ETag"));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.header("ETag").isEmpty());
        QVERIFY(result.header("ETag") != before.header("ETag"));

        const HttpResult after = getProfile();
        QCOMPARE(after.body, result.body);
        QCOMPARE(after.header("ETag"), result.header("ETag"));
        const QJsonObject profile = after.json();
        QCOMPARE(profile.value(QStringLiteral("firstName")).toString(), QStringLiteral("Camille-Marie"));
        QCOMPARE(profile.value(QStringLiteral("phone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(profile.value(QStringLiteral("siret")).toString(), QStringLiteral("73282932000074"));
        const QJsonObject delivery = profile.value(QStringLiteral("deliveryAddress")).toObject();
        QCOMPARE(delivery.value(QStringLiteral("city")).toString(), QStringLiteral("Lyon 7e"));
        // Members the patch did not name keep their value.
        QCOMPARE(delivery.value(QStringLiteral("line1")).toString(), QStringLiteral("12 rue des Tanneurs"));
        QCOMPARE(profile.value(QStringLiteral("lastName")).toString(), QStringLiteral("Durand"));
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), kDemoEmail);
    }

    void frenchPhoneAsTypedIsStoredInE164()
    {
        const HttpResult result = patch(R"({"phone":"07 98 76 54 32"})", getProfile().header("ETag"));
        QCOMPARE(result.status, 200);
        QCOMPARE(getProfile().json().value(QStringLiteral("phone")).toString(), QStringLiteral("+33798765432"));
    }

    void plainJsonIsAcceptedToo()
    {
        const HttpResult result = patch(R"({"companyName":"Atelier Durand"})", getProfile().header("ETag"),
                                        "application/json; charset=utf-8");
        QCOMPARE(result.status, 200);
        QCOMPARE(getProfile().json().value(QStringLiteral("companyName")).toString(), QStringLiteral("Atelier Durand"));
    }

    void nullBillingAddressMeansSameAsDelivery()
    {
        QCOMPARE(patch(R"({"billingAddress":null})", getProfile().header("ETag")).status, 200);
        QVERIFY(getProfile().json().value(QStringLiteral("billingAddress")).isNull());
    }

    void pendingEmailEchoedUnchangedIsAccepted()
    {
        const HttpResult result =
            patch(R"({"pendingEmail":null,"lastName":"Durand-Martin"})", getProfile().header("ETag"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("lastName")).toString(), QStringLiteral("Durand-Martin"));
    }

    void emptyPatchChangesNothing()
    {
        const HttpResult before = getProfile();
        const HttpResult result = patch("{}", before.header("ETag"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("ETag"), before.header("ETag"));
        verifyUnchanged(before);
    }

    void missingIfMatchIs428()
    {
        const HttpResult before = getProfile();
        const HttpResult result = patch(R"({"firstName":"Zoé"})", {});
        QCOMPARE(result.status, 428);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        verifyUnchanged(before);
    }

    void staleEtagIs412WithCurrentState()
    {
        const QByteArray stale = getProfile().header("ETag");
        QCOMPARE(patch(R"({"firstName":"Zoé"})", stale).status, 200);
        const HttpResult current = getProfile();

        const HttpResult result = patch(R"({"firstName":"Léa"})", stale);
        QCOMPARE(result.status, 412);
        QCOMPARE(result.header("ETag"), current.header("ETag"));
        QCOMPARE(result.body, current.body);
        QCOMPARE(result.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Zoé"));
        verifyUnchanged(current);
    }

    void refusedBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray(R"({"firstName":"Zoé"})") << 415;
        QTest::newRow("no content type") << QByteArray() << QByteArray(R"({"firstName":"Zoé"})") << 415;
        QTest::newRow("malformed JSON") << QByteArray("application/merge-patch+json") << QByteArray(R"({"firstName":)")
                                        << 400;
        QTest::newRow("invalid UTF-8") << QByteArray("application/merge-patch+json")
                                       << QByteArray("{\"firstName\":\"Zo\xff\xfe\"}") << 400;
        QTest::newRow("not an object") << QByteArray("application/json") << QByteArray("[1,2]") << 400;
        QTest::newRow("70 KiB") << QByteArray("application/json")
                                << QByteArray(R"({"companyName":")") + QByteArray(70 * 1024, 'a') + "\"}" << 413;
    }

    void refusedBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult before = getProfile();
        const HttpResult result = patch(body, before.header("ETag"), contentType);
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(result.json().value(QStringLiteral("status")).toInt(), status);
        verifyUnchanged(before);
    }

    void invalidFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad phone") << QByteArray(R"({"phone":"06 12 34"})") << "phone"
                                   << "invalid_format";
        QTest::newRow("bad SIRET checksum") << QByteArray(R"({"siret":"73282932000075"})") << "siret"
                                            << "invalid_checksum";
        QTest::newRow("bad postal code") << QByteArray(R"({"deliveryAddress":{"postalCode":"6900"}})")
                                         << "deliveryAddress.postalCode"
                                         << "invalid_format";
        QTest::newRow("bad country") << QByteArray(R"({"billingAddress":{"country":"XX"}})") << "billingAddress.country"
                                     << "invalid_country";
        QTest::newRow("unknown field") << QByteArray(R"({"nickname":"cam"})") << "nickname"
                                       << "unknown_field";
        QTest::newRow("unknown nested field")
            << QByteArray(R"({"deliveryAddress":{"floor":"2"}})") << "deliveryAddress.floor"
            << "unknown_field";
        QTest::newRow("read-only pendingEmail")
            << QByteArray(R"({"pendingEmail":"camille@example.fr"})") << "pendingEmail"
            << "read_only";
        QTest::newRow("wrong type") << QByteArray(R"({"firstName":42})") << "firstName"
                                    << "type";
        QTest::newRow("required removed") << QByteArray(R"({"lastName":null})") << "lastName"
                                          << "required";
        QTest::newRow("bad e-mail") << QByteArray(R"({"email":"camille.example.fr"})") << "email"
                                    << "invalid_format";
        QTest::newRow("control character") << QByteArray(R"({"companyName":"Atelier\u0007Durand"})") << "companyName"
                                           << "invalid_characters";
        QTest::newRow("bad username") << QByteArray(R"({"username":"c d"})") << "username"
                                      << "invalid_format";
    }

    void invalidFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const HttpResult before = getProfile();
        const HttpResult result = patch(body, before.header("ETag"));
        QCOMPARE(result.status, 422);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(hasFieldError(result, field, code), result.body.constData());
        verifyUnchanged(before);
    }

    void everyFieldErrorIsReportedAtOnce()
    {
        const HttpResult before = getProfile();
        const HttpResult result = patch(R"({"phone":"abc","siret":"123","firstName":"  "})", before.header("ETag"));
        QCOMPARE(result.status, 422);
        QVERIFY(hasFieldError(result, QStringLiteral("phone"), QStringLiteral("invalid_format")));
        QVERIFY(hasFieldError(result, QStringLiteral("siret"), QStringLiteral("invalid_format")));
        QVERIFY(hasFieldError(result, QStringLiteral("firstName"), QStringLiteral("required")));
        verifyUnchanged(before);
    }

    void usernameTakenByOtherUserIs422()
    {
        const HttpResult before = getProfile();
        // The other user's username in other letter case: usernames are unique regardless of case.
        const HttpResult result = patch(R"({"username":"KBenali"})", before.header("ETag"));
        QCOMPARE(result.status, 422);
        QVERIFY2(hasFieldError(result, QStringLiteral("username"), QStringLiteral("taken")), result.body.constData());
        verifyUnchanged(before);
    }

    void ownUsernameInOtherCaseIsAccepted()
    {
        const HttpResult result = patch(R"({"username":"Camille.Durand"})", getProfile().header("ETag"));
        QCOMPARE(result.status, 200);
        QCOMPARE(getProfile().json().value(QStringLiteral("username")).toString(), QStringLiteral("Camille.Durand"));
    }

    void errorsRevealNoInternals()
    {
        const HttpResult result = patch(R"({"username":"kbenali"})", getProfile().header("ETag"));
        QCOMPARE(result.status, 422);
        for (const char *leak : {"SELECT", "UNIQUE", "sqlite", "/work", ".cpp"})
            QVERIFY2(!result.body.contains(leak), leak);
    }
};

QTEST_GUILESS_MAIN(TestProfileApi)
#include "tst_profileapi.moc"
