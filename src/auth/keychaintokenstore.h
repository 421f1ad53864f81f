#pragma once
// TokenStore on the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Store).
// Never falls back to plain-text storage: without a keychain the caller keeps the token in memory only.
// QtKeychain runs on a thread of its own, shared by every store of the process: its first call starts libsecret,
// a D-Bus connection and a key exchange (about 10 ms here), which never holds up the GUI thread and overlaps
// building the window at start-up.

#include "auth/tokenstore.h"

#include <functional>
#include <optional>
#include <qt6keychain/keychain.h>

namespace facturos::auth {

class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    inline static const QString kDefaultService = QStringLiteral("fr.facturos.account");

    explicit KeychainTokenStore(QString service = kDefaultService, QObject *parent = nullptr);
    // Lets the calls already made finish (a rotated refresh token being written at quit) for up to 2 s.
    ~KeychainTokenStore() override;
    // The service of a --profile folder: kDefaultService plus a digest of its absolute path, so that two
    // profiles signed in to one account never share (or delete) each other's entry; kDefaultService for none.
    [[nodiscard]] static QString serviceForProfile(const QString &profileDir);

    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void deleteSecret(const QString &key, QObject *context, DoneCallback done) override;

    [[nodiscard]] QString service() const { return m_service; }

    // How a QtKeychain outcome maps onto the session's states (public so it can be checked at unit level).
    [[nodiscard]] static TokenStoreStatus statusFor(QKeychain::Error error, const QString &errorString);

private:
    class Worker;
    // On the keychain thread: `quick` (when set) may answer at once; otherwise the job that `make` builds runs
    // there and `finished` turns it into the result. `deliver` receives the result on this object's thread,
    // while `context` is alive.
    template <typename Result>
    void run(std::function<std::optional<Result>()> quick, std::function<QKeychain::Job *()> make,
             std::function<Result(QKeychain::Job *)> finished, QObject *context,
             std::function<void(const Result &)> deliver);

    QString m_service;
    Worker *m_worker; // lives in the keychain thread (one for the process)
};

} // namespace facturos::auth
