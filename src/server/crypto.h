#pragma once
// Randomness, hashing and password storage for the server, all on libsodium. Secrets are compared in
// constant time and only their hashes are stored.

#include <QByteArray>
#include <QString>

namespace facturos::server::crypto {

// Must be called once before anything else here (idempotent); false when libsodium cannot start.
[[nodiscard]] bool initialize();

[[nodiscard]] QByteArray randomBytes(int count);
// URL-safe base64 without padding of `bytes` random bytes: tokens, codes, ids.
[[nodiscard]] QByteArray randomToken(int bytes = 32);
[[nodiscard]] QByteArray sha256(const QByteArray &data);
// The value stored for a bearer secret (token, code): SHA-256, so a database leak reveals nothing usable.
[[nodiscard]] QByteArray secretHash(const QByteArray &secret);
[[nodiscard]] bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))).
[[nodiscard]] QByteArray pkceChallenge(const QByteArray &verifier);
// 43–128 characters of [A-Z a-z 0-9 - . _ ~].
[[nodiscard]] bool isValidPkceVerifier(const QByteArray &verifier);

// Argon2id at libsodium's INTERACTIVE limits (about 64 MiB, tens of milliseconds): call off the event loop.
[[nodiscard]] QByteArray hashPassword(const QString &password);
[[nodiscard]] bool verifyPassword(const QByteArray &storedHash, const QString &password);
// A valid hash of a random password: verifying against it costs what a real check costs, so unknown
// accounts answer in the same time as wrong passwords.
[[nodiscard]] const QByteArray &dummyPasswordHash();

} // namespace facturos::server::crypto
