#pragma once
// What the GUI tests share: finding widgets by objectName (failing with the missing name), and the real app
// built through the composition root against the reference server, with the test as the browser and the
// keyring of scripts/test's private D-Bus session.

#include "browseropener.h"
#include "httpclient.h"
#include "keyringcheck.h"
#include "testserver.h"

#include "compositionroot.h"
#include "controllers/overviewcontroller.h"
#include "controllers/sessioncontroller.h"
#include "pages/mainwindow.h"
#include "pages/prompter.h"
#include "pages/translations.h"

#include <memory>
#include <QCheckBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWidget>

namespace facturos::test {

// The widget named `name` under `root`; fails the test (with the name) when there is none.
template <typename T> T *findWidget(QObject *root, const QString &name)
{
    T *widget = root ? root->findChild<T *>(name) : nullptr;
    if (!widget)
        QTest::qFail(
            qPrintable(QStringLiteral("no %1 named \"%2\"").arg(QLatin1String(T::staticMetaObject.className()), name)),
            __FILE__, __LINE__);
    return widget;
}

// Answers confirmations and file choices as the test decided and records what was asked.
class AnsweringPrompter final : public pages::Prompter
{
public:
    bool answer = true;
    QList<pages::Confirmation> asked;
    QStringList informed;
    QString saveFilePath; // what chooseSaveFile() answers (empty: the user cancelled)
    QStringList saveTitles;

    bool confirm(QWidget *, const pages::Confirmation &confirmation) override
    {
        asked.append(confirmation);
        return answer;
    }
    void inform(QWidget *, const QString &, const QString &text) override { informed.append(text); }
    QString chooseSaveFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        saveTitles.append(title);
        return saveFilePath;
    }
};

// The whole app against a TestServer; `profile` keeps its settings between two apps of one test.
struct AppHarness
{
    explicit AppHarness(const QString &language = QStringLiteral("en"))
        : language(language), translations(*QCoreApplication::instance(), language)
    {}

    QString language;                 // "en" | "fr"
    pages::Translations translations; // as main.cpp does
    std::unique_ptr<TestServer> server = std::make_unique<TestServer>();
    BrowserOpener browser;
    auth::UrlOpener *opener = nullptr; // the browser the app opens pages in (null: `browser`)
    AnsweringPrompter prompter;
    QTemporaryDir profile;
    std::unique_ptr<app::CompositionRoot> app;
    int showDeadlineMs = app::AppOptions().showDeadlineMs;
    QString keychainService = testKeychainService(); // empty: the profile's own, as the real app

    [[nodiscard]] app::AppOptions options(const QUrl &url = {})
    {
        app::AppOptions options;
        options.server = url.isEmpty() ? server->url() : url;
        options.language = language;
        options.profileDir = profile.path();
        options.opener = opener ? opener : &browser;
        options.prompter = &prompter;
        options.keychainService = keychainService;
        options.requestTimeoutMs = 5000;
        options.showDeadlineMs = showDeadlineMs;
        return options;
    }
    app::CompositionRoot &start(const QUrl &url = {})
    {
        app = std::make_unique<app::CompositionRoot>(options(url));
        app->start();
        return *app;
    }
    [[nodiscard]] pages::MainWindow &window() { return app->window(); }
    // A section's page is built the first time it shows: builds those not shown yet, as if the user had visited
    // every section (for tests that look at several pages at once).
    void buildEveryPage()
    {
        for (const QString &key : window().sections())
            (void)window().page(key);
    }
    // Starts the app and signs in by clicking "Sign in with Facturos", the test acting as the browser; true once
    // the overview shows the account.
    [[nodiscard]] bool startAndSignIn(const QUrl &url = {})
    {
        start(url);
        using Status = controllers::SessionController::Status;
        if (!QTest::qWaitFor([this] { return app->session().status() != Status::Restoring; }, 15000))
            return false;
        auto *button = findWidget<QPushButton>(&window(), QStringLiteral("signInButton"));
        if (!button)
            return false;
        if (app->session().status() != Status::SignedIn)
            QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor(
            [this] { return app->overview().hasLoaded() && app->overview().state() == controllers::State::Idle; },
            15000);
    }
    // Signs out (revoking and deleting the keychain entry) so the next test starts clean.
    void signOut()
    {
        if (app && app->session().status() == controllers::SessionController::Status::SignedIn) {
            app->session().signOut();
            (void)QTest::qWaitFor(
                [this] { return app->session().status() != controllers::SessionController::Status::SignedIn; }, 10000);
        }
    }
};

// The consent records' purposes on the server, newest first (one page is plenty for the demo account).
inline QStringList consentPurposes(TestServer &server)
{
    QUrl url = server.url(QStringLiteral("/v1/account/consents"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    url.setQuery(query);
    const HttpResult answer = HttpClient().get(url, server.signInDirect(kDemoEmail));
    QStringList purposes;
    if (answer.status != 200)
        return purposes;
    for (const QJsonValue &item : answer.json().value(QStringLiteral("items")).toArray())
        purposes.append(item.toObject().value(QStringLiteral("purpose")).toString());
    return purposes;
}

// Flips a switch as a keyboard user does (Space on the focused check box).
inline void flip(QCheckBox *checkBox)
{
    checkBox->setFocus();
    QTest::keyClick(checkBox, Qt::Key_Space);
}

} // namespace facturos::test
