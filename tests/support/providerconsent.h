#pragma once
// The user's browser on the development mail provider's consent page (the stand-in for Google's, see
// src/server gmail routes): reads the page, submits its form with a decision for an address, and follows the
// provider's redirect back to the server's callback, all over real HTTP.

#include "httpclient.h"

#include <QString>
#include <QUrl>

namespace facturos::test {

// What the browser saw on the way.
struct ProviderConsent
{
    HttpResult page;         // the consent page
    QString proposedAddress; // the address the page proposed (the login hint), unescaped
    HttpResult redirect;     // the provider's answer to the form: 302 to the server's callback
    QUrl callbackUrl;        // where it sent the browser
    HttpResult callback;     // the server's callback page; empty unless the redirect came
};

// `decision`: "allow" | "deny". `address`: empty to keep the one the page proposes. `callbackHeaders` go with
// the request to the server's callback (its page's language, say).
ProviderConsent submitProviderConsent(HttpClient &http, const QUrl &consentUrl, const QString &decision,
                                      const QString &address = {}, const Headers &callbackHeaders = {});

// HTML's five escapes, undone.
[[nodiscard]] QString htmlUnescape(QString text);

} // namespace facturos::test
