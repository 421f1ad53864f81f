// Changing the e-mail address: a step-up is required, the new address stays pending until the link of the
// verification message is confirmed with a POST (a GET, as mail scanners do, changes nothing), and sign-in
// then finds the account by the new address.
#include "accountapi.h"
#include "server/userstore.h"

#include <memory>
#include <QRegularExpression>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kNewEmail = QStringLiteral("camille@atelier-durand.fr");
// QNetworkAccessManager otherwise sends the test machine's locale.
const Headers kFrench{{"Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"}};
} // namespace

class TestEmailChange : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

    QUrl profileUrl() const { return m_server->url(QStringLiteral("/v1/account/profile")); }
    QUrl verifyUrl() const { return m_server->url(QStringLiteral("/verify-email")); }
    HttpResult getProfile() { return m_http.get(profileUrl(), m_token); }
    HttpResult patchEmail(const QString &email)
    {
        const QByteArray body = toCompactJson({{QStringLiteral("email"), email}});
        return sendBody(m_http, "PATCH", profileUrl(), m_token, body, getProfile().header("ETag"),
                        "application/merge-patch+json");
    }
    qint64 outboxCount() { return countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM outbox")); }
    // The token in the link of the latest verification message.
    QByteArray lastLinkToken()
    {
        const QString body = m_server->server()
                                 .database()
                                 .scalar(QStringLiteral("SELECT body FROM outbox WHERE kind = 'email_verification' "
                                                        "ORDER BY id DESC LIMIT 1"))
                                 .toString();
        const QString prefix = m_server->url(QStringLiteral("/verify-email")).toString() + QStringLiteral("?token=");
        const auto match =
            QRegularExpression(QRegularExpression::escape(prefix) + QStringLiteral("([A-Za-z0-9_-]+)")).match(body);
        return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
    }
    HttpResult confirm(const QByteArray &token)
    {
        return m_http.postForm(verifyUrl(), {{QStringLiteral("token"), QString::fromLatin1(token)}}, kFrench);
    }
    QUrl verifyLink(const QByteArray &token) const
    {
        QUrl url = verifyUrl();
        url.setQuery(QStringLiteral("token=") + QString::fromLatin1(token));
        return url;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
    }

    void oldSignInNeedsStepUp()
    {
        m_server->clock().advance(6 * 60);
        const HttpResult before = getProfile();
        QCOMPARE(before.status, 200);
        const HttpResult result = patchEmail(kNewEmail);
        QCOMPARE(result.status, 401);
        const QByteArray challenge = result.header("WWW-Authenticate");
        QVERIFY2(challenge.contains("insufficient_user_authentication"), challenge.constData());
        QVERIFY2(challenge.contains("max_age=300"), challenge.constData());
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("insufficient_user_authentication"));
        const HttpResult after = getProfile();
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(after.body, before.body);
        QCOMPARE(outboxCount(), 0);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM email_verifications")), 0);
    }

    void otherFieldsNeedNoStepUp()
    {
        m_server->clock().advance(6 * 60);
        const QByteArray body = R"({"firstName":"Camille-Marie"})";
        const HttpResult result = sendBody(m_http, "PATCH", profileUrl(), m_token, body, getProfile().header("ETag"),
                                           "application/merge-patch+json");
        QCOMPARE(result.status, 200);
    }

    void freshSignInSetsPendingAndSendsLink()
    {
        const HttpResult result = patchEmail(QStringLiteral("  Camille@ATELIER-Durand.fr "));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("email")).toString(), kDemoEmail);
        QCOMPARE(result.json().value(QStringLiteral("pendingEmail")).toString(),
                 QStringLiteral("Camille@atelier-durand.fr"));
        QCOMPARE(getProfile().body, result.body);
        const QJsonObject account = m_http.get(m_server->url(QStringLiteral("/v1/account")), m_token).json();
        QCOMPARE(account.value(QStringLiteral("email")).toString(), kDemoEmail);
        QCOMPARE(account.value(QStringLiteral("pendingEmail")).toString(), QStringLiteral("Camille@atelier-durand.fr"));

        QCOMPARE(outboxCount(), 1);
        QSqlQuery q =
            m_server->server().database().exec(QStringLiteral("SELECT recipient, kind, subject, user_id FROM outbox"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Camille@atelier-durand.fr"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("email_verification"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("Confirmez")));
        QCOMPARE(q.value(3).toString(), m_server->userId(kDemoEmail));
        const QByteArray token = lastLinkToken();
        QVERIFY(token.size() >= 32);
        // Only a hash is stored: the link's token appears nowhere in the table.
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM email_verifications")), 1);
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM email_verifications WHERE token_hash = ? OR "
                                          "new_email = ?"),
                           {QString::fromLatin1(token), QString::fromLatin1(token)}),
                 0);
    }

    void getShowsButtonWithoutConfirming()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray token = lastLinkToken();
        const HttpResult page = m_http.get(verifyLink(token), {}, kFrench);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("<form method=\"post\""));
        QVERIFY(page.body.contains(token));
        QVERIFY(page.body.contains("Confirmer"));
        QVERIFY(page.body.contains("lang=\"fr\""));
        const QJsonObject profile = getProfile().json();
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), kDemoEmail);
        QCOMPARE(profile.value(QStringLiteral("pendingEmail")).toString(), kNewEmail);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM email_verifications WHERE used_at IS NULL")),
                 1);
    }

    void pageFollowsAcceptLanguage()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const HttpResult page =
            m_http.get(verifyLink(lastLinkToken()), {}, {{"Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(">Confirm<"));
        QVERIFY(page.body.contains("lang=\"en\""));
        const HttpResult french = m_http.get(verifyLink(lastLinkToken()), {}, {{"Accept-Language", "de, fr;q=0.8"}});
        QVERIFY(french.body.contains("Confirmer"));
    }

    void postConfirmsAndSignInFindsNewAddress()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray token = lastLinkToken();
        const HttpResult result = confirm(token);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("Content-Type").startsWith("text/html"));
        QVERIFY(result.body.contains("confirmée"));

        const QJsonObject profile = getProfile().json();
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), kNewEmail);
        QVERIFY(profile.value(QStringLiteral("pendingEmail")).isNull());
        const QJsonObject account = m_http.get(m_server->url(QStringLiteral("/v1/account")), m_token).json();
        QCOMPARE(account.value(QStringLiteral("email")).toString(), kNewEmail);
        const auto user = m_server->server().users().findByEmail(kNewEmail);
        QVERIFY(user);
        QCOMPARE(user->id, m_server->userId(QStringLiteral("CAMILLE@atelier-durand.fr")));
        QVERIFY(!m_server->server().users().findByEmail(kDemoEmail));
        // The old address is told, so a change made through a stolen session does not go unnoticed.
        QCOMPARE(countRows(*m_server,
                           QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'email_changed' AND "
                                          "recipient = ?"),
                           {kDemoEmail}),
                 1);

        const HttpResult again = confirm(token);
        QCOMPARE(again.status, 400);
        QVERIFY(again.body.contains("déjà été utilisé"));
    }

    void expiredLinkChangesNothing()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray token = lastLinkToken();
        m_server->clock().advance(24 * 3600 + 1);
        const HttpResult result = confirm(token);
        QCOMPARE(result.status, 400);
        QVERIFY(result.body.contains("expiré"));
        QCOMPARE(m_http.get(verifyLink(token)).status, 400);
        m_token = m_server->signInDirect(kDemoEmail);
        QCOMPARE(getProfile().json().value(QStringLiteral("email")).toString(), kDemoEmail);
        QVERIFY(m_server->server().users().findByEmail(kDemoEmail));
    }

    void unknownOrMissingTokenIs400()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const HttpResult unknown = confirm("dGhpcyBpcyBub3QgYSB0b2tlbiB3ZSBpc3N1ZWQgZXZlcg");
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.body.contains("n'est pas valide"));
        QCOMPARE(confirm({}).status, 400);
        QCOMPARE(m_http.get(verifyUrl()).status, 400);
        // A body that is not a form is no token either.
        const HttpResult json = m_http.send("POST", verifyUrl(), {{"Content-Type", "application/json"}},
                                            "{\"token\":\"" + lastLinkToken() + "\"}");
        QCOMPARE(json.status, 400);
        QCOMPARE(getProfile().json().value(QStringLiteral("pendingEmail")).toString(), kNewEmail);
    }

    void changingBackWithdrawsPendingAddress()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray token = lastLinkToken();
        const HttpResult result = patchEmail(kDemoEmail);
        QCOMPARE(result.status, 200);
        QVERIFY(result.json().value(QStringLiteral("pendingEmail")).isNull());
        QCOMPARE(result.json().value(QStringLiteral("email")).toString(), kDemoEmail);
        QCOMPARE(confirm(token).status, 400);
        QCOMPARE(getProfile().json().value(QStringLiteral("email")).toString(), kDemoEmail);
    }

    void newRequestReplacesOlderLink()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray first = lastLinkToken();
        QCOMPARE(patchEmail(QStringLiteral("camille.durand@example.fr")).status, 200);
        const QByteArray second = lastLinkToken();
        QVERIFY(first != second);
        QCOMPARE(confirm(first).status, 400);
        QCOMPARE(confirm(second).status, 200);
        QCOMPARE(getProfile().json().value(QStringLiteral("email")).toString(),
                 QStringLiteral("camille.durand@example.fr"));
    }

    void addressOfAnotherAccountIsTaken()
    {
        const HttpResult before = getProfile();
        const HttpResult result = patchEmail(kOtherEmail.toUpper());
        QCOMPARE(result.status, 422);
        QVERIFY2(hasFieldError(result, QStringLiteral("email"), QStringLiteral("taken")), result.body.constData());
        QCOMPARE(getProfile().body, before.body);
        QCOMPARE(outboxCount(), 0);
    }

    void addressTakenBeforeConfirmationIsRefused()
    {
        QCOMPARE(patchEmail(kNewEmail).status, 200);
        const QByteArray token = lastLinkToken();
        // The other user verifies the same address first (directly in storage: the race is what matters).
        auto &users = m_server->server().users();
        const QString otherId = m_server->userId(kOtherEmail);
        Profile other = *users.profile(otherId);
        other.email = kNewEmail;
        QVERIFY(users.setProfile(otherId, other));
        const HttpResult result = confirm(token);
        QCOMPARE(result.status, 400);
        QVERIFY(result.body.contains("plus disponible"));
        QCOMPARE(getProfile().json().value(QStringLiteral("email")).toString(), kDemoEmail);
    }
};

QTEST_GUILESS_MAIN(TestEmailChange)
#include "tst_emailchange.moc"
