// The Overview page on the demo account: who the account is, its alerts (an IMAP mailbox to reconnect, a
// privacy statement acknowledged long ago), Acknowledge reaching the server, and the links to other sections.

#include "guitest.h"

#include "httpclient.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace facturos;
using namespace facturos::test;

class TestOverviewPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QJsonObject serverAccount()
    {
        const HttpResult answer =
            HttpClient().get(h->server->url(QStringLiteral("/v1/account")), h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldShowTheAccount()
    {
        QWidget *w = &h->window();
        QCOMPARE(findWidget<QLabel>(w, QStringLiteral("nameLabel"))->text(), QStringLiteral("Camille Durand"));
        QCOMPARE(findWidget<QLabel>(w, QStringLiteral("emailLabel"))->text(), kDemoEmail);
        QCOMPARE(findWidget<QLabel>(w, QStringLiteral("accountIdLabel"))->text(), h->server->userId(kDemoEmail));
        const QDateTime since = h->app->overview().account()->memberSince;
        QCOMPARE(findWidget<QLabel>(w, QStringLiteral("memberSinceLabel"))->text(),
                 QLocale().toString(since.date(), QLocale::LongFormat));
        QCOMPARE(findWidget<QLabel>(w, QStringLiteral("statusLabel"))->text(), QStringLiteral("Active"));
        // The closure's state, read right after the overview, may still be loading.
        QTRY_VERIFY(!findWidget<QProgressBar>(w, QStringLiteral("loadingProgressBar"))->isVisible());
    }

    void shouldShowTheDemoAlerts()
    {
        QWidget *w = &h->window();
        auto *mailbox = findWidget<QLabel>(w, QStringLiteral("mailboxAlertLabel"));
        QVERIFY(mailbox);
        QVERIFY(mailbox->text().contains(QStringLiteral("contact@atelier-durand.fr")));
        QVERIFY(mailbox->text().contains(QStringLiteral("password")));
        auto *statement = findWidget<QLabel>(w, QStringLiteral("statementAlertLabel"));
        QVERIFY(statement);
        QVERIFY(statement->text().contains(h->app->overview().account()->currentStatementVersion));
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("closureAlertFrame")));
        for (const QString &name : {QStringLiteral("mailboxAlertButton"), QStringLiteral("readStatementButton"),
                                    QStringLiteral("acknowledgeButton")}) {
            auto *button = findWidget<QPushButton>(w, name);
            QVERIFY(button);
            QVERIFY2(!button->accessibleName().isEmpty() && !button->accessibleDescription().isEmpty(),
                     qPrintable(name));
        }
        QVERIFY(!findWidget<QLabel>(w, QStringLiteral("noAlertsLabel"))->isVisible());
    }

    void shouldSayWhenNothingNeedsAttention()
    {
        // The other fixture account has no mailbox; once it has seen the current statement, nothing is pending.
        const QByteArray token = h->server->signInDirect(kOtherEmail);
        const QJsonObject account = HttpClient().get(h->server->url(QStringLiteral("/v1/account")), token).json();
        const QString version =
            account.value(QStringLiteral("privacyStatement"))[QStringLiteral("currentVersion")].toString();
        QCOMPARE(HttpClient()
                     .sendJson("POST", h->server->url(QStringLiteral("/v1/account/privacy-statement/ack")),
                               {{QStringLiteral("version"), version}}, token)
                     .status,
                 200);
        h->signOut();
        h->app.reset();
        h->browser.email = kOtherEmail;
        QVERIFY(h->startAndSignIn());
        QWidget *w = &h->window();
        QTRY_VERIFY(findWidget<QLabel>(w, QStringLiteral("noAlertsLabel"))->isVisible());
        QVERIFY(!findWidget<QWidget>(w, QStringLiteral("alertsWidget"))->isVisible()); // no empty box left
    }

    void shouldAcknowledgeTheStatementOnTheServer()
    {
        QCOMPARE(serverAccount().value(QStringLiteral("privacyStatement"))[QStringLiteral("updatedSinceAck")].toBool(),
                 true);
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("acknowledgeButton")), Qt::LeftButton);
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("statementAlertFrame")));
        QVERIFY(h->window().findChild<QWidget *>(QStringLiteral("mailboxAlertFrame")));
        const QJsonObject statement = serverAccount().value(QStringLiteral("privacyStatement")).toObject();
        QCOMPARE(statement.value(QStringLiteral("updatedSinceAck")).toBool(), false);
        QCOMPARE(statement.value(QStringLiteral("acknowledgedVersion")).toString(),
                 statement.value(QStringLiteral("currentVersion")).toString());
    }

    void shouldOpenTheStatementInTheBrowser()
    {
        const int before = h->browser.opened.size();
        h->browser.act = false; // record only: the statement is not a sign-in page
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("readStatementButton")), Qt::LeftButton);
        QTRY_COMPARE(h->browser.opened.size(), before + 1);
        QVERIFY(h->browser.opened.constLast().toString().startsWith(QStringLiteral("http")));
    }

    // A closure scheduled elsewhere (the browser, another device): the Overview shows it once it reads again.
    bool scheduleElsewhereAndReload()
    {
        const QJsonObject body{{QStringLiteral("confirm"), kDemoEmail}, {QStringLiteral("stopMarketing"), false}};
        const HttpResult posted = HttpClient().sendJson("POST", h->server->url(QStringLiteral("/v1/account/closure")),
                                                        body, h->server->signInDirect(kDemoEmail));
        if (posted.status != 201)
            return false;
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("reloadButton")), Qt::LeftButton);
        return QTest::qWaitFor(
            [this] { return h->window().findChild<QWidget *>(QStringLiteral("closureAlertFrame")); });
    }

    void shouldCancelTheClosureFromItsAlert()
    {
        QVERIFY(scheduleElsewhereAndReload());
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("cancelClosureButton")), Qt::LeftButton);
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("closureAlertFrame")));
        QVERIFY(serverAccount().value(QStringLiteral("closure")).isNull());
        QTRY_COMPARE(findWidget<QLabel>(&h->window(), QStringLiteral("statusLabel"))->text(), QStringLiteral("Active"));
    }

    void shouldDropTheAlertOfAClosureCancelledElsewhere()
    {
        QVERIFY(scheduleElsewhereAndReload());
        const HttpResult cancelled =
            HttpClient().send("DELETE", h->server->url(QStringLiteral("/v1/account/closure")),
                              {{"Authorization", "Bearer " + h->server->signInDirect(kDemoEmail)}});
        QVERIFY(cancelled.status / 100 == 2);
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("cancelClosureButton")), Qt::LeftButton);
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("closureAlertFrame")));
        QTRY_COMPARE(findWidget<QLabel>(&h->window(), QStringLiteral("statusLabel"))->text(), QStringLiteral("Active"));
    }

    void shouldLinkToMailboxes()
    {
        auto *link = findWidget<QPushButton>(&h->window(), QStringLiteral("mailboxAlertButton"));
        QVERIFY(link);
        QCOMPARE(h->window().currentSection(), pages::section::Overview);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(h->window().currentSection(), pages::section::Mailboxes);
        QVERIFY(findWidget<QWidget>(&h->window(), QStringLiteral("mailboxesPage"))->isVisible());
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
