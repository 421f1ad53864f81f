// The server going away and coming back on the same address (same database file): the banner counts down and
// retries by itself, and an edit saved while the server is away is kept on screen, explained, and reaches
// the server once it returns.

#include "guitest.h"

#include "httpclient.h"

#include <QLabel>
#include <QLineEdit>

using namespace facturos;
using namespace facturos::test;

class TestConnectionLoss : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;
    QTemporaryDir m_data;
    quint16 m_port = 0;

    template <typename T> T *w(const char *name) { return findWidget<T>(&h->window(), QLatin1String(name)); }
    QString databasePath() const { return m_data.filePath(QStringLiteral("account.sqlite")); }
    // A server on this test's database file and port (an ephemeral one the first time).
    std::unique_ptr<TestServer> serveAgain()
    {
        const quint16 port = m_port;
        auto server = std::make_unique<TestServer>([port](server::ServerOptions &options) { options.port = port; },
                                                   QString(), databasePath());
        if (server->isRunning())
            m_port = quint16(server->url().port());
        return server;
    }
    QJsonObject serverProfile()
    {
        const HttpResult answer = HttpClient().get(h->server->url(QStringLiteral("/v1/account/profile")),
                                                   h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        QVERIFY(m_data.isValid());
        QFile::remove(databasePath());
        m_port = 0;
        h = std::make_unique<AppHarness>();
        h->server = serveAgain();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        h->window().setAutoRetryDelays({300});
    }
    void cleanup()
    {
        if (!h->server)
            h->server = serveAgain();
        h->signOut();
        h.reset();
    }

    void shouldRetryByItselfAndHideTheBannerWhenTheServerReturns()
    {
        auto *banner = w<QLabel>("bannerLabel");
        QVERIFY(banner && !h->window().isBannerShown());
        h->server.reset();
        h->window().setAutoRetryDelays({3000, 200});
        h->app->overview().load();
        QTRY_VERIFY_WITH_TIMEOUT(h->window().isBannerShown(), 15000);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Facturos can't be reached.")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("Next try in 3 seconds.")), qPrintable(banner->text()));
        // While the server is away, the automatic attempts fail and the banner stays.
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Next try in 1 second.")), 10000);
        QVERIFY(h->window().isBannerShown());

        h->server = serveAgain();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        // No click: the next automatic attempt reaches the server and the banner goes away.
        QTRY_VERIFY_WITH_TIMEOUT(!h->window().isBannerShown(), 15000);
        QTRY_COMPARE(h->app->overview().state(), controllers::State::Idle);
    }

    void shouldKeepAnEditMadeWhileTheServerIsAwayAndSaveItOnceItReturns()
    {
        QVERIFY(h->window().showSection(pages::section::Personal));
        auto *phone = w<QLineEdit>("phoneLineEdit");
        auto *save = w<QPushButton>("saveButton");
        QVERIFY(phone && save);
        QTRY_COMPARE(phone->text(), QStringLiteral("+33612345678"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClick(phone, Qt::Key_Backspace);
        QTest::keyClicks(phone, QStringLiteral("06 98 76 54 32"));
        QTRY_VERIFY(save->isEnabled());

        h->window().setAutoRetryDelays({60000}); // the user retries by hand in this test
        h->server.reset();
        QTest::mouseClick(save, Qt::LeftButton);
        auto *error = w<QLabel>("profileErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 15000);
        QVERIFY2(error->text().contains(QStringLiteral("not saved yet")) &&
                     error->text().contains(QStringLiteral("kept here")),
                 qPrintable(error->text()));
        QVERIFY(h->window().isBannerShown());
        // The draft is still on screen and can be saved again.
        QCOMPARE(phone->text(), QStringLiteral("06 98 76 54 32"));
        QVERIFY(save->isEnabled());

        h->server = serveAgain();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QTest::mouseClick(w<QPushButton>("retryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h->window().isBannerShown(), 15000);
        QTRY_COMPARE(serverProfile().value(QStringLiteral("phone")).toString(), QStringLiteral("+33698765432"));
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY(!error->isVisible());
        QTRY_VERIFY(w<QLabel>("profileStatusLabel")->text().contains(QStringLiteral("saved")));
    }
};

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
