// The log canary: a whole session of the real app (built by the composition root, the test acting as
// the browser) with every facturos.* category at debug level and the app's own message handler writing a log
// file: sign in, every section loaded, the profile edited and saved (after the access token expired, so a
// refresh happens), sign out. The log must hold the session, and none of: the password, the e-mail address,
// the authorization code, the PKCE verifier, any access or refresh token actually issued, "Bearer ". The
// secrets are taken from the wire by the relay in front of the server (HoldingProxy keeps every byte), and from the
// keyring.
#include "guitest.h"
#include "holdingproxy.h"

#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "messagelog.h"

#include <QAction>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
// A careless caller: what it logs shows that the handler masks by construction, not by the callers' care.
Q_LOGGING_CATEGORY(lcCareless, "facturos.test", QtInfoMsg)
} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void fullSessionLogsNoSecret()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(QStringLiteral("logs/facturos-account.log"));
        QByteArray storedRefreshToken;
        HoldingProxy relay;
        {
            app::MessageLog log;
            QVERIFY(log.openFile(logPath));
            QLoggingCategory::setFilterRules(QStringLiteral("facturos.*.debug=true"));
            auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });

            QVERIFY(relay.listen());
            AppHarness h;
            h.server = std::make_unique<TestServer>([&](server::ServerOptions &o) { o.issuer = relay.url(); });
            QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
            relay.setUpstream(h.server->url());
            QVERIFY2(h.startAndSignIn(relay.url()), qPrintable(h.browser.failure));
            auth::KeychainTokenStore store(testKeychainService());
            const QString key = auth::SsoSession::refreshTokenKey(relay.url(), h.server->userId(kDemoEmail));
            storedRefreshToken = readNow(store, key).second;
            QVERIFY(!storedRefreshToken.isEmpty());
            qCDebug(lcCareless) << "careless:" << storedRefreshToken << kDemoEmail
                                << QStringLiteral("Authorization: Bearer %1").arg(QLatin1String(storedRefreshToken));

            pages::MainWindow &window = h.window();
            for (const QString &section : window.sections())
                QVERIFY(window.showSection(section));
            for (const char *path :
                 {"GET /v1/account ", "GET /v1/account/profile ", "GET /v1/account/preferences/communications ",
                  "GET /v1/account/preferences/privacy "})
                QTRY_VERIFY2_WITH_TIMEOUT(relay.toServer().contains(path), path, 15000);

            // Every request answered before the clock moves: none of them meets the expired token.
            QTRY_COMPARE_WITH_TIMEOUT(relay.toClient().count("HTTP/1.1 "), relay.toServer().count(" HTTP/1.1\r\n"),
                                      15000);
            // The access token expires, so the save below first refreshes (new access and refresh tokens).
            h.server->clock().advance(11 * 60);
            QVERIFY(window.showSection(pages::section::Personal));
            auto *company = findWidget<QLineEdit>(&window, QStringLiteral("companyNameLineEdit"));
            auto *save = findWidget<QPushButton>(&window, QStringLiteral("saveButton"));
            QVERIFY(company && save);
            QTRY_VERIFY(!company->text().isEmpty());
            company->selectAll();
            QTest::keyClicks(company, QStringLiteral("Atelier Durand & Fils"));
            QTRY_VERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            // Refused (expired token), refreshed, sent again, saved.
            QTRY_VERIFY_WITH_TIMEOUT(relay.toServer().contains("grant_type=refresh_token"), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(relay.toServer().count("PATCH /v1/account/profile "), 2, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(
                HttpClient()
                    .get(h.server->url(QStringLiteral("/v1/account/profile")), h.server->signInDirect(kDemoEmail))
                    .json()
                    .value(QStringLiteral("companyName"))
                    .toString(),
                QStringLiteral("Atelier Durand & Fils"), 15000);
            QTRY_VERIFY(!save->isEnabled());

            auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
            QVERIFY(signOut && signOut->isEnabled());
            signOut->trigger();
            QTRY_COMPARE(h.app->session().status(), controllers::SessionController::Status::SignedOut);
            QTRY_VERIFY_WITH_TIMEOUT(relay.toServer().contains("POST /oauth/revoke "), 15000);
            QTRY_COMPARE(readNow(store, key).first, auth::TokenStoreStatus::NotFound);
        }

        // What really travelled: every one of these must have been seen, or the search below proves nothing.
        const QSet<QByteArray> codes = relay.formValues("code");
        const QSet<QByteArray> verifiers = relay.formValues("code_verifier");
        const QSet<QByteArray> accessTokens = relay.jsonValues("access_token");
        QSet<QByteArray> refreshTokens = relay.jsonValues("refresh_token") + relay.formValues("refresh_token");
        refreshTokens.insert(storedRefreshToken);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(verifiers.size(), 1);
        QVERIFY(accessTokens.size() >= 2);
        QVERIFY(refreshTokens.size() >= 2);
        QList<QPair<QString, QByteArray>> canaries{{QStringLiteral("password"), kDemoPassword.toUtf8()},
                                                   {QStringLiteral("e-mail"), kDemoEmail.toUtf8()},
                                                   {QStringLiteral("encoded e-mail"), "demo%40facturos.test"},
                                                   {QStringLiteral("bearer"), "Bearer "}};
        for (const auto &[what, values] : {std::pair{QStringLiteral("code"), codes},
                                           {QStringLiteral("verifier"), verifiers},
                                           {QStringLiteral("access token"), accessTokens},
                                           {QStringLiteral("refresh token"), refreshTokens}}) {
            for (const QByteArray &value : values) {
                QVERIFY2(value.size() >= 20, qPrintable(what)); // a real secret, not a parsing accident
                canaries.append({what, value});
            }
        }

        QFile file(logPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray logged = file.readAll();
        // The log holds the session, at debug level, in every client layer, with time and category.
        QVERIFY2(logged.count('\n') > 20, logged.constData());
        for (const char *expected :
             {" debug facturos.api: ", " facturos.auth: ", " facturos.controllers: ",
              "Z info facturos.app: log opened by facturos-account", " debug facturos.test: careless: "})
            QVERIFY2(logged.contains(expected), expected);
        for (const auto &[what, secret] : std::as_const(canaries)) {
            QVERIFY2(!logged.contains(secret), qPrintable(QStringLiteral("the %1 is in the log").arg(what)));
            QVERIFY2(!logged.contains(secret.toPercentEncoding()),
                     qPrintable(QStringLiteral("the %1 is in the log, URL-encoded").arg(what)));
        }
    }
};

QTEST_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
