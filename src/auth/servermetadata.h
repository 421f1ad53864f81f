#pragma once
// RFC 8414 authorization server metadata: what the sign-in needs from it, validated so that a wrong or
// tampered document cannot send the user's code or tokens somewhere else.

#include <optional>
#include <QJsonObject>
#include <QUrl>

namespace facturos::auth {

struct ServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;            // may be empty: sign-out then only forgets the token locally
    bool issParameterSupported = false; // RFC 9207
    // Facturos extension "password_change_endpoint": the browser page where the user changes their password.
    // Empty when the server has none (or names one that is neither https nor loopback).
    QUrl passwordChangeEndpoint;
};

// Where RFC 8414 §3.1 puts the document for `issuer` (the well-known segment goes before any path).
[[nodiscard]] QUrl metadataUrlFor(const QUrl &issuer);
// https, or http on a loopback host (127.0.0.0/8, [::1], localhost).
[[nodiscard]] bool isAcceptableEndpoint(const QUrl &url);
// nullopt when the document is unusable: issuer differs from `expectedIssuer`, an endpoint is missing or not
// acceptable, S256 is not in code_challenge_methods_supported, or "code" not in response_types_supported.
[[nodiscard]] std::optional<ServerMetadata> parseServerMetadata(const QJsonObject &json, const QUrl &expectedIssuer,
                                                                QString *why = nullptr);
// Issuer identifiers compare as strings after dropping one trailing slash.
[[nodiscard]] QString normalizedIssuer(const QUrl &issuer);

} // namespace facturos::auth
