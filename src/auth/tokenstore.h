#pragma once
// Where the refresh token survives between runs. Asynchronous because a real keychain may take seconds
// (a D-Bus activation timeout takes 25 s); every outcome is a distinct status so the session can tell
// "signed out" from "keyring locked" from "no keyring at all".

#include <functional>
#include <QByteArray>
#include <QObject>
#include <QString>

namespace facturos::auth {

enum class TokenStoreStatus {
    Ok,
    NotFound,  // no entry for this key: the user is signed out
    Locked,    // the keyring is locked or access was denied: retry after the user unlocks it
    NoBackend, // no keyring service on this machine (or it did not answer): keep the session in memory only
    Failed,    // anything else
};

[[nodiscard]] const char *toCode(TokenStoreStatus status);

class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenStore() override = default;

    using ReadCallback = std::function<void(TokenStoreStatus status, const QByteArray &secret)>;
    using DoneCallback = std::function<void(TokenStoreStatus status)>;

    // Each call answers exactly once, later (never from inside the call), through `done`, and only while
    // `context` is alive. Deleting a missing entry answers Ok.
    virtual void readSecret(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) = 0;
    virtual void deleteSecret(const QString &key, QObject *context, DoneCallback done) = 0;
};

} // namespace facturos::auth
