#pragma once
// One problem with one field of a request or a value, as a stable machine code plus an English detail
// for logs and API consumers. Pages translate the code; nothing below src/pages shows `message` to users.

#include <QList>
#include <QString>

namespace facturos {

// Stable error codes shared by the server (in problem+json) and the client (mapped to sentences).
namespace ErrorCode {
inline const QString Required = QStringLiteral("required");
inline const QString Type = QStringLiteral("type");
inline const QString UnknownField = QStringLiteral("unknown_field");
inline const QString ReadOnly = QStringLiteral("read_only");
inline const QString InvalidFormat = QStringLiteral("invalid_format");
inline const QString TooLong = QStringLiteral("too_long");
inline const QString InvalidChecksum = QStringLiteral("invalid_checksum");
inline const QString InvalidCountry = QStringLiteral("invalid_country");
inline const QString InvalidCharacters = QStringLiteral("invalid_characters");
inline const QString Mandatory = QStringLiteral("mandatory");
inline const QString Incomplete = QStringLiteral("incomplete");
inline const QString Taken = QStringLiteral("taken");
inline const QString Mismatch = QStringLiteral("mismatch"); // a confirmation that does not match (closure e-mail)
} // namespace ErrorCode

struct FieldError
{
    QString field; // dotted path: "deliveryAddress.postalCode", "items[2].purpose"; "" for the whole body
    QString code;  // one of ErrorCode
    QString message;

    bool operator==(const FieldError &o) const { return field == o.field && code == o.code; }
};

using FieldErrors = QList<FieldError>;

} // namespace facturos
