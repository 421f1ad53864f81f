#pragma once
// What the Mailboxes GUI tests share: a browser that also plays the user on the development mail provider's
// consent page (and the SSO login page through BrowserOpener), the app signed in with it, the mailbox cards
// found by address, and the mailboxes as the server holds them.

#include "guitest.h"

#include "httpclient.h"
#include "providerconsent.h"

#include "auth/urlopener.h"

#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

namespace facturos::test {

// The user's browser: SSO pages go to BrowserOpener; on the mail provider's page it clicks Allow with the
// address the page proposes (the login hint) or `address` when set.
class MailProviderBrowser final : public auth::UrlOpener
{
public:
    explicit MailProviderBrowser(BrowserOpener &sso) : m_sso(sso) {}

    bool act = true; // false: no browser opens (the page offers the link to copy)
    QString address;
    QList<QUrl> consentPages;
    QString proposedAddress; // what the consent page proposed
    int callbackStatus = 0;  // the server's answer to the provider's redirect

    bool openUrl(const QUrl &url) override
    {
        if (!url.path().startsWith(QLatin1String("/dev/mail-provider/")))
            return m_sso.openUrl(url);
        consentPages.append(url);
        if (act)
            QTimer::singleShot(0, [this, url] { consent(url); });
        return act;
    }

private:
    void consent(const QUrl &url)
    {
        HttpClient http;
        const ProviderConsent seen = submitProviderConsent(http, url, QStringLiteral("allow"), address);
        proposedAddress = seen.proposedAddress;
        callbackStatus = seen.callback.status;
    }

    BrowserOpener &m_sso;
};

// The card showing `address` ("mailboxesCard2"), or empty. Replaced cards are hidden until deleted.
inline QString cardOf(QWidget *page, const QString &address)
{
    for (QFrame *frame : page->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^mailboxesCard\\d+Frame$")))) {
        if (frame->isHidden())
            continue;
        const QString stem = frame->objectName().chopped(int(qstrlen("Frame")));
        auto *label = frame->findChild<QLabel *>(stem + QStringLiteral("AddressLabel"));
        if (label && label->text() == address)
            return stem;
    }
    return {};
}

// The number of cards shown.
inline int cardCount(QWidget *page)
{
    int count = 0;
    for (QFrame *frame : page->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^mailboxesCard\\d+Frame$"))))
        count += frame->isHidden() ? 0 : 1;
    return count;
}

// A widget of the card `stem` ("mailboxesCard2" + "DisconnectButton"); fails the test when there is none.
template <typename T> T *cardWidget(QWidget *page, const QString &stem, const char *suffix)
{
    auto *frame = stem.isEmpty() ? nullptr : page->findChild<QFrame *>(stem + QStringLiteral("Frame"));
    for (QFrame *candidate : page->findChildren<QFrame *>(stem + QStringLiteral("Frame"))) {
        if (!candidate->isHidden())
            frame = candidate;
    }
    return findWidget<T>(frame, stem + QLatin1String(suffix));
}

// The mailboxes the server holds for the demo account.
inline QJsonArray serverMailboxes(TestServer &server)
{
    const HttpResult answer =
        HttpClient().get(server.url(QStringLiteral("/v1/account/mailboxes")), server.signInDirect(kDemoEmail));
    return answer.json().value(QStringLiteral("items")).toArray();
}

inline QJsonObject serverMailbox(TestServer &server, const QString &address)
{
    for (const QJsonValue &item : serverMailboxes(server)) {
        if (item.toObject().value(QStringLiteral("address")).toString() == address)
            return item.toObject();
    }
    return {};
}

inline const QString kDemoGmail = QStringLiteral("atelier.durand.factures@gmail.com");
inline const QString kDemoImap = QStringLiteral("contact@atelier-durand.fr");

} // namespace facturos::test
