#pragma once
// Builds and wires every object of the desktop app, in dependency order, and owns them: network, keychain,
// SSO session, API client and facades, controllers, pages and the main window. No singletons: this is the
// one place that knows them all. Tests build the same root with their own browser and prompter.

#include <memory>
#include <QString>
#include <QUrl>

class QSettings;

namespace facturos::auth {
class UrlOpener;
}

namespace facturos::pages {
class MainWindow;
class Prompter;
} // namespace facturos::pages

namespace facturos::controllers {
class OverviewController;
class SessionController;
} // namespace facturos::controllers

namespace facturos::app {

struct AppOptions
{
    QUrl server = QUrl(QStringLiteral("https://account.facturos.fr"));
    QString language = QStringLiteral("en"); // "fr" | "en"
    QString profileDir;                      // settings file (and caches) here; empty: the user's default place
    // Overrides for tests (null / empty: the real thing; the keyring service is then the profile's own,
    // KeychainTokenStore::serviceForProfile).
    auth::UrlOpener *opener = nullptr;
    pages::Prompter *prompter = nullptr;
    QString keychainService;
    int requestTimeoutMs = 30 * 1000;
    // During a silent sign-in the window waits for the Overview's data at most this long before showing.
    int showDeadlineMs = 100;
};

class CompositionRoot
{
public:
    // Builds everything; the silent sign-in with a stored token (straight to the overview) already begins here,
    // before the window is built, and goes on once the event loop runs.
    explicit CompositionRoot(const AppOptions &options);
    ~CompositionRoot();

    // Shows the window. During a silent sign-in it shows once the Overview is populated (or has failed), so that
    // the first frame is the account rather than an empty shell; never later than AppOptions::showDeadlineMs
    // after this call.
    void start();

    [[nodiscard]] pages::MainWindow &window();
    [[nodiscard]] controllers::SessionController &session();
    [[nodiscard]] controllers::OverviewController &overview();
    [[nodiscard]] QSettings &settings();
    [[nodiscard]] QString settingsPath() const;

private:
    struct Objects;
    std::unique_ptr<Objects> m_objects;
};

} // namespace facturos::app
