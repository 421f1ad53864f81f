#pragma once
// The common cases of the keychain, straight over the session bus (Secret Service API): reading or replacing
// one unlocked item in the format QtKeychain uses (attributes server = service, user = key, type = base64, schema
// org.qt.keychain; label = service), through a "plain" session — the session bus is the user's own. About 3 ms
// and little CPU, where libsecret's first call costs about 11 ms (GIO start-up and a Diffie-Hellman exchange).
// Anything else (no service, no or several items, a locked collection, a prompt, any error) answers "not
// handled", and KeychainTokenStore leaves it to QtKeychain, so every unusual case keeps QtKeychain's answer.
// Blocking calls: run on the keychain thread only.

#include <optional>
#include <QByteArray>
#include <QString>

namespace facturos::auth::secretservice {

// The secret, or nothing when this path cannot tell (not necessarily "no such entry").
[[nodiscard]] std::optional<QByteArray> read(const QString &service, const QString &key);
// True when the item is stored (created or replaced); false: not handled, nothing changed.
[[nodiscard]] bool write(const QString &service, const QString &key, const QByteArray &secret);

} // namespace facturos::auth::secretservice
