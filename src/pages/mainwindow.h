#pragma once
// The app's window: the sign-in screen until signed in, then the sidebar of sections and their pages, the
// Account and Help menus and the connection banner. Pages join through addSection(); the window keeps the
// sidebar in the order of DESIGN.md §1 whatever the order of the calls, and remembers size and section.

#include "controllers/controller.h"
#include "controllers/sessioncontroller.h"

#include <functional>
#include <map>
#include <memory>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <utility>

class QSettings;

namespace Ui {
class MainWindow;
}

namespace facturos::api {
class AccountApi;
}
namespace facturos::auth {
class UrlOpener;
}

namespace facturos::pages {

class ConnectionBanner;
class Prompter;
struct DiagnosticsTarget;
class SignInPage;

// Section keys, in sidebar order.
namespace section {
inline const QString Overview = QStringLiteral("overview");
inline const QString Personal = QStringLiteral("personal");
inline const QString Communications = QStringLiteral("communications");
inline const QString Cookies = QStringLiteral("cookies");
inline const QString Mailboxes = QStringLiteral("mailboxes");
inline const QString Security = QStringLiteral("security");
inline const QString Data = QStringLiteral("data");
inline const QString Close = QStringLiteral("close");
[[nodiscard]] const QStringList &order();
} // namespace section

struct MainWindowDeps
{
    controllers::SessionController &session;
    api::AccountApi &account; // the privacy statement's address for Help › Privacy statement
    auth::UrlOpener &opener;
    Prompter &prompter;
    QSettings &settings; // window geometry and last section only
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(MainWindowDeps deps, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Registers a section (one of section::order()) with its standard title and icon
    // (resources/icons/<key>.svg). `build` makes its page the first time the section is shown or page() asks
    // for it, so that start-up builds only the page on screen; the window takes ownership of the page.
    // Registering a key twice or an unknown key is refused (false).
    bool addSection(const QString &key, std::function<QWidget *()> build);
    // The same with a page built already (deleted when refused).
    bool addSection(const QString &key, QWidget *page);
    [[nodiscard]] static QString titleFor(const QString &key);
    [[nodiscard]] static QIcon iconFor(const QString &key);
    // The window's icons (name, size) that its first frame shows: the sidebar, the banner, the window's own.
    [[nodiscard]] static QList<std::pair<QString, int>> firstFrameIcons();
    [[nodiscard]] QStringList sections() const;
    [[nodiscard]] QString currentSection() const;
    // The page of `key`, built now if it was not yet; nullptr when that section is not registered.
    QWidget *page(const QString &key);
    // Switches to `key`; false (nothing changes) when that section is not registered.
    bool showSection(const QString &key);

    // The connection banner follows `controller`: shown when its last action could not reach the server,
    // hidden when an action succeeds; Retry (and the banner's automatic attempts) call `retry` for the watched
    // controllers whose last action failed.
    void watch(controllers::Controller &controller, std::function<void()> retry);
    [[nodiscard]] bool isBannerShown() const;
    // While the banner shows, the failed actions are retried by themselves after these waits (the last one
    // repeats); default 5 s, 10 s, 20 s, 30 s, then every minute.
    void setAutoRetryDelays(QList<int> delaysMs);

    // `canLeave` is asked before the user leaves `page` for another section or closes the window; false keeps
    // them where they are (the page asks the user itself, e.g. about unsaved changes).
    void setLeaveGuard(QWidget *page, std::function<bool()> canLeave);

    // The Account menu's title.
    void setAccountName(const QString &name);
    // Opens the current privacy statement in the browser (Help menu, Overview alert).
    void openPrivacyStatement();
    // What Help › Diagnostics checks; the menu entry stays hidden until it is known.
    void setDiagnosticsTarget(const DiagnosticsTarget &target);
    // Help › Diagnostics: the report of `--diagnose` in a window-modal dialog with Copy (deleted on close).
    void showDiagnostics();

signals:
    void sectionChanged(const QString &key);
    // Help › Copy support snapshot… (enabled while signed in): the composition root opens the dialog.
    void supportSnapshotRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Watched;
    void showShellOrSignIn();
    void setBanner(bool shown);
    void showContact();
    void showAbout();
    void saveGeometryNow();
    // Shows the page at `row` of the sidebar in the page area, building it first if needed.
    void showPageAt(int row);

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowDeps m_deps;
    SignInPage *m_signInPage = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QStringList m_keys; // registered keys, in sidebar order
    // Sections whose page is not built yet: the page area holds an empty placeholder in their place.
    std::map<QString, std::function<QWidget *()>> m_builders;
    QString m_rememberedSection;
    bool m_signInScreenShown = false;
    std::vector<std::unique_ptr<Watched>> m_watched;
    std::vector<std::pair<QPointer<QWidget>, std::function<bool()>>> m_leaveGuards;
    std::unique_ptr<DiagnosticsTarget> m_diagnostics;
};

} // namespace facturos::pages
