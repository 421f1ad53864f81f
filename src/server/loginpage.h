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
// `detail` is a short technical reason (for the developer of the calling app), shown in a <code> element.
[[nodiscard]] HttpResponse errorPageResponse(PageLanguage language, const QString &detail, int status = 400);

} // namespace facturos::server
