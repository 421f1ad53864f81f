#include "auth/keychaintokenstore.h"

#include "auth/authlog.h"
#include "auth/secretservice.h"

#include <optional>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>
#include <utility>

namespace facturos::auth {

namespace {

TokenStoreStatus logged(TokenStoreStatus status, const char *operation, const QKeychain::Job *job)
{
    if (status != TokenStoreStatus::Ok && status != TokenStoreStatus::NotFound)
        qCWarning(lcAuth) << "keychain" << operation << "failed:" << toCode(status) << int(job->error())
                          << job->errorString();
    return status;
}

QThread *runningThread = nullptr;

void stopKeychainThread()
{
    if (!runningThread)
        return;
    runningThread->quit();
    if (!runningThread->wait(QDeadlineTimer(2000)))
        qCWarning(lcAuth) << "keychain calls still running at exit: left unfinished";
    delete runningThread;
    runningThread = nullptr;
}

// One keychain thread for the whole process: libsecret shares one connection to the Secret Service, bound to
// the thread that first used it. Stopped when the application object goes.
QThread *keychainThread()
{
    if (!runningThread) {
        runningThread = new QThread;
        runningThread->setObjectName(QStringLiteral("keychain"));
        runningThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return runningThread;
}

} // namespace

// A store's side on the keychain thread: counts its jobs in flight, so that the store's end can wait for them,
// and hands answers back to the store while it lives.
class KeychainTokenStore::Worker final : public QObject
{
public:
    explicit Worker(KeychainTokenStore *store) : m_store(store) {}

    void jobStarted()
    {
        const QMutexLocker lock(&m_mutex);
        ++m_pending;
    }
    void jobEnded()
    {
        const QMutexLocker lock(&m_mutex);
        --m_pending;
        m_idle.wakeAll();
    }
    // Runs `answer` on the store's thread, unless the store is gone by then.
    void post(std::function<void()> answer)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_store)
            QMetaObject::invokeMethod(m_store, std::move(answer), Qt::QueuedConnection);
    }
    // From the store's destructor: waits up to `timeout` for its jobs, then lets go of the store.
    void release(QDeadlineTimer timeout)
    {
        QMutexLocker lock(&m_mutex);
        while (m_pending > 0) {
            if (!m_idle.wait(&m_mutex, timeout)) {
                qCWarning(lcAuth) << "keychain calls still running at the store's end: left unfinished";
                break;
            }
        }
        m_store = nullptr;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_idle;
    KeychainTokenStore *m_store;
    int m_pending = 0;
};

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent), m_service(std::move(service)), m_worker(new Worker(this))
{
    m_worker->moveToThread(keychainThread());
}

KeychainTokenStore::~KeychainTokenStore()
{
    m_worker->release(QDeadlineTimer(2000));
    m_worker->deleteLater();
}

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

template <typename Result>
void KeychainTokenStore::run(std::function<std::optional<Result>()> quick, std::function<QKeychain::Job *()> make,
                             std::function<Result(QKeychain::Job *)> finished, QObject *context,
                             std::function<void(const Result &)> deliver)
{
    // Answers come back through this store (queued, so never from inside the call); `context` is checked there,
    // on its own thread.
    QPointer<QObject> guard(context);
    Worker *worker = m_worker;
    worker->jobStarted();
    QMetaObject::invokeMethod(worker, [worker, quick = std::move(quick), make = std::move(make),
                                       finished = std::move(finished), guard, deliver = std::move(deliver)] {
        if (quick) {
            if (std::optional<Result> result = quick()) {
                worker->post([guard, deliver, result = *std::move(result)] {
                    if (guard)
                        deliver(result);
                });
                worker->jobEnded();
                return;
            }
        }
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        // Never enable QtKeychain's insecure fallback: it writes the secret in plain text next to the settings.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, worker,
                         [worker, finished, guard, deliver](QKeychain::Job *job) {
                             worker->post([guard, deliver, result = finished(job)] {
                                 if (guard)
                                     deliver(result);
                             });
                             worker->jobEnded();
                         });
        job->start();
    });
}

void KeychainTokenStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    using Read = std::pair<TokenStoreStatus, QByteArray>;
    run<Read>(
        [service = m_service, key]() -> std::optional<Read> {
            if (auto secret = secretservice::read(service, key))
                return Read{TokenStoreStatus::Ok, *std::move(secret)};
            return std::nullopt;
        },
        [service = m_service, key] {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        [](QKeychain::Job *job) {
            const auto status = logged(statusFor(job->error(), job->errorString()), "read", job);
            return Read{status, status == TokenStoreStatus::Ok
                                    ? static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData()
                                    : QByteArray()};
        },
        context, [done = std::move(done)](const Read &read) { done(read.first, read.second); });
}

void KeychainTokenStore::writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    run<TokenStoreStatus>(
        [service = m_service, key, secret]() -> std::optional<TokenStoreStatus> {
            if (secretservice::write(service, key, secret))
                return TokenStoreStatus::Ok;
            return std::nullopt;
        },
        [service = m_service, key, secret] {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setBinaryData(secret);
            return job;
        },
        [](QKeychain::Job *job) { return logged(statusFor(job->error(), job->errorString()), "write", job); }, context,
        std::move(done));
}

void KeychainTokenStore::deleteSecret(const QString &key, QObject *context, DoneCallback done)
{
    run<TokenStoreStatus>(
        {},
        [service = m_service, key] {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        [](QKeychain::Job *job) {
            auto status = statusFor(job->error(), job->errorString());
            if (status == TokenStoreStatus::NotFound)
                status = TokenStoreStatus::Ok; // already gone is what the caller wanted
            return logged(status, "delete", job);
        },
        context, std::move(done));
}

} // namespace facturos::auth
