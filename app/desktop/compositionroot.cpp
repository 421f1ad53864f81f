#include "compositionroot.h"

#include "api/accountapi.h"
#include "api/apiclient.h"
#include "api/mailboxapi.h"
#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "controllers/choicescontroller.h"
#include "controllers/closurecontroller.h"
#include "controllers/overviewcontroller.h"
#include "controllers/profilecontroller.h"
#include "controllers/sessioncontroller.h"
#include "pages/appnetwork.h"
#include "pages/communicationspage.h"
#include "pages/cookiespage.h"
#include "pages/desktopurlopener.h"
#include "pages/mainwindow.h"
#include "pages/overviewpage.h"
#include "pages/profilepage.h"
#include "pages/prompter.h"
#include "pages/translations.h"

#include <QDir>
#include <QSettings>

namespace facturos::app {

namespace {
std::unique_ptr<QSettings> makeSettings(const QString &profileDir)
{
    if (profileDir.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Facturos"),
                                           QStringLiteral("facturos-account"));
    QDir().mkpath(profileDir);
    return std::make_unique<QSettings>(QDir(profileDir).filePath(QStringLiteral("facturos-account.ini")),
                                       QSettings::IniFormat);
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
        : settings(makeSettings(options.profileDir)),
          store(options.keychainService.isEmpty() ? auth::KeychainTokenStore::kDefaultService
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
    controllers::SessionController session;
    controllers::OverviewController overview;
    controllers::ClosureController closure;
    controllers::ProfileController profile{account};
    controllers::CommunicationsController communications{account};
    controllers::PrivacyController privacy{account};
    pages::MainWindow window;
};

CompositionRoot::CompositionRoot(const AppOptions &options) : m_objects(std::make_unique<Objects>(options))
{
    Objects &o = *m_objects;
    auto *overviewPage = new pages::OverviewPage(o.overview, o.closure);
    overviewPage->setObjectName(QStringLiteral("overviewPage"));
    o.window.addSection(pages::section::Overview, overviewPage);
    // Next sections register here, one addSection() each, in any order.
    auto *profilePage = new pages::ProfilePage(o.profile, o.prompter);
    profilePage->setObjectName(QStringLiteral("profilePage"));
    o.window.addSection(pages::section::Personal, profilePage);
    o.window.setLeaveGuard(profilePage, [profilePage] { return profilePage->canLeave(); });
    o.window.watch(o.profile, [&o] {
        if (o.profile.hasLoaded() && o.profile.isDirty())
            o.profile.save();
        else
            o.profile.load();
    });
    QObject::connect(&o.session, &controllers::SessionController::signedIn, &o.profile,
                     &controllers::ProfileController::load);

    auto *communicationsPage = new pages::CommunicationsPage(o.communications);
    communicationsPage->setObjectName(QStringLiteral("communicationsPage"));
    o.window.addSection(pages::section::Communications, communicationsPage);
    o.window.watch(o.communications, [&o] { o.communications.load(); });
    QObject::connect(&o.session, &controllers::SessionController::signedIn, &o.communications,
                     &controllers::CommunicationsController::load);

    auto *cookiesPage = new pages::CookiesPage(o.privacy);
    cookiesPage->setObjectName(QStringLiteral("cookiesPage"));
    o.window.addSection(pages::section::Cookies, cookiesPage);
    o.window.watch(o.privacy, [&o] { o.privacy.load(); });
    QObject::connect(&o.session, &controllers::SessionController::signedIn, &o.privacy,
                     &controllers::PrivacyController::load);

    QObject::connect(overviewPage, &pages::OverviewPage::sectionRequested, &o.window,
                     [&o](const QString &key) { o.window.showSection(key); });
    QObject::connect(overviewPage, &pages::OverviewPage::privacyStatementRequested, &o.window,
                     &pages::MainWindow::openPrivacyStatement);
    o.window.watch(o.overview, [&o] { o.overview.load(); });

    QObject::connect(&o.session, &controllers::SessionController::signedIn, &o.window, [&o] {
        o.client.forgetEtags();
        o.overview.load();
    });
    QObject::connect(&o.overview, &controllers::OverviewController::loaded, &o.window, [&o] {
        o.window.setAccountName(o.overview.account() ? o.overview.account()->displayName : QString());
    });
}

CompositionRoot::~CompositionRoot() = default;

void CompositionRoot::start()
{
    m_objects->window.show();
    m_objects->session.restore();
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
