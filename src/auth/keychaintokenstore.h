#pragma once
// TokenStore on the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Store).
// Never falls back to plain-text storage: without a keychain the caller keeps the token in memory only.

#include "auth/tokenstore.h"

#include <qt6keychain/keychain.h>

namespace facturos::auth {

class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    inline static const QString kDefaultService = QStringLiteral("fr.facturos.account");

    explicit KeychainTokenStore(QString service = kDefaultService, QObject *parent = nullptr);
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
    QString m_service;
};

} // namespace facturos::auth
