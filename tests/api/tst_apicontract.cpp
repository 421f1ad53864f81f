// Every typed call of the contract against the real reference server: each answer decodes with the core
// codecs (a field the server adds or renames fails here), paging follows `next`, writes round-trip.
#include "api/accountapi.h"
#include "api/dataapi.h"
#include "api/mailboxapi.h"
#include "api/securityapi.h"
#include "apitest.h"
#include "testserver.h"

#include <QBuffer>
#include <QtTest>

using namespace facturos;
using namespace facturos::api;
using namespace facturos::test;

// Waits for the one result of a typed call and fails the test with its error when it did not succeed.
#define AWAIT_OK(collected)                                                                                            \
    QTRY_VERIFY_WITH_TIMEOUT((collected).has(), 10000);                                                                \
    QVERIFY2((collected)->ok(), qPrintable(ApiError::kindName((collected)->error.kind) + QLatin1Char(' ') +            \
                                           (collected)->error.code + QLatin1Char(' ') + (collected)->error.detail))

class TestApiContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientRig> m_rig;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_rig = std::make_unique<ClientRig>(testConfig(m_server->url()), m_server->signInDirect(kDemoEmail));
    }
    void cleanup() { m_rig.reset(); }

    void accountAndPrivacyStatement()
    {
        AccountApi api(*m_rig->client);
        Collected<Account> account;
        api.account(this, account.done());
        AWAIT_OK(account);
        QCOMPARE(account->value->email, kDemoEmail);
        Collected<PrivacyStatement> statement;
        api.privacyStatement(this, statement.done());
        AWAIT_OK(statement);
        QCOMPARE(statement->value->version, account->value->currentStatementVersion);
        Collected<Account> acked;
        api.acknowledgePrivacyStatement(statement->value->version, this, acked.done());
        AWAIT_OK(acked);
        QVERIFY(!acked->value->statementUpdatedSinceAck());
    }

    void acknowledgingAnOldVersionIsAValidationError()
    {
        AccountApi api(*m_rig->client);
        Collected<Account> acked;
        api.acknowledgePrivacyStatement(QStringLiteral("1999-01-01"), this, acked.done());
        QTRY_VERIFY_WITH_TIMEOUT(acked.has(), 10000);
        QCOMPARE(acked->error.kind, ApiError::Kind::Validation);
        QVERIFY(hasFieldError(acked->error.fieldErrors, QStringLiteral("version"), QStringLiteral("not_current")));
    }

    void communicationChoicesRoundTrip()
    {
        AccountApi api(*m_rig->client);
        Collected<CommunicationChoices> read;
        api.communications(this, read.done());
        AWAIT_OK(read);
        CommunicationChoices changed = *read->value;
        changed.surveys = !changed.surveys;
        Collected<CommunicationChoices> saved;
        api.setCommunications(changed, this, saved.done());
        AWAIT_OK(saved);
        QCOMPARE(*saved->value, changed);
        QCOMPARE(m_rig->client->rememberedEtag(path::Communications), saved->etag);
    }

    void privacyChoicesRoundTrip()
    {
        AccountApi api(*m_rig->client);
        Collected<PrivacyChoices> read;
        api.privacy(this, read.done());
        AWAIT_OK(read);
        PrivacyChoices changed = *read->value;
        changed.doNotTrack = !changed.doNotTrack;
        Collected<PrivacyChoices> saved;
        api.setPrivacy(changed, this, saved.done());
        AWAIT_OK(saved);
        QCOMPARE(*saved->value, changed);
    }

    void consentHistoryIsPaged()
    {
        AccountApi api(*m_rig->client);
        Collected<Page<ConsentRecord>> first;
        api.consents({2, {}}, this, first.done());
        AWAIT_OK(first);
        QCOMPARE(first->value->items.size(), 2);
        QVERIFY(!first->value->next.isEmpty());
        Collected<Page<ConsentRecord>> second;
        api.consents({2, first->value->next}, this, second.done());
        AWAIT_OK(second);
        QVERIFY(!second->value->items.isEmpty());
        QVERIFY(second->value->items.first().id != first->value->items.first().id);
    }

    void sessionsActivityAndDelegates()
    {
        SecurityApi api(*m_rig->client);
        Collected<Page<Session>> sessions;
        api.sessions({}, this, sessions.done());
        AWAIT_OK(sessions);
        QVERIFY(!sessions->value->items.isEmpty());
        Collected<Page<ActivityEvent>> activity;
        api.activity({5, {}}, this, activity.done());
        AWAIT_OK(activity);
        QCOMPARE(activity->value->items.size(), 5);
        Collected<Page<Delegate>> delegates;
        api.delegates({}, this, delegates.done());
        AWAIT_OK(delegates);
        QVERIFY(!delegates->value->items.isEmpty());
        Collected<NoContent> revoked;
        api.revokeDelegate(delegates->value->items.first().id, this, revoked.done());
        AWAIT_OK(revoked);
        Collected<NoContent> again;
        api.revokeDelegate(delegates->value->items.first().id, this, again.done());
        QTRY_VERIFY_WITH_TIMEOUT(again.has(), 10000);
        QCOMPARE(again->error.kind, ApiError::Kind::NotFound);
    }

    void dataInventoryAndExport()
    {
        DataApi api(*m_rig->client);
        Collected<QList<DataCategory>> inventory;
        api.dataInventory(this, inventory.done());
        AWAIT_OK(inventory);
        QVERIFY(!inventory->value->isEmpty());
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        ApiCall *call = api.exportTo(&sink);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind, ApiError::Kind::None);
        const QJsonObject exported = QJsonDocument::fromJson(sink.data()).object();
        QCOMPARE(exported.value(QStringLiteral("formatVersion")).toInt(), 1);
        QVERIFY(!sink.data().contains(kDemoPassword.toUtf8())); // secrets excluded
    }

    void mailboxesListAndDisconnect()
    {
        MailboxApi api(*m_rig->client);
        Collected<Page<Mailbox>> list;
        api.mailboxes({}, this, list.done());
        AWAIT_OK(list);
        QVERIFY(!list->value->items.isEmpty());
        Collected<NoContent> gone;
        api.disconnect(list->value->items.last().id, this, gone.done());
        AWAIT_OK(gone);
        Collected<Page<Mailbox>> after;
        api.mailboxes({}, this, after.done());
        AWAIT_OK(after);
        QCOMPARE(after->value->items.size(), list->value->items.size() - 1);
    }

    void closureIsScheduledAndCancelled()
    {
        AccountApi api(*m_rig->client);
        Collected<ClosureState> scheduled;
        api.scheduleClosure({kDemoEmail, {}, true}, this, scheduled.done());
        AWAIT_OK(scheduled);
        QCOMPARE(scheduled->value->requestedAt.daysTo(scheduled->value->scheduledFor), qint64(kClosureGraceDays));
        Collected<ClosureState> twice;
        api.scheduleClosure({kDemoEmail, {}, true}, this, twice.done());
        QTRY_VERIFY_WITH_TIMEOUT(twice.has(), 10000);
        QCOMPARE(twice->error.kind, ApiError::Kind::Conflict);
        QCOMPARE(twice->error.code, QStringLiteral("closure_already_scheduled"));
        Collected<NoContent> cancelled;
        api.cancelClosure(this, cancelled.done());
        AWAIT_OK(cancelled);
        Collected<Account> account;
        api.account(this, account.done());
        AWAIT_OK(account);
        QVERIFY(!account->value->closure.has_value());
        Collected<NoContent> again;
        api.cancelClosure(this, again.done());
        QTRY_VERIFY_WITH_TIMEOUT(again.has(), 10000);
        QCOMPARE(again->error.kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
