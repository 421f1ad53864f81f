#pragma once
// Field validation and normalisation shared by client (validate as you type) and server (the authority).

#include "core/fielderror.h"
#include "core/profile.h"

#include <optional>
#include <QString>

namespace facturos::validation {

inline constexpr int kMaxNameLength = 100;
inline constexpr int kMaxUsernameLength = 40;
inline constexpr int kMaxEmailLength = 254;
inline constexpr int kMaxCompanyLength = 120;
inline constexpr int kMaxAddressLineLength = 120;
inline constexpr int kMaxCityLength = 80;
// Postal codes abroad have no common format; this only bounds them.
inline constexpr int kMaxPostalCodeLength = 16;

[[nodiscard]] bool isValidEmail(const QString &email);
// French national numbers as typed ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
// "0033612345678") and other countries in E.164 ("+44 20 7946 0958") → "+33612345678"; nullopt if invalid.
[[nodiscard]] std::optional<QString> normalizePhone(const QString &phone);
[[nodiscard]] bool isValidFrenchPostalCode(const QString &postalCode);
// Spaces allowed as typed ("732 829 320 00074"); returns the 14 digits or nullopt (length or Luhn).
[[nodiscard]] std::optional<QString> normalizeSiret(const QString &siret);
[[nodiscard]] bool isLuhnValid(const QString &digits);
// 14 digits passing Luhn, or La Poste's own rule (SIREN 356000000, digit sum divisible by 5).
[[nodiscard]] bool isValidSiretChecksum(const QString &digits);
// ISO 3166-1 alpha-2, upper case.
[[nodiscard]] bool isValidCountryCode(const QString &code);
// C0/C1 control characters (tab and newline included), lone surrogates, U+FFFD from bad decoding.
[[nodiscard]] bool hasForbiddenCharacters(const QString &text);
// Letters, digits, '.', '_', '-'; 3 to kMaxUsernameLength characters.
[[nodiscard]] bool isValidUsername(const QString &username);

// Trims every field, normalises phone and SIRET when valid, upper-cases country codes.
[[nodiscard]] Profile normalized(const Profile &profile);
// Every problem of a (normalised) profile, with paths as in profileFromJson.
[[nodiscard]] FieldErrors validate(const Profile &profile);

} // namespace facturos::validation
