#include "pages/supportsnapshotcommand.h"

#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "auth/urlopener.h"
#include "controllers/supportsnapshot.h"
#include "core/privatefile.h"
#include "pages/appnetwork.h"
#include "pages/diagnostics.h"
#include "pages/errortext.h"
#include "pages/mainwindow.h"

#include <QDir>
#include <QEventLoop>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

namespace facturos::pages {

namespace {

// Silent sign-in only: a browser must never open from a command.
class NoBrowser final : public auth::UrlOpener
{
public:
    bool openUrl(const QUrl &) override { return false; }
};

} // namespace

int SupportSnapshotCommand::run(const DiagnosticsTarget &target, const QString &file, QTextStream &err)
{
    const std::unique_ptr<QSettings> settings = Diagnostics::profileSettings(target.profileDir);
    AppNetwork network;
    auth::KeychainTokenStore store(keychainServiceOf(target));
    NoBrowser browser;
    auth::SsoConfig ssoConfig;
    ssoConfig.issuer = target.server;
    auth::SsoSession sso(ssoConfig, network, store, browser, *settings);
    api::ApiClientConfig apiConfig;
    apiConfig.baseUrl = target.server;
    api::ApiClient client(network, sso, apiConfig);
    api::AccountApi account(client);
    api::MailboxApi mailboxes(client);
    api::SecurityApi security(client);
    api::DataApi data(client);
    controllers::SupportSnapshot snapshot({account, mailboxes, security, data});

    QEventLoop loop;
    QString failure;
    const auto settle = [&](auth::SessionState state) {
        if (state == auth::SessionState::SignedIn && !snapshot.isBusy()) {
            snapshot.take(controllers::snapshotContext(target.server, target.language, section::order()),
                          sso.isMemoryOnly());
        } else if (state == auth::SessionState::SignedOut || state == auth::SessionState::Error ||
                   state == auth::SessionState::KeyringLocked) {
            failure = sso.lastError() == auth::SessionError::None
                          ? tr("No one is signed in to %1 with this profile. Open Facturos Account, sign in, "
                               "close it, then run this again.")
                                .arg(target.server.toString())
                          : ErrorText::forSession(sso.lastError());
            loop.quit();
        }
    };
    QObject::connect(&sso, &auth::SsoSession::stateChanged, &loop, settle);
    QObject::connect(&snapshot, &controllers::SupportSnapshot::taken, &loop, &QEventLoop::quit);
    QObject::connect(&snapshot, &controllers::SupportSnapshot::failed, &loop, [&](const api::ApiError &error) {
        failure = ErrorText::forApi(error);
        loop.quit();
    });
    sso.restoreSession();
    if (sso.state() != auth::SessionState::Restoring && !snapshot.isBusy())
        settle(sso.state()); // decided at once (no stored sign-in): no state change will come
    if (failure.isEmpty() && snapshot.document().isEmpty())
        loop.exec();

    if (failure.isEmpty()) {
        QSaveFile out(file);
        if (!openOwnerOnly(out) || out.write(snapshot.json()) < 0 || !out.commit())
            //: %1 is the file, %2 the system's reason.
            failure = tr("The snapshot could not be written to %1: %2.")
                          .arg(QDir::toNativeSeparators(file), out.errorString());
    }
    if (!failure.isEmpty()) {
        err << tr("No support snapshot: %1").arg(failure) << Qt::endl;
        return snapshotexit::Failed;
    }
    err << tr("Support snapshot written to %1. Read it, then give it to Facturos support.")
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return snapshotexit::Ok;
}

} // namespace facturos::pages
