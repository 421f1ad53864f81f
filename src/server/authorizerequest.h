#pragma once
// The parameters of an OAuth 2.0 authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636), validated the
// same way whether they arrive in the GET query or in the hidden fields of the login form.

#include "core/form.h"

#include <optional>
#include <QList>
#include <QPair>
#include <QString>

namespace facturos::server {

// The single value of `name`; nullopt when absent, and `*duplicate` set when it appears more than once
// (RFC 6749 §3.1: parameters must not be repeated).
[[nodiscard]] std::optional<QString> singleValue(const FormFields &fields, const QString &name, bool *duplicate);

// RFC 8252 §7.3 loopback redirect, and nothing else: http://127.0.0.1:PORT/PATH or http://[::1]:PORT/PATH,
// no userinfo, query or fragment.
[[nodiscard]] bool isLoopbackRedirectUri(const QString &uri);

struct AuthorizeRequest
{
    QString clientId;
    QString redirectUri;
    QString state;         // passed back unchanged; may be empty
    QString codeChallenge; // S256, 43 base64url characters
    QString uiLocales;     // as sent, space separated
    QString loginHint;
    QString prompt; // "login", or empty
    std::optional<qint64> maxAge;

    // The parameters to carry in the login form so the POST can validate them again.
    [[nodiscard]] FormFields formFields() const;
};

struct AuthorizeError
{
    // Invalid client or redirect URI: the user must see a page, never a redirect (RFC 6749 §4.1.2.1).
    bool showPage = false;
    QString error;       // "invalid_request", "unsupported_response_type", "login_required", "invalid_client"…
    QString description; // English, for developers; never shown as the page's main sentence
};

struct AuthorizeValidation
{
    // On error, redirectUri and state are filled in and usable for an error redirect unless error->showPage.
    AuthorizeRequest request;
    std::optional<AuthorizeError> error;

    [[nodiscard]] bool ok() const { return !error; }
};

[[nodiscard]] AuthorizeValidation validateAuthorizeRequest(const FormFields &fields);

} // namespace facturos::server
