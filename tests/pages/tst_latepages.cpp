// A section's page is built the first time the section shows, which may be after its data failed to load in the
// background: the page then says so (in its own words, with the server's reason) as it would have had it been
// there. Real controllers over a real ApiClient against a server that has gone away.

#include "controllertest.h"
#include "guitest.h"
#include "httpclient.h"
#include "scriptedserver.h"

#include "controllers/choicescontroller.h"
#include "controllers/datacontroller.h"
#include "controllers/mailboxescontroller.h"
#include "controllers/profilecontroller.h"
#include "pages/communicationspage.h"
#include "pages/cookiespage.h"
#include "pages/datapage.h"
#include "pages/errortext.h"
#include "pages/mailboxespage.h"
#include "pages/profilepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace facturos;
using namespace facturos::test;

class TestLatePages : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> server;
    std::unique_ptr<AppRig> rig;
    AnsweringPrompter prompter;
    BrowserOpener browser;

    // Loads `controller` against the vanished server and waits until it has failed; its error.
    template <typename Controller> api::ApiError failedLoad(Controller &controller)
    {
        controller.load();
        return waitFor(&controller, &controllers::Controller::failed, 20000) ? controller.error() : api::ApiError();
    }

    static QString textOf(QWidget *page, const char *label)
    {
        auto *found = page->findChild<QLabel *>(QString::fromLatin1(label));
        return found ? found->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(label));
    }

private slots:
    void init()
    {
        server = startServer();
        QVERIFY2(server->isRunning(), qPrintable(server->error()));
        rig = std::make_unique<AppRig>(server);
        server.reset(); // gone before any page reads its data
    }
    void cleanup() { rig.reset(); }

    void shouldSayThatThePersonalInformationCouldNotBeRead()
    {
        controllers::ProfileController profile(rig->account);
        const api::ApiError error = failedLoad(profile);
        QVERIFY(pages::ErrorText::isConnectionProblem(error));
        pages::ProfilePage page(profile, prompter);
        QCOMPARE(textOf(&page, "profileErrorLabel"), pages::ErrorText::forApi(error));
    }

    void shouldSayThatTheChoicesCouldNotBeRead()
    {
        controllers::CommunicationsController communications(rig->account);
        const api::ApiError communicationsError = failedLoad(communications);
        QVERIFY(communicationsError.kind != api::ApiError::Kind::None);
        pages::CommunicationsPage communicationsPage(communications);
        QCOMPARE(textOf(&communicationsPage, "communicationsErrorLabel"),
                 pages::ErrorText::forApi(communicationsError));

        controllers::PrivacyController privacy(rig->account);
        const api::ApiError privacyError = failedLoad(privacy);
        pages::CookiesPage cookiesPage(privacy);
        QCOMPARE(textOf(&cookiesPage, "cookiesErrorLabel"), pages::ErrorText::forApi(privacyError));
    }

    void shouldOfferToTryAgainAfterTheServersOwnFailure()
    {
        // The server answers, but with a 500: no banner retries that, the pages offer to. The answers once it
        // is well again are the real server's, replayed by a scripted server in front of the app.
        TestServer real;
        QVERIFY2(real.isRunning(), qPrintable(real.error()));
        const QByteArray token = real.signInDirect(kDemoEmail);
        QHash<QByteArray, HttpResult> answers;
        for (const QString &path : {api::path::Profile, api::path::Communications, api::path::Privacy})
            answers.insert(path.toUtf8(), HttpClient().get(real.url(path), token));
        bool failing = true;
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setHandler([&](const ScriptedRequest &request) {
            const HttpResult answer = answers.value(request.target);
            if (failing || answer.status != 200)
                return ScriptStep::respond(httpResponse(500, "text/html", "<html><h1>Internal error</h1></html>"));
            return ScriptStep::respond(
                httpResponse(200, "application/json", answer.body, {{"ETag", answer.header("ETag")}}));
        });
        QNetworkAccessManager network;
        TestTokenSource tokens(token);
        api::ApiClient client(network, tokens, testConfig(scripted.url()));
        api::AccountApi account(client);

        controllers::ProfileController profile(account);
        controllers::CommunicationsController communications(account);
        controllers::PrivacyController privacy(account);
        const api::ApiError profileError = failedLoad(profile);
        const api::ApiError communicationsError = failedLoad(communications);
        const api::ApiError privacyError = failedLoad(privacy);
        for (const api::ApiError &error : {profileError, communicationsError, privacyError})
            QCOMPARE(error.kind, api::ApiError::Kind::Server);
        pages::ProfilePage profilePage(profile, prompter);
        pages::CommunicationsPage communicationsPage(communications);
        pages::CookiesPage cookiesPage(privacy);
        QCOMPARE(textOf(&profilePage, "profileErrorLabel"), pages::ErrorText::forApi(profileError));
        QCOMPARE(textOf(&communicationsPage, "communicationsErrorLabel"),
                 pages::ErrorText::forApi(communicationsError));
        QCOMPARE(textOf(&cookiesPage, "cookiesErrorLabel"), pages::ErrorText::forApi(privacyError));

        failing = false; // the server is well again
        const std::pair<QWidget *, const char *> retries[] = {{&profilePage, "profileRetryButton"},
                                                              {&communicationsPage, "communicationsRetryButton"},
                                                              {&cookiesPage, "cookiesRetryButton"}};
        for (const auto &[page, name] : retries) {
            auto *retry = findWidget<QPushButton>(page, QLatin1String(name));
            QVERIFY2(retry && retry->isVisibleTo(page), name);
            QTest::mouseClick(retry, Qt::LeftButton);
        }
        QTRY_VERIFY(profile.hasLoaded() && communications.hasLoaded() && privacy.hasLoaded());
        for (const auto &[page, name] : retries)
            QVERIFY2(!findWidget<QPushButton>(page, QLatin1String(name))->isVisibleTo(page), name);
        QVERIFY(!findWidget<QLabel>(&profilePage, QStringLiteral("profileErrorLabel"))->isVisibleTo(&profilePage));
        QVERIFY(!findWidget<QLabel>(&cookiesPage, QStringLiteral("cookiesErrorLabel"))->isVisibleTo(&cookiesPage));
        QCOMPARE(findWidget<QLineEdit>(&profilePage, QStringLiteral("firstNameLineEdit"))->text(),
                 QStringLiteral("Camille"));
    }

    void shouldHideTryAgainWhenTheBannerRetries()
    {
        // The server is gone: the connection banner retries by itself, the page adds no button of its own.
        controllers::ProfileController profile(rig->account);
        (void)failedLoad(profile);
        pages::ProfilePage page(profile, prompter);
        QVERIFY(!findWidget<QPushButton>(&page, QStringLiteral("profileRetryButton"))->isVisibleTo(&page));
    }

    void shouldSayThatTheMailboxesCouldNotBeRead()
    {
        controllers::MailboxesController mailboxes(rig->mailboxes, browser);
        const api::ApiError error = failedLoad(mailboxes);
        pages::MailboxesPage page(mailboxes, prompter);
        QCOMPARE(textOf(&page, "mailboxesStatusLabel"), pages::ErrorText::forApi(error));
    }

    void shouldSayThatYourDataCouldNotBeRead()
    {
        controllers::DataController data(rig->data, rig->account);
        const api::ApiError error = failedLoad(data);
        pages::DataPage page(data, prompter, browser);
        QCOMPARE(textOf(&page, "dataErrorLabel"), pages::ErrorText::forApi(error));
    }
};

QTEST_MAIN(TestLatePages)
#include "tst_latepages.moc"
