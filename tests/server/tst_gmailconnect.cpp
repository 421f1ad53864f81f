// "Connect Gmail" through the development provider, with the test as the user's browser: the consent URL
// (PKCE S256, state, full-mailbox scope), the consent page, the redirect back to the server, the mailbox
// listed with its scope; disconnecting revokes the token at the provider, and when the provider cannot be
// reached the mailbox shows revocation_pending until a retry (driven by the clock) succeeds.
#include "mailboxtest.h"
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kGmailAddress = QStringLiteral("camille.atelier@gmail.com");

} // namespace

class TestGmailConnect : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

    QUrl startConsent()
    {
        const HttpResult result = m_http.sendJson("POST", m_server->url(kMailboxes + QStringLiteral("/gmail")),
                                                  {{QStringLiteral("loginHint"), kGmailAddress}}, m_token);
        if (result.status != 200)
            qWarning() << result.status << result.body;
        return QUrl(result.json().value(QStringLiteral("consentUrl")).toString());
    }

    // The browser: opens the consent page, submits its form with `decision`, follows the redirect to the
    // server's callback. Returns the callback's answer; `callbackUrl` receives where the provider sent us.
    HttpResult consent(const QUrl &consentUrl, const QString &decision, QUrl *callbackUrl = nullptr)
    {
        const ProviderConsent seen =
            submitProviderConsent(m_http, consentUrl, decision, kGmailAddress, {{"Accept-Language", "en"}});
        if (seen.page.status != 200 || !seen.page.body.contains("not Google"))
            return seen.page;
        if (seen.redirect.status != 302)
            return seen.redirect;
        if (callbackUrl)
            *callbackUrl = seen.callbackUrl;
        return seen.callback;
    }

    QJsonObject connectGmail()
    {
        const HttpResult page = consent(startConsent(), QStringLiteral("allow"));
        if (page.status != 200)
            qWarning() << page.status << page.body;
        return findMailbox(listMailboxes(m_http, *m_server, m_token), kGmailAddress);
    }

    int revocationsAtProvider()
    {
        return m_http.get(m_server->url(QStringLiteral("/dev/mail-provider/revocations")))
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .size();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
    }

    void consentUrlCarriesPkceStateAndScope()
    {
        const QUrl url = startConsent();
        QCOMPARE(url.path(), QStringLiteral("/dev/mail-provider/authorize"));
        const QUrlQuery query(url);
        const auto value = [&query](const char *name) {
            return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        };
        QCOMPARE(value("scope"), QStringLiteral("https://mail.google.com/"));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(value("code_challenge").size(), 43);
        QVERIFY(value("state").size() >= 43);
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("redirect_uri"), m_server->url(QStringLiteral("/oauth/mail-provider/callback")).toString());
        QCOMPARE(value("login_hint"), kGmailAddress);
        QCOMPARE(value("access_type"), QStringLiteral("offline"));
        // A second attempt has its own state and challenge.
        const QUrlQuery again(startConsent());
        QVERIFY(again.queryItemValue(QStringLiteral("state")) != value("state"));
        QVERIFY(again.queryItemValue(QStringLiteral("code_challenge")) != value("code_challenge"));
    }

    void browserConsentConnectsTheMailbox()
    {
        QUrl callback;
        const HttpResult page = consent(startConsent(), QStringLiteral("allow"), &callback);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("You can go back to the Facturos app."));
        QCOMPARE(callback.path(), QStringLiteral("/oauth/mail-provider/callback"));
        const QJsonObject mailbox = findMailbox(listMailboxes(m_http, *m_server, m_token), kGmailAddress);
        QCOMPARE(mailbox.value(QStringLiteral("kind")).toString(), QStringLiteral("gmail"));
        QCOMPARE(mailbox.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(mailbox.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray{QStringLiteral("https://mail.google.com/")});
        QVERIFY(mailbox.value(QStringLiteral("imap")).isNull());
        // Only the token is kept, encrypted; the callback link does not work twice.
        const auto token = m_server->server().context().mailboxes->secret(
            m_server->userId(kDemoEmail), mailbox.value(QStringLiteral("id")).toString());
        QVERIFY(token && token->startsWith("dev-rt."));
        QCOMPARE(m_http.get(callback).status, 400);
        QCOMPARE(listMailboxes(m_http, *m_server, m_token).size(), 3);
    }

    void frenchPageByDefault()
    {
        QUrl callback;
        (void)consent(startConsent(), QStringLiteral("deny"), &callback);
        QVERIFY(callback.hasQuery());
        QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(listMailboxes(m_http, *m_server, m_token).size(), 2);
        // A refusal page in French when the browser asks for French (here: the state was used already).
        const HttpResult again = m_http.get(callback, {}, {{"Accept-Language", "fr-FR,fr;q=0.9"}});
        QVERIFY(again.body.contains("lang=\"fr\""));
    }

    void disconnectRevokesAtTheProvider()
    {
        const QJsonObject mailbox = connectGmail();
        QVERIFY(!mailbox.isEmpty());
        QCOMPARE(revocationsAtProvider(), 0);
        const HttpResult removed = m_http.send(
            "DELETE", m_server->url(kMailboxes + QLatin1Char('/') + mailbox.value(QStringLiteral("id")).toString()),
            {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(removed.status, 204);
        QCOMPARE(revocationsAtProvider(), 1);
        const QJsonObject revoked = m_http.get(m_server->url(QStringLiteral("/dev/mail-provider/revocations")))
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(revoked.value(QStringLiteral("address")).toString(), kGmailAddress);
        QVERIFY(findMailbox(listMailboxes(m_http, *m_server, m_token), kGmailAddress).isEmpty());
        QCOMPARE(m_server->server().context().mailboxes->queuedRevocations(), 0);
    }

    void unreachableProviderIsRetried()
    {
        const quint16 port = closedPort();
        m_server = std::make_unique<TestServer>([port](server::ServerOptions &options) {
            options.mailboxes.providerRevokeUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/revoke").arg(port));
        });
        QVERIFY(m_server->isRunning());
        m_token = m_server->signInDirect(kDemoEmail);
        const QJsonObject mailbox = connectGmail();
        const QString id = mailbox.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        auto *service = m_server->server().context().mailboxes;
        const QString userId = m_server->userId(kDemoEmail);
        const QByteArray token = service->secret(userId, id).value_or(QByteArray());

        const HttpResult removed = m_http.send("DELETE", m_server->url(kMailboxes + QLatin1Char('/') + id),
                                               {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(removed.status, 204);
        QCOMPARE(findMailbox(listMailboxes(m_http, *m_server, m_token), kGmailAddress)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("revocation_pending"));
        QVERIFY(!service->secret(userId, id)); // the mailbox row holds no ciphertext any more
        QCOMPARE(service->queuedRevocations(), 1);

        // The provider comes back; before the backoff delay nothing is attempted.
        Listener provider(true, QHostAddress::LocalHost, port);
        QVERIFY(provider.isListening());
        service->retryDueRevocations();
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
        QCOMPARE(provider.connections(), 0);

        QSignalSpy attempted(service, &server::MailboxService::revocationAttempted);
        m_server->clock().advance(61);
        service->retryDueRevocations();
        QVERIFY(attempted.wait(5000));
        QCOMPARE(attempted.first().at(1).toBool(), true);
        QVERIFY(provider.received().contains("POST /revoke"));
        QVERIFY(provider.received().contains("token=" + QUrl::toPercentEncoding(QString::fromUtf8(token))));
        QCOMPARE(service->queuedRevocations(), 0);
        QVERIFY(findMailbox(listMailboxes(m_http, *m_server, m_token), kGmailAddress).isEmpty());
    }

    void closureDisconnectsEverything()
    {
        QVERIFY(!connectGmail().isEmpty());
        auto *service = m_server->server().context().mailboxes;
        const QString userId = m_server->userId(kDemoEmail);
        service->disconnectAllMailboxes(userId);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE user_id = ?"), {userId}), 0);
        // Both Gmail tokens (the fixture's and the new one) went to the provider; the other user kept theirs.
        QTRY_COMPARE(service->queuedRevocations(), 0);
        QCOMPARE(revocationsAtProvider(), 1); // the fixture's token is unknown to the stand-in (already invalid)
    }
};

QTEST_GUILESS_MAIN(TestGmailConnect)
#include "tst_gmailconnect.moc"
