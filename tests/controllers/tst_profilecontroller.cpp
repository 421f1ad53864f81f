// ProfileController against the real server: load, validation as you type, merge-patch save, 412 between two
// clients resolved field by field (no lost update), a 412 on other fields merged by itself, 422 field errors
// from the server, the draft kept when the server is gone, discard, and an e-mail change left pending.
#include "controllers/profilecontroller.h"
#include "controllertest.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

class TestProfileController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    static bool loadNow(ProfileController &c)
    {
        QSignalSpy loaded(&c, &ProfileController::loaded);
        c.load();
        return loaded.wait(10000) && c.hasLoaded();
    }
    static bool saveNow(ProfileController &c)
    {
        QSignalSpy saved(&c, &ProfileController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        if (!c.save())
            return false;
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 10000) && !saved.isEmpty();
    }
    Profile serverProfile()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        return loadNow(c) ? c.loadedValue() : Profile();
    }

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void loadsWithAnUntouchedDraft()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(!c.hasLoaded());
        QVERIFY(!c.save());
        QVERIFY(loadNow(c));
        QCOMPARE(c.state(), State::Idle);
        QCOMPARE(c.draft(), c.loadedValue());
        QCOMPARE(c.field(QStringLiteral("username")), QStringLiteral("camille.durand"));
        QVERIFY(!c.isDirty());
        QVERIFY(c.fieldErrors().isEmpty());
        QVERIFY(!c.canSave());
    }

    void validatesAsYouType()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QVERIFY(loadNow(c));
        QSignalSpy dirty(&c, &ProfileController::dirtyChanged);
        QSignalSpy errors(&c, &ProfileController::fieldErrorsChanged);
        QVERIFY(c.setField(QStringLiteral("phone"), QStringLiteral("06 98 76 54 32")));
        QVERIFY(c.fieldError(QStringLiteral("phone")).isEmpty());
        QVERIFY(c.isDirty());
        QCOMPARE(dirty.size(), 1);
        QVERIFY(c.setField(QStringLiteral("siret"), QStringLiteral("732 829 320 00075"))); // Luhn fails
        QCOMPARE(c.fieldError(QStringLiteral("siret")), ErrorCode::InvalidChecksum);
        QVERIFY(!errors.isEmpty());
        QVERIFY(c.setField(QStringLiteral("deliveryAddress.postalCode"), QStringLiteral("6900")));
        QVERIFY(!c.fieldError(QStringLiteral("deliveryAddress.postalCode")).isEmpty());
        QVERIFY(!c.canSave());
        QVERIFY(!c.save()); // nothing sent with client-side errors
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(!c.setField(QStringLiteral("nonsense"), QStringLiteral("x")));
        c.discard();
        QVERIFY(!c.isDirty());
        QVERIFY(c.fieldErrors().isEmpty());
        QCOMPARE(c.draft(), c.loadedValue());
    }

    void savesNormalisedChangesAsAMergePatch()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QVERIFY(loadNow(c));
        c.setField(QStringLiteral("phone"), QStringLiteral("06 98 76 54 32"));
        c.setField(QStringLiteral("billingAddress.line1"), QStringLiteral("3 rue des Tanneurs"));
        c.setField(QStringLiteral("billingAddress.postalCode"), QStringLiteral("69002"));
        c.setField(QStringLiteral("billingAddress.city"), QStringLiteral("Lyon"));
        QVERIFY(c.canSave());
        QSignalSpy states(&c, &Controller::stateChanged);
        QVERIFY(saveNow(c));
        QCOMPARE(states.first().first().value<State>(), State::Saving);
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(!c.isDirty());
        QCOMPARE(c.loadedValue().phone, QStringLiteral("+33698765432"));
        const Profile stored = serverProfile();
        QCOMPARE(stored.phone, QStringLiteral("+33698765432"));
        QVERIFY(stored.billingAddress);
        QCOMPARE(stored.billingAddress->city, QStringLiteral("Lyon"));
        c.setBillingSameAsDelivery(true);
        QVERIFY(saveNow(c));
        QVERIFY(!serverProfile().billingAddress);
    }

    void conflictBetweenTwoClientsLosesNoUpdate()
    {
        AppRig a(m_server), b(m_server);
        ProfileController first(a.account), second(b.account);
        QVERIFY(loadNow(first));
        QVERIFY(loadNow(second));
        first.setField(QStringLiteral("phone"), QStringLiteral("+33 6 11 11 11 11"));
        QVERIFY(saveNow(first));

        second.setField(QStringLiteral("phone"), QStringLiteral("06 22 22 22 22"));
        second.setField(QStringLiteral("companyName"), QStringLiteral("Atelier Durand & fils"));
        QSignalSpy conflict(&second, &ProfileController::conflictDetected);
        QVERIFY(!saveNow(second));
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(second.error().kind, api::ApiError::Kind::Conflict);
        QCOMPARE(second.state(), State::Error);
        QVERIFY(second.isInConflict());
        QCOMPARE(second.conflicts().size(), 1); // companyName was not changed by the first client
        QCOMPARE(second.conflicts().first(), (FieldConflict{QStringLiteral("phone"), QStringLiteral("06 22 22 22 22"),
                                                            QStringLiteral("+33611111111")}));
        QCOMPARE(second.serverValue().phone, QStringLiteral("+33611111111"));
        QCOMPARE(second.field(QStringLiteral("phone")), QStringLiteral("06 22 22 22 22")); // draft kept
        QVERIFY(!second.save());                                                           // the user must choose first

        QSignalSpy saved(&second, &ProfileController::saved);
        second.resolveConflict({{QStringLiteral("phone"), ProfileController::ConflictChoice::TakeTheirs}});
        QVERIFY(saved.wait(10000));
        QVERIFY(!second.isInConflict());
        const Profile stored = serverProfile();
        QCOMPARE(stored.phone, QStringLiteral("+33611111111"));
        QCOMPARE(stored.companyName, QStringLiteral("Atelier Durand & fils"));

        // Keeping mine overwrites knowingly, with the server's current ETag.
        second.setField(QStringLiteral("phone"), QStringLiteral("06 44 44 44 44"));
        QVERIFY(saveNow(second));
        first.setField(QStringLiteral("phone"), QStringLiteral("06 33 33 33 33"));
        QVERIFY(!saveNow(first));
        QVERIFY(first.isInConflict());
        QCOMPARE(first.conflicts().first().theirs, QStringLiteral("+33644444444"));
        first.resolveConflict({{QStringLiteral("phone"), ProfileController::ConflictChoice::KeepMine}});
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), State::Idle, 10000);
        QCOMPARE(serverProfile().phone, QStringLiteral("+33633333333"));
        QCOMPARE(serverProfile().companyName, QStringLiteral("Atelier Durand & fils"));
    }

    void conflictOnOtherFieldsMergesByItself()
    {
        AppRig a(m_server), b(m_server);
        ProfileController first(a.account), second(b.account);
        QVERIFY(loadNow(first));
        QVERIFY(loadNow(second));
        first.setField(QStringLiteral("firstName"), QStringLiteral("Camila"));
        QVERIFY(saveNow(first));
        second.setField(QStringLiteral("deliveryAddress.city"), QStringLiteral("Villeurbanne"));
        QSignalSpy conflict(&second, &ProfileController::conflictDetected);
        QVERIFY(saveNow(second));
        QVERIFY(conflict.isEmpty());
        const Profile stored = serverProfile();
        QCOMPARE(stored.firstName, QStringLiteral("Camila"));
        QCOMPARE(stored.deliveryAddress.city, QStringLiteral("Villeurbanne"));
        QCOMPARE(second.loadedValue(), stored);
    }

    void serverFieldErrorsAreMergedAndClearedByEditing()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QVERIFY(loadNow(c));
        c.setField(QStringLiteral("username"), QStringLiteral("kbenali")); // another user's: only the server knows
        QVERIFY(c.fieldErrors().isEmpty());
        QSignalSpy errors(&c, &ProfileController::fieldErrorsChanged);
        QVERIFY(!saveNow(c));
        QCOMPARE(c.error().kind, api::ApiError::Kind::Validation);
        QCOMPARE(c.fieldError(QStringLiteral("username")), ErrorCode::Taken);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(c.field(QStringLiteral("username")), QStringLiteral("kbenali"));
        c.setField(QStringLiteral("username"), QStringLiteral("camille.d"));
        QVERIFY(c.fieldError(QStringLiteral("username")).isEmpty());
        QVERIFY(saveNow(c));
        QCOMPARE(serverProfile().username, QStringLiteral("camille.d"));
    }

    void draftSurvivesTheServerGoingAway()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QVERIFY(loadNow(c));
        const quint16 port = quint16(m_server->url().port());
        c.setField(QStringLiteral("companyName"), QStringLiteral("Menuiserie Durand"));
        const Profile draft = c.draft();
        m_server.reset(); // stopped mid-session
        QVERIFY(!saveNow(c));
        QCOMPARE(c.state(), State::Error);
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
        QCOMPARE(c.draft(), draft);
        QVERIFY(c.isDirty());

        m_server = startServer(port); // back on the same address: the user retries
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        QSignalSpy saved(&c, &ProfileController::saved);
        QVERIFY(c.save());
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || c.isInConflict(), 10000);
        if (c.isInConflict()) // a fresh server may announce another ETag: nothing of ours conflicts
            c.resolveConflict();
        QTRY_COMPARE_WITH_TIMEOUT(serverProfile().companyName, QStringLiteral("Menuiserie Durand"), 10000);
    }

    void emailChangeStaysPending()
    {
        AppRig rig(m_server);
        ProfileController c(rig.account);
        QVERIFY(loadNow(c));
        const QString before = c.loadedValue().email;
        c.setField(QStringLiteral("email"), QStringLiteral("camille@atelier-durand.fr"));
        QVERIFY(saveNow(c));
        QCOMPARE(c.pendingEmail(), QStringLiteral("camille@atelier-durand.fr"));
        QCOMPARE(c.loadedValue().email, before);
        QCOMPARE(c.draft().email, before);
        QVERIFY(!c.isDirty());
    }
};

QTEST_GUILESS_MAIN(TestProfileController)
#include "tst_profilecontroller.moc"
