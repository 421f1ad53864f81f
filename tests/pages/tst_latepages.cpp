// A section's page is built the first time the section shows, which may be after its data failed to load in the
// background: the page then says so (in its own words, with the server's reason) as it would have had it been
// there. Real controllers over a real ApiClient against a server that has gone away.

#include "controllertest.h"
#include "guitest.h"

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
