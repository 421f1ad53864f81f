// Step-up (RFC 9470): the browser sign-in again with max_age=0 for the same user; another user's tokens are
// refused and revoked. Also the browser flow's other endings: cancel, timeout, no browser (copy the link),
// and metadata that does not match the configured issuer.
#include "sessionharness.h"

#include "auth/loopbacklistener.h"
#include "server/database.h"

#include <QPointer>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using auth::SessionError;
using auth::SessionState;

namespace {

QString hidden(const FormParams &fields, const QString &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<absent>");
}

int openSessions(SessionHarness &h, const QString &email)
{
    return h.server->server()
        .database()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND revoked_at IS NULL"),
                {h.server->userId(email)})
        .toInt();
}

} // namespace

class TestSsoStepUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void stepUpWithTheSameUserSwapsTokens()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QByteArray oldAccess = session->accessToken();
        const QByteArray oldRefresh = h.storedToken(kDemoEmail);
        h.server->clock().advance(400); // the sign-in is now older than the server's max_age=300
        const int demoBefore = openSessions(h, kDemoEmail);

        QSignalSpy finished(session.get(), &auth::SsoSession::stepUpFinished);
        session->requestStepUp(300);
        QVERIFY(session->isSteppingUp());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(h.browser.opened.size(), 2);
        // The server parsed the step-up request: it carries max_age=0 and prompt=login in its login form.
        QCOMPARE(hidden(h.browser.hiddenFields.constLast(), QStringLiteral("max_age")), QStringLiteral("0"));
        QCOMPARE(hidden(h.browser.hiddenFields.constLast(), QStringLiteral("prompt")), QStringLiteral("login"));
        QCOMPARE(hidden(h.browser.hiddenFields.constFirst(), QStringLiteral("max_age")), QStringLiteral("<absent>"));

        QCOMPARE(session->state(), SessionState::SignedIn);
        QCOMPARE(session->accountId(), h.server->userId(kDemoEmail));
        QVERIFY(session->accessToken() != oldAccess);
        const QByteArray newRefresh = h.storedToken(kDemoEmail);
        QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh);
        // The step-up's new server session replaced the old one, which was revoked.
        QTRY_COMPARE(openSessions(h, kDemoEmail), demoBefore);
        QCOMPARE(h.tryRefresh(oldRefresh).error, QStringLiteral("invalid_grant"));
        h.cleanup();
    }

    void stepUpWithAnotherUserKeepsTheOldSession()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QByteArray oldAccess = session->accessToken();
        const QByteArray oldRefresh = h.storedToken(kDemoEmail);

        const int demoBefore = openSessions(h, kDemoEmail);
        const int otherBefore = openSessions(h, kOtherEmail);
        h.browser.email = kOtherEmail;
        QSignalSpy finished(session.get(), &auth::SsoSession::stepUpFinished);
        QSignalSpy errors(session.get(), &auth::SsoSession::errorOccurred);
        session->requestStepUp(0);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(errors.constLast().at(0).value<SessionError>(), SessionError::WrongAccount);
        QCOMPARE(session->state(), SessionState::SignedIn);
        QCOMPARE(session->accountId(), h.server->userId(kDemoEmail));
        QCOMPARE(session->accessToken(), oldAccess);
        QCOMPARE(h.storedToken(kDemoEmail), oldRefresh);
        QCOMPARE(readNow(h.store, h.keyFor(kOtherEmail)).first, auth::TokenStoreStatus::NotFound);
        // The other user's session the browser started was revoked: none of theirs is left open.
        QTRY_COMPARE(openSessions(h, kOtherEmail), otherBefore);
        QCOMPARE(openSessions(h, kDemoEmail), demoBefore);
        // And the old session still works.
        QCOMPARE(HttpClient().get(h.server->url(QStringLiteral("/v1/account")), oldAccess).status, 200);
        h.cleanup();
    }

    void cancelClosesTheListener()
    {
        SessionHarness h;
        h.browser.act = false; // no browser opened: the UI offers the link to copy
        auto session = h.makeSession();
        QSignalSpy started(session.get(), &auth::SsoSession::authorizationStarted);
        session->signIn();
        QVERIFY(started.wait(10000));
        QCOMPARE(started.at(0).at(1).toBool(), false);
        QCOMPARE(session->authorizationUrl(), started.at(0).at(0).toUrl());
        QCOMPARE(session->state(), SessionState::SigningIn);
        QPointer<const auth::LoopbackListener> listener = session->listener();
        QVERIFY(listener && listener->isListening());
        QCOMPARE(listener->serverAddress(), QHostAddress(QHostAddress::LocalHost));

        session->cancelSignIn();
        QCOMPARE(session->state(), SessionState::Error);
        QCOMPARE(session->lastError(), SessionError::Cancelled);
        QVERIFY(session->authorizationUrl().isEmpty());
        QVERIFY(!listener || !listener->isListening());
        QTRY_VERIFY(listener.isNull());
    }

    void browserThatNeverComesBackTimesOut()
    {
        SessionHarness h;
        h.browser.act = false;
        auth::SsoConfig config = h.config();
        config.listenerTimeoutMs = 300;
        auto session = h.makeSession(config);
        QSignalSpy errors(session.get(), &auth::SsoSession::errorOccurred);
        session->signIn();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).value<SessionError>(), SessionError::TimedOut);
        QCOMPARE(session->state(), SessionState::Error);
        QVERIFY(session->listener() == nullptr);
    }

    void metadataOfAnotherIssuerIsRefused()
    {
        SessionHarness h;
        auth::SsoConfig config = h.config();
        config.issuer.setHost(QStringLiteral("localhost")); // same server, but it announces 127.0.0.1
        auto session = h.makeSession(config);
        QSignalSpy errors(session.get(), &auth::SsoSession::errorOccurred);
        session->signIn();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).value<SessionError>(), SessionError::InvalidMetadata);
        QVERIFY(h.browser.opened.isEmpty());
    }

    void unreachableServer()
    {
        SessionHarness h;
        h.server.reset();
        auto session = h.makeSession();
        QSignalSpy errors(session.get(), &auth::SsoSession::errorOccurred);
        session->signIn();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).value<SessionError>(), SessionError::ServerUnreachable);
        QCOMPARE(session->state(), SessionState::Error);
    }
};

QTEST_MAIN(TestSsoStepUp)
#include "tst_ssostepup.moc"
