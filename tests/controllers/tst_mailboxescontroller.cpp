// MailboxesController against the real server (and a real Dovecot on loopback): the list, "Connect Gmail"
// through the development provider with the test as the browser behind the UrlOpener (then polled until the
// mailbox appears), IMAP refusals mapped to the field they concern, the password dropped once sent, a mailbox
// needing reconnection repaired in its own row, and disconnect. The list model runs under
// QAbstractItemModelTester.
#include "controllers/mailboxescontroller.h"
#include "controllertest.h"
#include "dovecot.h"
#include "httpclient.h"
#include "providerconsent.h"

#include "auth/urlopener.h"

#include <QTcpServer>
#include <QTimer>
#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

namespace {

const QString kImapUser = QStringLiteral("camille");
const QString kImapPassword = QStringLiteral("Imap-canary-4c1f9e");

// The user's browser on the provider's consent page: allows access for `address`, a turn after openUrl().
class ProviderBrowser final : public auth::UrlOpener
{
public:
    QString address = QStringLiteral("atelier.durand.factures@gmail.com");
    bool act = true;
    QList<QUrl> opened;
    int callbackStatus = 0;

    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        if (act)
            QTimer::singleShot(0, [this, url] { consent(url); });
        return act;
    }

private:
    void consent(const QUrl &url)
    {
        HttpClient http;
        callbackStatus = submitProviderConsent(http, url, QStringLiteral("allow"), address).callback.status;
    }
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

ImapConnectRequest imapRequest(quint16 port, const QString &password)
{
    ImapConnectRequest request;
    request.address = QStringLiteral("camille@atelier.example");
    request.settings.host = QStringLiteral("localhost");
    request.settings.port = port;
    request.settings.security = QStringLiteral("tls");
    request.settings.username = kImapUser;
    request.password = password;
    return request;
}

} // namespace

class TestMailboxesController : public QObject
{
    Q_OBJECT

    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<TestServer> m_server;
    ProviderBrowser m_browser;

    static bool addNow(MailboxesController &c, ImapConnectRequest &request)
    {
        QSignalSpy connected(&c, &MailboxesController::imapConnected);
        QSignalSpy failed(&c, &Controller::failed);
        if (!c.addImap(request))
            return false;
        return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 15000) &&
               !connected.isEmpty();
    }

    // `c` has read the list and waits for Google: the consent page opened (nobody answers it), polls every
    // `intervalMs`, three at most.
    bool waitForGmail(MailboxesController &c, int intervalMs)
    {
        m_browser.act = false;
        c.setGmailPolling(intervalMs, 3);
        if (!loadNow(c))
            return false;
        QSignalSpy opened(&c, &MailboxesController::gmailConsentOpened);
        return c.connectGmail() && (opened.wait(10000) || !opened.isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_dovecot = std::make_unique<Dovecot>(QList<Dovecot::User>{{kImapUser, kImapPassword}});
        QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->error()));
    }

    void init()
    {
        const QString ca = m_dovecot->caFile();
        m_server = std::make_unique<TestServer>([ca](server::ServerOptions &options) {
            options.mailboxes.allowPrivateImapHosts = true; // Dovecot is on loopback
            options.mailboxes.imapTimeoutMs = 3000;
            options.mailboxes.imapCaFile = ca;
        });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_browser.act = true;
        m_browser.opened.clear();
    }

    void listsMailboxesWithStatus()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        testModel(c.mailboxes());
        QVERIFY(loadNow(c));
        MailboxListModel *model = c.mailboxes();
        QCOMPARE(model->rowCount(), 2);
        int needsReconnection = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            needsReconnection += index.data(MailboxListModel::NeedsReconnectionRole).toBool();
            if (index.data(MailboxListModel::KindRole).toString() == QLatin1String("gmail"))
                QVERIFY(index.data(MailboxListModel::ScopesRole).toStringList().contains(kGmailScope));
            else
                QCOMPARE(index.data(MailboxListModel::ImapPortRole).toInt(), 993);
        }
        QCOMPARE(needsReconnection, 1);
    }

    void imapRefusalsNameTheirFieldAndThePasswordIsDropped()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        QVERIFY(loadNow(c));
        ImapConnectRequest invalid = imapRequest(0, kImapPassword);
        QVERIFY(!c.addImap(invalid)); // the core codec refuses port 0 before anything is sent
        QCOMPARE(c.imapFieldErrors().first().field, QStringLiteral("port"));
        QCOMPARE(c.state(), State::Idle);

        ImapConnectRequest refused = imapRequest(closedPort(), kImapPassword);
        QVERIFY(!addNow(c, refused));
        QVERIFY(refused.password.isEmpty());
        QCOMPARE(c.error().code, MailboxReason::ConnectionRefused);
        QCOMPARE(c.imapFieldErrors().first().field, QStringLiteral("port"));

        ImapConnectRequest wrong = imapRequest(m_dovecot->tlsPort(), QStringLiteral("not-the-password"));
        QVERIFY(!addNow(c, wrong));
        QCOMPARE(c.error().code, MailboxReason::AuthenticationFailed);
        QCOMPARE(c.imapFieldErrors().first().field, QStringLiteral("password"));
        QCOMPARE(c.mailboxes()->rowCount(), 2);
    }

    void imapConnectsThenDisconnects()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        testModel(c.mailboxes());
        QVERIFY(loadNow(c));
        ImapConnectRequest request = imapRequest(m_dovecot->tlsPort(), kImapPassword);
        QSignalSpy inserted(c.mailboxes(), &QAbstractItemModel::rowsInserted);
        QVERIFY(addNow(c, request));
        QVERIFY(request.password.isEmpty());
        QVERIFY(c.imapFieldErrors().isEmpty());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(c.mailboxes()->rowCount(), 3);
        const int row = c.mailboxes()->rowCount() - 1;
        const QString id = c.mailboxes()->index(row).data(MailboxListModel::IdRole).toString();
        QCOMPARE(c.mailboxes()->index(row).data(MailboxListModel::AddressRole).toString(), request.address);

        ImapConnectRequest again = imapRequest(m_dovecot->tlsPort(), kImapPassword);
        QVERIFY(!addNow(c, again));
        QCOMPARE(c.imapFieldErrors().first().field, QStringLiteral("address")); // already connected

        QSignalSpy disconnected(&c, &MailboxesController::disconnected);
        QVERIFY(c.disconnectMailbox(id));
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(c.mailboxes()->rowOf(id), -1);
        QVERIFY(loadNow(c));
        QCOMPARE(c.mailboxes()->rowCount(), 2);
    }

    void imapReconnectionKeepsTheSameRow()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        testModel(c.mailboxes());
        QVERIFY(loadNow(c));
        MailboxListModel *model = c.mailboxes();
        int row = 0;
        while (row < model->rowCount() && !model->index(row).data(MailboxListModel::NeedsReconnectionRole).toBool())
            ++row;
        QVERIFY(row < model->rowCount());
        const QString id = model->index(row).data(MailboxListModel::IdRole).toString();
        ImapConnectRequest request = imapRequest(m_dovecot->tlsPort(), kImapPassword);
        request.address = model->index(row).data(MailboxListModel::AddressRole).toString();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy connected(&c, &MailboxesController::imapConnected);
        QVERIFY(addNow(c, request)); // the server answers 200: the same mailbox, repaired
        QCOMPARE(connected.first().first().toString(), id);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowOf(id), row);
        QVERIFY(!model->index(row).data(MailboxListModel::NeedsReconnectionRole).toBool());
        QCOMPARE(c.state(), State::Idle);
    }

    void gmailAppearsAfterTheBrowserConsent()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        c.setGmailPolling(50, 100);
        testModel(c.mailboxes());
        QVERIFY(loadNow(c));
        QSignalSpy opened(&c, &MailboxesController::gmailConsentOpened);
        QSignalSpy connected(&c, &MailboxesController::gmailConnected);
        QVERIFY(c.connectGmail(QStringLiteral("camille.gmail@gmail.com")));
        QVERIFY(c.isWaitingForGmail());
        QVERIFY(connected.wait(15000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(m_browser.callbackStatus, 200);
        QCOMPARE(c.gmailScope(), kGmailScope);
        QVERIFY(!c.isWaitingForGmail());
        const int row = c.mailboxes()->rowOf(connected.first().first().toString());
        QVERIFY(row >= 0);
        QCOMPARE(c.mailboxes()->index(row).data(MailboxListModel::AddressRole).toString(), m_browser.address);
    }

    void gmailPollingIsBoundedWhenTheUserNeverConsents()
    {
        AppRig rig(m_server);
        m_browser.act = false; // no browser: the link is there to copy, and nothing ever comes back
        MailboxesController c(rig.mailboxes, m_browser);
        c.setGmailPolling(20, 3);
        QVERIFY(loadNow(c));
        QSignalSpy opened(&c, &MailboxesController::gmailConsentOpened);
        QSignalSpy timedOut(&c, &MailboxesController::gmailTimedOut);
        QVERIFY(c.connectGmail());
        QVERIFY(timedOut.wait(10000));
        QCOMPARE(opened.first().at(1).toBool(), false);
        QVERIFY(!opened.first().first().toUrl().isEmpty());
        QVERIFY(!c.isWaitingForGmail());
        QCOMPARE(c.mailboxes()->rowCount(), 2);
    }

    void gmailPollingIsBoundedWhenTheServerIsGone()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        QVERIFY(waitForGmail(c, 20));
        QSignalSpy timedOut(&c, &MailboxesController::gmailTimedOut);
        QSignalSpy failed(&c, &Controller::failed);
        m_server.reset(); // every poll fails from now on: each one still counts
        // The wait ends on Facturos being unreachable (the page says so, the banner retries), not on Google.
        QVERIFY(failed.wait(30000));
        QVERIFY(timedOut.isEmpty());
        QVERIFY(c.error().kind == api::ApiError::Kind::Offline || c.error().kind == api::ApiError::Kind::Timeout);
        QVERIFY(!c.isWaitingForGmail());
    }

    void gmailWaitEndsWhenAReloadFailsDuringIt()
    {
        AppRig rig(m_server);
        MailboxesController c(rig.mailboxes, m_browser);
        QVERIFY(waitForGmail(c, 200));
        m_server.reset();
        c.load(); // the user (or the banner) reloads while the app waits for Google, and that fails
        QTRY_VERIFY_WITH_TIMEOUT(!c.isWaitingForGmail(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestMailboxesController)
#include "tst_mailboxescontroller.moc"
