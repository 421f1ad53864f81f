// ApiClient against the real reference server: the ETag/If-Match round trip, no lost update between two
// clients (412 → Conflict with the other's values, retry with the new ETag), validation errors with field
// paths, writes never sent without If-Match, and step-up that retries the original PATCH unchanged.
#include "api/accountapi.h"
#include "apitest.h"
#include "testserver.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::api;
using namespace facturos::test;

class TestApiProfile : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    std::unique_ptr<ClientRig> makeRig()
    {
        return std::make_unique<ClientRig>(testConfig(m_server->url()), m_server->signInDirect(kDemoEmail));
    }
    static ApiResult<Profile> readProfile(ClientRig &rig)
    {
        AccountApi api(*rig.client);
        Collected<Profile> got;
        api.profile(nullptr, got.done());
        if (!QTest::qWaitFor([&]() { return got.has(); }, 10000))
            return {};
        return *got;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void getThenPatchRoundTripsTheEtag()
    {
        auto rig = makeRig();
        const ApiResult<Profile> read = readProfile(*rig);
        QVERIFY2(read.ok(), qPrintable(read.error.detail));
        QCOMPARE(read.value->firstName, QStringLiteral("Camille"));
        QVERIFY(read.etag.startsWith('"'));
        QCOMPARE(rig->client->rememberedEtag(path::Profile), read.etag);

        AccountApi api(*rig->client);
        Collected<Profile> saved;
        api.updateProfile({{QStringLiteral("firstName"), QStringLiteral("Camille-Marie")}}, this, saved.done());
        QTRY_VERIFY_WITH_TIMEOUT(saved.has(), 10000);
        QVERIFY2(saved->ok(), qPrintable(saved->error.detail));
        QCOMPARE(saved->value->firstName, QStringLiteral("Camille-Marie"));
        QVERIFY(saved->etag != read.etag);
        QCOMPARE(rig->client->rememberedEtag(path::Profile), saved->etag);

        const ApiResult<Profile> again = readProfile(*rig);
        QCOMPARE(again.value->firstName, QStringLiteral("Camille-Marie"));
        QCOMPARE(again.etag, saved->etag);
    }

    void staleWriteBecomesConflictAndNoUpdateIsLost()
    {
        auto a = makeRig();
        auto b = makeRig();
        QVERIFY(readProfile(*a).ok());
        QVERIFY(readProfile(*b).ok());

        AccountApi apiA(*a->client);
        Collected<Profile> savedA;
        apiA.updateProfile({{QStringLiteral("firstName"), QStringLiteral("Alice")}}, this, savedA.done());
        QTRY_VERIFY_WITH_TIMEOUT(savedA.has(), 10000);
        QVERIFY(savedA->ok());

        AccountApi apiB(*b->client);
        const QJsonObject patchB{{QStringLiteral("lastName"), QStringLiteral("Martin")}};
        Collected<Profile> savedB;
        apiB.updateProfile(patchB, this, savedB.done());
        QTRY_VERIFY_WITH_TIMEOUT(savedB.has(), 10000);
        QCOMPARE(savedB->error.kind, ApiError::Kind::Conflict);
        QCOMPARE(savedB->error.httpStatus, 412);
        QCOMPARE(savedB->error.currentState.value(QStringLiteral("firstName")).toString(), QStringLiteral("Alice"));
        QCOMPARE(savedB->error.currentEtag, savedA->etag);
        QVERIFY(!savedB->value);

        // B has seen A's values; its retry with that ETag keeps both changes.
        Collected<Profile> retried;
        apiB.updateProfile(patchB, this, retried.done(), savedB->error.currentEtag);
        QTRY_VERIFY_WITH_TIMEOUT(retried.has(), 10000);
        QVERIFY2(retried->ok(), qPrintable(retried->error.detail));
        QCOMPARE(retried->value->firstName, QStringLiteral("Alice"));
        QCOMPARE(retried->value->lastName, QStringLiteral("Martin"));
    }

    void validationErrorsCarryFieldPaths()
    {
        auto rig = makeRig();
        const ApiResult<Profile> before = readProfile(*rig);
        AccountApi api(*rig->client);
        Collected<Profile> saved;
        const QJsonObject patch{
            {QStringLiteral("siret"), QStringLiteral("73282932000075")},
            {QStringLiteral("deliveryAddress"), QJsonObject{{QStringLiteral("country"), QStringLiteral("ZZ")}}}};
        api.updateProfile(patch, this, saved.done());
        QTRY_VERIFY_WITH_TIMEOUT(saved.has(), 10000);
        QCOMPARE(saved->error.kind, ApiError::Kind::Validation);
        QCOMPARE(saved->error.httpStatus, 422);
        QVERIFY(hasFieldError(saved->error.fieldErrors, QStringLiteral("siret"), ErrorCode::InvalidChecksum));
        QVERIFY(hasFieldError(saved->error.fieldErrors, QStringLiteral("deliveryAddress.country"),
                              ErrorCode::InvalidCountry));
        QVERIFY(!saved->error.correlationId.isEmpty());
        QCOMPARE(readProfile(*rig).etag, before.etag);
    }

    void writeWithoutKnownEtagIsNeverSentBlind()
    {
        auto rig = makeRig(); // never read the profile
        AccountApi api(*rig->client);
        Collected<Profile> saved;
        api.updateProfile({{QStringLiteral("firstName"), QStringLiteral("Blind")}}, this, saved.done());
        QTRY_VERIFY_WITH_TIMEOUT(saved.has(), 10000);
        QCOMPARE(saved->error.kind, ApiError::Kind::Conflict);
        QCOMPARE(saved->error.code, QStringLiteral("etag_unknown"));
        QCOMPARE(saved->error.currentState.value(QStringLiteral("firstName")).toString(), QStringLiteral("Camille"));
        QCOMPARE(rig->client->rememberedEtag(path::Profile), saved->error.currentEtag);
        QCOMPARE(readProfile(*rig).value->firstName, QStringLiteral("Camille"));
    }

    void mergePatchHoldsOnlyChanges()
    {
        auto rig = makeRig();
        const Profile before = *readProfile(*rig).value;
        Profile after = before;
        after.deliveryAddress.city = QStringLiteral("Lyon 7e");
        after.phone = QStringLiteral("+33698765432");
        const QJsonObject patch = profileMergePatch(before, after);
        QCOMPARE(patch.keys(), (QStringList{QStringLiteral("deliveryAddress"), QStringLiteral("phone")}));
        QCOMPARE(patch.value(QStringLiteral("deliveryAddress")).toObject(),
                 (QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon 7e")}}));
        QVERIFY(profileMergePatch(before, before).isEmpty());
    }

    void stepUpRetriesTheOriginalPatchOnce()
    {
        auto rig = makeRig();
        QVERIFY(readProfile(*rig).ok());
        m_server->clock().advance(6 * 60); // the sign-in is now older than max_age=300
        rig->tokens.onStepUp = [this](TestTokenSource &source) {
            source.completeStepUp(m_server->signInDirect(kDemoEmail)); // a fresh sign-in of the same user
        };
        AccountApi api(*rig->client);
        const QString newEmail = QStringLiteral("camille.nouveau@facturos.test");
        Collected<Profile> saved;
        ApiCall *call = api.updateProfile({{QStringLiteral("email"), newEmail}}, this, saved.done());
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(saved.has(), 10000);
        QVERIFY2(saved->ok(), qPrintable(saved->error.detail));
        QCOMPARE(rig->tokens.stepUpRequests, 1);
        QCOMPARE(rig->tokens.lastMaxAge, 300);
        QCOMPARE(rig->tokens.refreshRequests, 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(saved->value->pendingEmail, newEmail);
        QCOMPARE(saved->value->email, kDemoEmail);
    }

    void cancelledStepUpFailsWithoutChanges()
    {
        auto rig = makeRig();
        const ApiResult<Profile> before = readProfile(*rig);
        m_server->clock().advance(6 * 60);
        rig->tokens.onStepUp = [](TestTokenSource &source) { emit source.stepUpFinished(false); };
        AccountApi api(*rig->client);
        Collected<Profile> saved;
        api.updateProfile({{QStringLiteral("email"), QStringLiteral("x@facturos.test")}}, this, saved.done());
        QTRY_VERIFY_WITH_TIMEOUT(saved.has(), 10000);
        QCOMPARE(saved->error.kind, ApiError::Kind::StepUpRequired);
        QCOMPARE(saved->error.code, QStringLiteral("step_up_cancelled"));
        QCOMPARE(saved->error.maxAgeSeconds, 300);
        QCOMPARE(rig->tokens.stepUpRequests, 1);
        QCOMPARE(readProfile(*rig).etag, before.etag);
    }

    void expiredTokenIsRefreshedOnceAgainstTheRealServer()
    {
        auto rig = makeRig();
        m_server->clock().advance(11 * 60); // past the access token's lifetime
        rig->tokens.onRefresh = [this](TestTokenSource &source) {
            source.completeRefresh(m_server->signInDirect(kDemoEmail));
        };
        const ApiResult<Profile> read = readProfile(*rig);
        QVERIFY2(read.ok(), qPrintable(read.error.detail));
        QCOMPARE(rig->tokens.refreshRequests, 1);
    }

    void secondRefusalAsksForSignInWithoutLooping()
    {
        auto rig = makeRig();
        rig->tokens.setToken("not-a-token");
        rig->tokens.onRefresh = [](TestTokenSource &source) { source.completeRefresh("still-not-a-token"); };
        QSignalSpy signIn(rig->client.get(), &ApiClient::signInRequired);
        const ApiResult<Profile> read = readProfile(*rig);
        QCOMPARE(read.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(rig->tokens.refreshRequests, 1);
        QCOMPARE(signIn.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiProfile)
#include "tst_apiprofile.moc"
