#pragma once
// PKCE (RFC 7636, S256) and OAuth state values, from the operating system's CSPRNG.

#include <QByteArray>

namespace facturos::auth::pkce {

// 43 base64url characters (256 random bits), the RFC 7636 minimum length.
[[nodiscard]] QByteArray newVerifier();
// BASE64URL(SHA256(verifier)) without padding.
[[nodiscard]] QByteArray challengeFor(const QByteArray &verifier);
// 22 base64url characters (128 random bits).
[[nodiscard]] QByteArray newState();

} // namespace facturos::auth::pkce
