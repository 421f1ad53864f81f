#pragma once
// What a log line may not carry, masked by one pure function that every message passes through on its way
// to stderr or a log file: secrets become "[redacted]", e-mail addresses keep only their shape.

#include <QString>

namespace facturos::logredaction {

inline const QString kRedacted = QStringLiteral("[redacted]");

// "camille.durand@facturos.test" → "c***@f***.test" (also the %40 form of URLs). Anything else unchanged.
[[nodiscard]] QString maskEmail(const QString &email);
// One whole value known to be an address, whatever its letters ("josé@café.fr" → "j***@c***.fr"); "***" for
// anything without the shape local@domain.ending.
[[nodiscard]] QString maskAddress(const QString &address);

// Masks in `message`:
// - "Bearer <token>" (any case) and the value of an Authorization header, whatever its scheme;
// - the value after password=, secret=, *_token=, code=, code_verifier=, client_secret=, state=… (URL query,
//   form body, JSON "key": "value", "key: value", and QDebug's `password "value"`);
// - JWTs (eyJ….….…);
// - runs of 20+ base64url/hex characters that mix letters and digits (or carry two capitals in a row and a
//   lower-case letter): random tokens, codes, verifiers, keys. UUIDs stay (account ids help support);
// - e-mail addresses, as maskEmail().
[[nodiscard]] QString redact(const QString &message);

} // namespace facturos::logredaction
