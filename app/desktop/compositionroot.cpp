#include "compositionroot.h"

#include "api/accountapi.h"
#include "api/apiclient.h"
#include "api/dataapi.h"
#include "api/mailboxapi.h"
#include "api/securityapi.h"
#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "controllers/choicescontroller.h"
#include "controllers/closurecontroller.h"
#include "controllers/datacontroller.h"
#include "controllers/mailboxescontroller.h"
#include "controllers/overviewcontroller.h"
#include "controllers/profilecontroller.h"
#include "controllers/securitycontroller.h"
#include "controllers/sessioncontroller.h"
#include "controllers/supportsnapshot.h"
#include "pages/appnetwork.h"
#include "pages/appstyle.h"
#include "pages/closepage.h"
#include "pages/communicationspage.h"
#include "pages/cookiespage.h"
#include "pages/datapage.h"
#include "pages/desktopurlopener.h"
#include "pages/diagnostics.h"
#include "pages/icons.h"
#include "pages/mailboxespage.h"
#include "pages/mainwindow.h"
#include "pages/overviewpage.h"
#include "pages/profilepage.h"
#include "pages/prompter.h"
#include "pages/securitypage.h"
#include "pages/supportsnapshotdialog.h"
#include "pages/translations.h"

#include <functional>
#include <memory>
#include <QDir>
#include <QEvent>
#include <QSettings>
#include <QTimer>
#include <utility>
#include <vector>

namespace facturos::app {

namespace {
// The settings file that --diagnose and --support-snapshot read too; the profile folder is created here.
std::unique_ptr<QSettings> makeSettings(const QString &profileDir)
{
    if (!profileDir.isEmpty())
        QDir().mkpath(profileDir);
    return pages::Diagnostics::profileSettings(profileDir);
}

// Runs `then` (queued) once `widget` has painted its next frame, or after kPageLoadDeadlineMs if no frame comes
// (a window not on screen).
void afterNextPaint(QWidget *widget, std::function<void()> then)
{
    constexpr int kPageLoadDeadlineMs = 250;
    struct PaintWatch final : QObject
    {
        std::function<void()> then;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                fire();
            return false;
        }
        void fire()
        {
            if (!then)
                return;
            QTimer::singleShot(0, parent(), std::exchange(then, {}));
            deleteLater();
        }
    };
    auto *watch = new PaintWatch;
    watch->then = std::move(then);
    watch->setParent(widget);
    widget->installEventFilter(watch);
    QTimer::singleShot(kPageLoadDeadlineMs, watch, [watch] { watch->fire(); });
}

// The icons of the first frame (the window's and the Overview's), drawn on a worker thread while the window is
// built.
void prepareIcons()
{
    pages::icons::prepare(pages::MainWindow::firstFrameIcons() + pages::OverviewPage::firstFrameIcons());
}

auth::SsoConfig ssoConfig(const AppOptions &options)
{
    auth::SsoConfig config;
    config.issuer = options.server;
    config.uiLocales = options.language;
    config.requestTimeoutMs = options.requestTimeoutMs;
    config.pageTexts = pages::callbackPageTexts(options.language);
    return config;
}
} // namespace

// Declaration order is construction order: each member only refers to those above it.
struct CompositionRoot::Objects
{
    explicit Objects(const AppOptions &options)
        : showDeadlineMs(options.showDeadlineMs), settings(makeSettings(options.profileDir)),
          store(options.keychainService.isEmpty() ? auth::KeychainTokenStore::serviceForProfile(options.profileDir)
                                                  : options.keychainService),
          opener(options.opener ? *options.opener : defaultOpener),
          prompter(options.prompter ? *options.prompter : defaultPrompter),
          sso(ssoConfig(options), network, store, opener, *settings), client(network, sso, apiConfig(options)),
          session(sso, &client), overview(account, mailboxes, &sso), closure(account),
          window({session, account, opener, prompter, *settings})
    {}

    static api::ApiClientConfig apiConfig(const AppOptions &options)
    {
        api::ApiClientConfig config;
        config.baseUrl = options.server;
        return config;
    }

    int showDeadlineMs;
    std::unique_ptr<QSettings> settings;
    pages::AppNetwork network;
    auth::KeychainTokenStore store;
    pages::DesktopUrlOpener defaultOpener;
    pages::MessageBoxPrompter defaultPrompter;
    auth::UrlOpener &opener;
    pages::Prompter &prompter;
    auth::SsoSession sso;
    api::ApiClient client;
    api::AccountApi account{client};
    api::MailboxApi mailboxes{client};
    api::DataApi dataApi{client};
    api::SecurityApi securityApi{client};
    controllers::SessionController session;
    controllers::OverviewController overview;
    controllers::ClosureController closure;
    controllers::ProfileController profile{account};
    controllers::CommunicationsController communications{account};
    controllers::PrivacyController privacy{account};
    controllers::MailboxesController mailboxLinks{mailboxes, opener};
    controllers::DataController data{dataApi, account};
    controllers::SecurityController security{securityApi};
    controllers::SupportSnapshot snapshot{{account, mailboxes, securityApi, dataApi}};
    // The silent sign-in with the stored token begins before the window is built: the keyring (on a thread of its
    // own) and the server answer while the GUI thread builds it.
    bool restoreBegun = (session.restore(), true);
    bool styled = (pages::installAppStyle(), prepareIcons(), true);
    pages::MainWindow window;

    // The pages' data is read once the Overview is populated after a sign-in, or as soon as the user opens
    // another section if that comes first: at start-up the Overview's own requests are not queued behind them.
    void loadAfterOverview(std::function<void()> load) { pageLoads.push_back(std::move(load)); }
    void loadPages()
    {
        if (!pageLoadsPending)
            return;
        pageLoadsPending = false;
        for (const auto &load : pageLoads)
            load();
    }
    std::vector<std::function<void()>> pageLoads;
    bool pageLoadsPending = false;
};

CompositionRoot::CompositionRoot(const AppOptions &options) : m_objects(std::make_unique<Objects>(options))
{
    Objects &o = *m_objects;
    // Each page is built the first time its section shows (start-up builds the Overview only); what the pages
    // have to follow before that goes through their controllers.
    o.window.addSection(pages::section::Overview, [&o]() -> QWidget * {
        auto *page = new pages::OverviewPage(o.overview, o.closure, o.session);
        page->setObjectName(QStringLiteral("overviewPage"));
        QObject::connect(page, &pages::OverviewPage::sectionRequested, &o.window,
                         [&o](const QString &key) { o.window.showSection(key); });
        QObject::connect(page, &pages::OverviewPage::privacyStatementRequested, &o.window,
                         &pages::MainWindow::openPrivacyStatement);
        return page;
    });
    o.window.watch(o.overview, [&o] { o.overview.load(); });

    o.window.addSection(pages::section::Personal, [&o]() -> QWidget * {
        auto *page = new pages::ProfilePage(o.profile, o.prompter);
        page->setObjectName(QStringLiteral("profilePage"));
        o.window.setLeaveGuard(page, [page] { return page->canLeave(); });
        return page;
    });
    o.window.watch(o.profile, [&o] {
        if (o.profile.hasLoaded() && o.profile.isDirty())
            o.profile.save();
        else
            o.profile.load();
    });
    o.loadAfterOverview([&o] { o.profile.load(); });

    o.window.addSection(pages::section::Communications, [&o]() -> QWidget * {
        auto *page = new pages::CommunicationsPage(o.communications);
        page->setObjectName(QStringLiteral("communicationsPage"));
        return page;
    });
    o.window.watch(o.communications, [&o] { o.communications.load(); });
    o.loadAfterOverview([&o] { o.communications.load(); });

    o.window.addSection(pages::section::Cookies, [&o]() -> QWidget * {
        auto *page = new pages::CookiesPage(o.privacy);
        page->setObjectName(QStringLiteral("cookiesPage"));
        return page;
    });
    o.window.watch(o.privacy, [&o] { o.privacy.load(); });
    o.loadAfterOverview([&o] { o.privacy.load(); });

    o.window.addSection(pages::section::Close, [&o]() -> QWidget * {
        auto *page = new pages::ClosePage(o.closure, o.session, o.prompter);
        page->setObjectName(QStringLiteral("closePage"));
        // "Download my data first": the export lives on Your data.
        QObject::connect(page, &pages::ClosePage::exportRequested, &o.window, [&o] {
            o.window.showSection(pages::section::Data);
            if (auto *dataPage = qobject_cast<pages::DataPage *>(o.window.page(pages::section::Data)))
                dataPage->startExport();
        });
        return page;
    });
    o.window.watch(o.closure, [&o] { o.closure.load(); });
    o.loadAfterOverview([&o] { o.closure.load(); });
    // The Overview's closure alert follows a closure scheduled here (Saving: not a mere reload; the Overview
    // page reloads itself on a cancel).
    QObject::connect(&o.closure, &controllers::ClosureController::closureChanged, &o.overview, [&o](bool scheduled) {
        if (scheduled && o.closure.state() == controllers::State::Saving)
            o.overview.load();
    });

    o.window.addSection(pages::section::Data, [&o]() -> QWidget * {
        auto *page = new pages::DataPage(o.data, o.prompter, o.opener);
        page->setObjectName(QStringLiteral("dataPage"));
        QObject::connect(&o.session, &controllers::SessionController::signedOut, page, &pages::DataPage::clearExport);
        return page;
    });
    o.window.watch(o.data, [&o] { o.data.load(); });
    o.loadAfterOverview([&o] { o.data.load(); });
    // Every saved choice adds to the consent history (and its count): read again when Your data shows next.
    QObject::connect(&o.communications, &controllers::ChoicesController::saved, &o.data,
                     &controllers::DataController::markStale);
    QObject::connect(&o.privacy, &controllers::ChoicesController::saved, &o.data,
                     &controllers::DataController::markStale);
    QObject::connect(&o.closure, &controllers::ClosureController::closureChanged, &o.data,
                     &controllers::DataController::markStale);

    o.window.addSection(pages::section::Security, [&o]() -> QWidget * {
        auto *page = new pages::SecurityPage(o.security, o.session, o.prompter, o.opener);
        page->setObjectName(QStringLiteral("securityPage"));
        return page;
    });
    o.window.watch(o.security, [&o] { o.security.load(); });
    o.loadAfterOverview([&o] { o.security.load(); });

    o.window.addSection(pages::section::Mailboxes, [&o]() -> QWidget * {
        auto *page = new pages::MailboxesPage(o.mailboxLinks, o.prompter);
        page->setObjectName(QStringLiteral("mailboxesPage"));
        return page;
    });
    o.window.watch(o.mailboxLinks, [&o] { o.mailboxLinks.load(); });
    o.loadAfterOverview([&o] { o.mailboxLinks.load(); });
    QObject::connect(&o.session, &controllers::SessionController::signedOut, &o.mailboxLinks,
                     &controllers::MailboxesController::cancelGmail);
    // The Overview's "mailbox needs reconnection" alerts follow what changes here.
    for (auto changed :
         {&controllers::MailboxesController::imapConnected, &controllers::MailboxesController::gmailConnected,
          &controllers::MailboxesController::disconnected})
        QObject::connect(&o.mailboxLinks, changed, &o.overview, [&o] { o.overview.load(); });

    // Help › Copy support snapshot…: the sections as the sidebar shows them, read when asked.
    QObject::connect(&o.window, &pages::MainWindow::supportSnapshotRequested, &o.window,
                     [&o, server = options.server, language = options.language] {
                         pages::SupportSnapshotDialog::showFor(
                             o.snapshot, controllers::snapshotContext(server, language, o.window.sections()),
                             o.session.isMemoryOnly(), o.prompter, &o.window);
                     });

    QObject::connect(&o.session, &controllers::SessionController::signedIn, &o.window, [&o] {
        o.client.forgetEtags();
        o.pageLoadsPending = true;
        o.overview.load();
    });
    QObject::connect(&o.overview, &controllers::Controller::stateChanged, &o.window, [&o](controllers::State state) {
        // The filled Overview is painted first; when another section shows, its data is wanted now.
        if (state != controllers::State::Idle && state != controllers::State::Error)
            return;
        if (o.window.currentSection() == pages::section::Overview)
            afterNextPaint(o.window.page(pages::section::Overview), [&o] { o.loadPages(); });
        else
            QTimer::singleShot(0, &o.window, [&o] { o.loadPages(); });
    });
    QObject::connect(&o.window, &pages::MainWindow::sectionChanged, &o.window, [&o] { o.loadPages(); });
    QObject::connect(&o.overview, &controllers::OverviewController::loaded, &o.window, [&o] {
        o.window.setAccountName(o.overview.account() ? o.overview.account()->displayName : QString());
    });
}

CompositionRoot::~CompositionRoot() = default;

void CompositionRoot::start()
{
    Objects &o = *m_objects;
    using Status = controllers::SessionController::Status;
    if (o.session.status() != Status::Restoring || o.overview.hasLoaded()) {
        o.window.show();
        return;
    }
    // Deleted after the first show, and with it the connections that wait for it.
    auto *waiting = new QObject(&o.window);
    const auto showOnce = [&o, waiting, shown = std::make_shared<bool>(false)] {
        if (std::exchange(*shown, true))
            return;
        waiting->deleteLater();
        o.window.show();
    };
    QTimer::singleShot(o.showDeadlineMs, waiting, showOnce);
    // After everything else that follows loaded() (the Overview's texts): the first layout is the final one.
    QObject::connect(&o.overview, &controllers::OverviewController::loaded, waiting, showOnce);
    QObject::connect(&o.overview, &controllers::Controller::stateChanged, waiting, [showOnce](controllers::State s) {
        if (s == controllers::State::Error)
            showOnce();
    });
    QObject::connect(&o.session, &controllers::SessionController::statusChanged, waiting, [&o, showOnce] {
        if (o.session.status() != Status::Restoring && o.session.status() != Status::SignedIn)
            showOnce();
    });
}

pages::MainWindow &CompositionRoot::window()
{
    return m_objects->window;
}

controllers::SessionController &CompositionRoot::session()
{
    return m_objects->session;
}

controllers::OverviewController &CompositionRoot::overview()
{
    return m_objects->overview;
}

QSettings &CompositionRoot::settings()
{
    return *m_objects->settings;
}

QString CompositionRoot::settingsPath() const
{
    return m_objects->settings->fileName();
}

} // namespace facturos::app
