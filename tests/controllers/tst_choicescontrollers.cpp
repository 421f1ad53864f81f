// CommunicationsController and PrivacyController against the real server: each switch saved at once with
// If-Match, undo of the last change, one-call "unsubscribe from all" / "refuse all" / "accept all", locked
// mandatory items, and a failed save (server gone, or changed by another client) putting the switches back
// to the server's values with the error exposed.
#include "controllers/choicescontroller.h"
#include "controllertest.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

namespace {
const QString kNewsletter = QStringLiteral("newsletter");
const QString kSurveys = QStringLiteral("surveys");
} // namespace

class TestChoicesControllers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    // Waits until the controller is idle again after a change; true when it saved.
    static bool settle(ChoicesController &c, QSignalSpy &saved, QSignalSpy &failed)
    {
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 10000) && !saved.isEmpty();
    }
    CommunicationChoices storedCommunications()
    {
        AppRig rig(m_server);
        CommunicationsController c(rig.account);
        loadNow(c);
        CommunicationChoices out;
        out.newsletter = c.value(QStringLiteral("newsletter"));
        out.productOffers = c.value(QStringLiteral("productOffers"));
        out.partnerOffers = c.value(QStringLiteral("partnerOffers"));
        out.surveys = c.value(QStringLiteral("surveys"));
        return out;
    }

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void mandatoryItemsAreLocked()
    {
        AppRig rig(m_server);
        CommunicationsController communications(rig.account);
        PrivacyController privacy(rig.account);
        QVERIFY(!communications.setValue(kNewsletter, true)); // not loaded yet
        QVERIFY(loadNow(communications));
        QVERIFY(loadNow(privacy));
        QCOMPARE(communications.lockedKeys(), QStringList{QStringLiteral("serviceMessages")});
        QVERIFY(communications.value(QStringLiteral("serviceMessages")));
        QCOMPARE(communications.lockReason(QStringLiteral("serviceMessages")),
                 CommunicationsController::kServiceMessagesReason);
        QVERIFY(!communications.setValue(QStringLiteral("serviceMessages"), false));
        QVERIFY(!communications.keys().contains(QStringLiteral("serviceMessages")));
        QVERIFY(privacy.isLocked(QStringLiteral("necessary")));
        QVERIFY(privacy.value(QStringLiteral("necessary")));
        QCOMPARE(privacy.lockReason(QStringLiteral("necessary")), PrivacyController::kNecessaryReason);
        QVERIFY(!privacy.setValue(QStringLiteral("necessary"), false));
        QVERIFY(!privacy.setValue(QStringLiteral("unknown"), true));
        QCOMPARE(privacy.keys().size(), 6);
    }

    void eachSwitchIsSavedAtOnceAndCanBeUndone()
    {
        AppRig rig(m_server);
        CommunicationsController c(rig.account);
        QVERIFY(loadNow(c));
        const bool before = c.value(kNewsletter);
        QSignalSpy saved(&c, &ChoicesController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.setValue(kNewsletter, !before));
        QCOMPARE(c.value(kNewsletter), !before); // shown at once
        QCOMPARE(c.state(), State::Saving);
        QVERIFY(settle(c, saved, failed));
        QCOMPARE(c.serverValue(kNewsletter), !before);
        QCOMPARE(storedCommunications().newsletter, !before);
        QVERIFY(c.canUndo());

        saved.clear();
        c.undo();
        QVERIFY(!c.canUndo());
        QVERIFY(settle(c, saved, failed));
        QCOMPARE(storedCommunications().newsletter, before);
    }

    void quickSuccessiveSwitchesEndWithTheLastChoice()
    {
        AppRig rig(m_server);
        CommunicationsController c(rig.account);
        QVERIFY(loadNow(c));
        QSignalSpy saved(&c, &ChoicesController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        c.setValue(kNewsletter, true);
        c.setValue(kSurveys, true);
        c.setValue(kNewsletter, false);
        QVERIFY(settle(c, saved, failed));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(storedCommunications().newsletter, false);
        QCOMPARE(storedCommunications().surveys, true);
    }

    void unsubscribeFromAllIsOneCall()
    {
        AppRig rig(m_server);
        CommunicationsController c(rig.account);
        QVERIFY(loadNow(c));
        QSignalSpy saved(&c, &ChoicesController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        if (!c.value(kNewsletter)) {
            c.setValue(kNewsletter, true);
            QVERIFY(settle(c, saved, failed));
            saved.clear();
        }
        QSignalSpy states(&c, &Controller::stateChanged);
        QVERIFY(c.unsubscribeFromAllMarketing());
        QVERIFY(settle(c, saved, failed));
        QCOMPARE(states.size(), 2); // one Saving, one Idle: a single PUT
        const CommunicationChoices stored = storedCommunications();
        QVERIFY(!stored.newsletter && !stored.productOffers && !stored.partnerOffers && !stored.surveys);
        QVERIFY(c.canUndo());
    }

    void refusingIsAsEasyAsAccepting()
    {
        AppRig rig(m_server);
        PrivacyController c(rig.account);
        QVERIFY(loadNow(c));
        const bool dnt = c.value(QStringLiteral("doNotTrack"));
        QSignalSpy saved(&c, &ChoicesController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.acceptAll());
        QVERIFY(settle(c, saved, failed));
        for (const QString &key :
             {QStringLiteral("analytics"), QStringLiteral("advertising"), QStringLiteral("socialFeatures"),
              QStringLiteral("location"), QStringLiteral("partnerSharing")})
            QVERIFY2(c.serverValue(key), qPrintable(key));
        QCOMPARE(c.value(QStringLiteral("doNotTrack")), dnt);
        saved.clear();
        QVERIFY(c.refuseAll());
        QVERIFY(settle(c, saved, failed));
        for (const QString &key : c.keys()) {
            if (key != QLatin1String("doNotTrack"))
                QVERIFY2(!c.serverValue(key), qPrintable(key));
        }
    }

    void failedSaveReturnsTheSwitchToTheServerValue()
    {
        AppRig rig(m_server);
        CommunicationsController c(rig.account);
        QVERIFY(loadNow(c));
        const bool before = c.value(kSurveys);
        m_server.reset();
        QSignalSpy saved(&c, &ChoicesController::saved);
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.setValue(kSurveys, !before));
        QCOMPARE(c.value(kSurveys), !before);
        QVERIFY(!settle(c, saved, failed));
        QCOMPARE(c.value(kSurveys), before);
        QCOMPARE(c.state(), State::Error);
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
    }

    void anotherClientsChangeWinsAndIsShown()
    {
        AppRig a(m_server), b(m_server);
        CommunicationsController first(a.account), second(b.account);
        QVERIFY(loadNow(first));
        QVERIFY(loadNow(second));
        const bool newsletter = first.value(kNewsletter);
        const bool surveys = second.value(kSurveys);
        QSignalSpy firstSaved(&first, &ChoicesController::saved);
        QSignalSpy firstFailed(&first, &Controller::failed);
        first.setValue(kNewsletter, !newsletter);
        QVERIFY(settle(first, firstSaved, firstFailed));

        QSignalSpy saved(&second, &ChoicesController::saved);
        QSignalSpy failed(&second, &Controller::failed);
        second.setValue(kSurveys, !surveys); // with a stale ETag
        QVERIFY(!settle(second, saved, failed));
        QCOMPARE(second.error().kind, api::ApiError::Kind::Conflict);
        QCOMPARE(second.value(kNewsletter), !newsletter); // the other client's choice, now shown
        QCOMPARE(second.value(kSurveys), surveys);
        QCOMPARE(storedCommunications().newsletter, !newsletter);
        saved.clear();
        QVERIFY(second.setValue(kSurveys, !surveys)); // retrying works with the server's ETag
        QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
        QCOMPARE(storedCommunications().surveys, !surveys);
        QCOMPARE(storedCommunications().newsletter, !newsletter);
    }
};

QTEST_GUILESS_MAIN(TestChoicesControllers)
#include "tst_choicescontrollers.moc"
