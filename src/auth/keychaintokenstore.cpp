#include "auth/keychaintokenstore.h"

#include "auth/authlog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>

namespace facturos::auth {

namespace {

// The job deletes itself after finished(); the callback runs only while `context` lives.
void run(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> done)
{
    job->setAutoDelete(true);
    // Never enable QtKeychain's insecure fallback: it writes the secret in plain text next to the settings.
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, done = std::move(done)](QKeychain::Job *finished) {
        if (guard)
            done(finished);
    });
    job->start();
}

TokenStoreStatus logged(TokenStoreStatus status, const char *operation, const QKeychain::Job *job)
{
    if (status != TokenStoreStatus::Ok && status != TokenStoreStatus::NotFound)
        qCWarning(lcAuth) << "keychain" << operation << "failed:" << toCode(status) << int(job->error())
                          << job->errorString();
    return status;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent), m_service(std::move(service))
{}

TokenStoreStatus KeychainTokenStore::statusFor(QKeychain::Error error, const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStoreStatus::Ok;
    case QKeychain::EntryNotFound:
        return TokenStoreStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStoreStatus::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStoreStatus::NoBackend;
    case QKeychain::OtherError: {
        // On Linux QtKeychain reports a missing or silent session bus as OtherError ("Could not connect",
        // "Cannot autolaunch D-Bus", org.freedesktop.DBus.Error.NoReply / ServiceUnknown after a timeout).
        static const char *const kBusFailures[] = {"D-Bus",          "DBus",           "dbus",    "Could not connect",
                                                   "NoReply",        "ServiceUnknown", "timeout", "Timeout",
                                                   "did not receive"};
        for (const char *needle : kBusFailures) {
            if (errorString.contains(QLatin1String(needle)))
                return TokenStoreStatus::NoBackend;
        }
        return TokenStoreStatus::Failed;
    }
    case QKeychain::CouldNotDeleteEntry:
        return TokenStoreStatus::Failed;
    }
    return TokenStoreStatus::Failed;
}

QString KeychainTokenStore::serviceForProfile(const QString &profileDir)
{
    if (profileDir.isEmpty())
        return kDefaultService;
    const QByteArray path = QFileInfo(profileDir).absoluteFilePath().toUtf8();
    return kDefaultService + QStringLiteral(".profile-") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

void KeychainTokenStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        const auto status = logged(statusFor(finished->error(), finished->errorString()), "read", finished);
        const QByteArray secret = status == TokenStoreStatus::Ok
                                      ? static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()
                                      : QByteArray();
        done(status, secret);
    });
}

void KeychainTokenStore::writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(logged(statusFor(finished->error(), finished->errorString()), "write", finished));
    });
}

void KeychainTokenStore::deleteSecret(const QString &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        auto status = statusFor(finished->error(), finished->errorString());
        if (status == TokenStoreStatus::NotFound)
            status = TokenStoreStatus::Ok; // already gone is what the caller wanted
        done(logged(status, "delete", finished));
    });
}

} // namespace facturos::auth
