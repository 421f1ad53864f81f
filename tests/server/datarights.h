#pragma once
// What the data-rights tests share: rows seeded straight into every table that holds a user's data (with
// canary secrets a leak would show), and the closure request as the app sends it.

#include "accountapi.h"
#include "server/closureservice.h"
#include "server/userstore.h"
#include "ssobrowser.h"

#include <QSqlQuery>

namespace facturos::test {

// Values that must never leave the server: each is stored where a careless query would pick it up.
struct Canaries
{
    QByteArray gmailToken = "ya29.CANARY-gmail-access-token-7f3a";
    QByteArray imapPassword = "CANARY-imap-password-91c2";
    QByteArray verifier = "CANARY-pkce-verifier-0b77aa3e9d1c4f5a8b2e6d0c9f8e7a6b5c4d3e2f1a0";
};

inline QString seedId(const QString &userId, const char *what)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(what), userId.left(8));
}

// One row in every personal table of `userId`, plus a legal record naming the person.
inline void seedPersonalData(TestServer &server, const QString &userId, const Canaries &canaries = {})
{
    auto &db = server.server().database();
    const qint64 now = server.clock().now().toSecsSinceEpoch();
    db.exec(QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent, location) VALUES "
                           "(?, ?, 'sign_in', '203.0.113.24', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', '')"),
            {userId, now - 60});
    db.exec(QStringLiteral("INSERT INTO delegates (id, user_id, name, email, role, scope, granted_at) VALUES "
                           "(?, ?, 'Cabinet Morel Expertise', 'morel@cabinet-morel.fr', 'accountant', 'view', ?)"),
            {seedId(userId, "delegate"), userId, now - 3600});
    db.exec(QStringLiteral("INSERT INTO support_chats (user_id, started_at, topic, transcript) VALUES "
                           "(?, ?, 'Facture en double', 'Bonjour, ma facture apparaît deux fois.')"),
            {userId, now - 7200});
    db.exec(QStringLiteral("INSERT INTO survey_answers (user_id, answered_at, survey, answer) VALUES "
                           "(?, ?, 'satisfaction-2025', '9/10')"),
            {userId, now - 9000});
    db.exec(QStringLiteral("INSERT INTO location_points (user_id, time, latitude, longitude, accuracy_m) VALUES "
                           "(?, ?, 45.764, 4.8357, 30)"),
            {userId, now - 500});
    db.exec(QStringLiteral("INSERT INTO mailboxes (id, user_id, kind, address, connected_at, status, scopes, secret, "
                           "nonce, key_version) VALUES (?, ?, 'gmail', ?, ?, 'ok', 'https://mail.google.com/', ?, "
                           "'nonce-g', 1)"),
            {seedId(userId, "gmail"), userId, QStringLiteral("gmail.%1@gmail.com").arg(userId.left(6)), now,
             canaries.gmailToken});
    db.exec(QStringLiteral("INSERT INTO mailboxes (id, user_id, kind, address, connected_at, status, host, port, "
                           "security, username, secret, nonce, key_version) VALUES (?, ?, 'imap', ?, ?, 'ok', "
                           "'imap.example.net', 993, 'tls', 'factures', ?, 'nonce-i', 1)"),
            {seedId(userId, "imap"), userId, QStringLiteral("factures.%1@example.net").arg(userId.left(6)), now,
             canaries.imapPassword});
    db.exec(QStringLiteral("INSERT INTO mailbox_authorizations (state_hash, user_id, code_verifier, created_at, "
                           "expires_at) VALUES (?, ?, ?, ?, ?)"),
            {seedId(userId, "state"), userId, QString::fromLatin1(canaries.verifier), now, now + 600});
    db.exec(QStringLiteral("INSERT INTO legal_records (user_id, kind, reference, issued_on, amount_cents, currency, "
                           "retain_until, party_ref) VALUES (?, 'invoice', ?, '2025-03-01', 2900, 'EUR', "
                           "'2035-03-01', ?)"),
            {userId, seedId(userId, "FAC"), QStringLiteral("Élise Martin, 12 rue des Tanneurs, 69001 Lyon")});
}

inline QByteArray closureBody(const QString &confirm, bool stopMarketing = true, const QString &reason = {})
{
    QJsonObject body{{QStringLiteral("confirm"), confirm}, {QStringLiteral("stopMarketing"), stopMarketing}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    return toCompactJson(body);
}

inline HttpResult postClosure(HttpClient &http, TestServer &server, const QByteArray &token, const QByteArray &body,
                              const QByteArray &idempotencyKey = {})
{
    Headers headers{{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return http.send("POST", server.url(QStringLiteral("/v1/account/closure")), headers, body);
}

inline HttpResult deleteClosure(HttpClient &http, TestServer &server, const QByteArray &token)
{
    return deleteWith(http, server.url(QStringLiteral("/v1/account/closure")), token);
}

} // namespace facturos::test
