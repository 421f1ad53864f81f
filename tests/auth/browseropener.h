#pragma once
// A UrlOpener that plays the user's browser over real HTTP: it opens the authorization URL, fills in the
// login form (SsoBrowser's form parsing), and follows the 302 to the app's loopback listener. It works one
// event-loop turn after openUrl(), as a real browser would.

#include "httpclient.h"
#include "ssobrowser.h"
#include "testserver.h"

#include "auth/urlopener.h"

#include <QTimer>
#include <QUrlQuery>

namespace facturos::test {

class BrowserOpener final : public auth::UrlOpener
{
public:
    QString email = kDemoEmail;
    QString password = kDemoPassword;
    bool act = true;               // false: record the URL only (a machine where no browser opens)
    bool sendGarbageFirst = false; // a stray request with a wrong state reaches the listener first
    QList<QUrl> opened;
    QList<FormParams> hiddenFields; // what the server put in each login form (its parsed request)
    QString failure;                // why the last browser run did not reach the listener
    int callbackStatus = 0;         // what the listener answered the browser

    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        if (act)
            QTimer::singleShot(0, [this, url] { browse(url); });
        return act;
    }

    static QString redirectUriOf(const QUrl &url)
    {
        return QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    }

private:
    void browse(const QUrl &url)
    {
        HttpClient http;
        if (sendGarbageFirst) {
            QUrl stray(redirectUriOf(url));
            stray.setQuery(QStringLiteral("code=stolen&state=wrong"));
            http.get(stray);
        }
        const HttpResult page = http.get(url);
        const auto form = SsoBrowser::parseLoginForm(page.body, url);
        if (page.status != 200 || !form) {
            failure = QStringLiteral("login page: HTTP %1").arg(page.status);
            return;
        }
        hiddenFields.append(form->hiddenFields);
        FormParams fields = form->hiddenFields;
        fields.append({QStringLiteral("email"), email});
        fields.append({QStringLiteral("password"), password});
        const HttpResult submitted = http.postForm(form->action, fields);
        if (submitted.status != 302) {
            failure = QStringLiteral("login: HTTP %1").arg(submitted.status);
            return;
        }
        const HttpResult callback = http.get(QUrl(QString::fromUtf8(submitted.header("Location"))));
        callbackStatus = callback.status;
    }
};

} // namespace facturos::test
