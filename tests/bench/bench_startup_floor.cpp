// For bench_startup: the least any program must do to show the signed-in account at start-up with a stored
// refresh token, with the app's libraries. Nothing of the app's structure: read the refresh token from the
// keyring (the app's fastest path, straight over the session bus, on a thread started at once), exchange it
// for an access token, read the account, and paint one window with one line of text (the account's name and
// e-mail). Fonts load on a worker as in the app; the token endpoint is the one the reference server advertises
// (the app reads the server's metadata while the keyring answers). It stores the rotated refresh token after
// reporting, so the next run finds a valid one. Arguments: SERVER_URL PROFILE_DIR (as bench_startup_app).

#include "startupready.h"

#include "auth/keychaintokenstore.h"
#include "auth/secretservice.h"
#include "auth/ssosession.h"
#include "pages/diagnostics.h"
#include "pages/fontconfigload.h"

#include <cstdio>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QUrlQuery>
#include <thread>

using namespace facturos;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    pages::fontconfigload::start();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_startup_floor SERVER_URL PROFILE_DIR\n");
        return 2;
    }
    const QUrl server(args.at(1));
    const QString profile = args.at(2);
    const std::unique_ptr<QSettings> settings = pages::Diagnostics::profileSettings(profile);
    const QString service = auth::KeychainTokenStore::serviceForProfile(profile);
    const QString key =
        auth::SsoSession::refreshTokenKey(server, settings->value(QStringLiteral("auth/lastAccountId")).toString());

    QMainWindow window;
    QLabel *label = nullptr;
    QNetworkAccessManager network;
    QByteArray rotated;
    const auto signIn = [&](const std::optional<QByteArray> &refresh) {
        if (!refresh) {
            std::fprintf(stderr, "no stored refresh token\n");
            QCoreApplication::exit(1);
            return;
        }
        QNetworkRequest tokenRequest(server.resolved(QUrl(QStringLiteral("/oauth/token"))));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(*refresh));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("facturos-desktop"));
        QNetworkReply *tokenReply = network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toLatin1());
        QObject::connect(tokenReply, &QNetworkReply::finished, &app, [&, tokenReply] {
            tokenReply->deleteLater();
            const QJsonObject tokens = QJsonDocument::fromJson(tokenReply->readAll()).object();
            rotated = tokens.value(QStringLiteral("refresh_token")).toString().toLatin1();
            QNetworkRequest accountRequest(server.resolved(QUrl(QStringLiteral("/v1/account"))));
            accountRequest.setRawHeader("Authorization",
                                        "Bearer " + tokens.value(QStringLiteral("access_token")).toString().toLatin1());
            QNetworkReply *accountReply = network.get(accountRequest);
            QObject::connect(accountReply, &QNetworkReply::finished, &app, [&, accountReply] {
                accountReply->deleteLater();
                const QJsonObject account = QJsonDocument::fromJson(accountReply->readAll()).object();
                if (rotated.isEmpty() || account.isEmpty()) {
                    std::fprintf(stderr, "refresh or account read failed\n");
                    QCoreApplication::exit(1);
                    return;
                }
                label->setText(account.value(QStringLiteral("displayName")).toString() + QStringLiteral(" — ") +
                               account.value(QStringLiteral("email")).toString());
                bench::reportWhenPainted(label);
                window.show();
            });
        });
    };
    // The keyring is read on its own thread from the start; the answer comes back to this thread.
    std::thread keyring([&app, &signIn, service, key] {
        std::optional<QByteArray> refresh = auth::secretservice::read(service, key);
        QMetaObject::invokeMethod(
            &app, [&signIn, refresh] { signIn(refresh); }, Qt::QueuedConnection);
    });
    pages::fontconfigload::wait();
    window.setWindowTitle(QStringLiteral("Facturos Account"));
    window.resize(960, 640);
    label = new QLabel(&window);
    window.setCentralWidget(label);
    const int code = QApplication::exec();
    keyring.join();
    if (!rotated.isEmpty() && !auth::secretservice::write(service, key, rotated))
        std::fprintf(stderr, "could not store the rotated refresh token\n");
    return code;
}
