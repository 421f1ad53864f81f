#pragma once
// The HTML pages of the SSO: the sign-in form and the page shown when an authorization request cannot be
// answered by a redirect. French or English (the server has no tr(): the two languages are tables here),
// self-contained (no external resource) and served under a strict Content-Security-Policy.

#include "server/authorizerequest.h"
#include "server/httpservice.h"

namespace facturos::server {

enum class PageLanguage { French, English };

// The first supported language of `uiLocales` (space separated, RFC 5646), else the best of
// Accept-Language by q-value, else French (most users are French).
[[nodiscard]] PageLanguage negotiateLanguage(const QString &uiLocales, const QByteArray &acceptLanguage);

struct LoginPage
{
    PageLanguage language = PageLanguage::French;
    AuthorizeRequest request; // carried in hidden fields; its redirect URI is allowed as a form-action target
    QString email;            // prefilled: login_hint, or what the user typed before a failure
    bool failed = false;      // show the one generic failure message
};

[[nodiscard]] HttpResponse loginPageResponse(const LoginPage &page);

// The password change form (GET/POST /account/password) and what it says when a submission is refused.
struct PasswordPage
{
    enum class Problem {
        None,
        Credentials, // the one generic failure: unknown e-mail, wrong current password or too many attempts
        TooShort,    // new password under kMinNewPasswordLength characters
        TooLong,     // over kMaxNewPasswordLength characters
        Mismatch,    // the two new passwords differ
        SameAsOld,   // the new password is the current one
    };
    static constexpr int kMinNewPasswordLength = 12;
    static constexpr int kMaxNewPasswordLength = 1024;

    PageLanguage language = PageLanguage::French;
    QString email; // prefilled after a refusal; passwords never are
    Problem problem = Problem::None;
};

[[nodiscard]] HttpResponse passwordPageResponse(const PasswordPage &page);
// The plain page shown once the password is changed (every session of the account was signed out).
[[nodiscard]] HttpResponse passwordChangedResponse(PageLanguage language);
// `detail` is a short technical reason (for the developer of the calling app), shown in a <code> element.
[[nodiscard]] HttpResponse errorPageResponse(PageLanguage language, const QString &detail, int status = 400);

} // namespace facturos::server
