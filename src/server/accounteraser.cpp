#include "server/accounteraser.h"

#include "server/crypto.h"
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"
#include "server/tokenservice.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClosure)

namespace facturos::server {

namespace {

// Every table that holds the user's personal data by user id, children before the users row. Tables with a
// foreign key would go with the row anyway; listing them all keeps tables without one (outbox, auth codes,
// idempotency keys) from being forgotten.
const char *const kPersonalTables[] = {
    "access_tokens",
    "auth_codes",
    "email_verifications",
    "outbox",
    "consents",
    "activity",
    "delegates",
    "support_chats",
    "survey_answers",
    "location_points",
    "mailbox_authorizations",
    "mailboxes",
    "idempotency_keys",
    "closures",
};

} // namespace

bool eraseAccount(ServerContext &ctx, const QString &userId)
{
    // Secrets first, each through its owner, outside our transaction (they commit on their own): a crash
    // after this point leaves an account that can no longer sign in or reach a mailbox, and the next check
    // finishes the erasure.
    ctx.tokens.revokeAllSessions(userId);
    if (ctx.mailboxes)
        ctx.mailboxes->disconnectAllMailboxes(userId); // secrets deleted, Gmail tokens queued for revocation

    const QString opaqueRef =
        QStringLiteral("closed-") + QString::fromLatin1(crypto::randomToken(12)); // one per account, not linkable
    ctx.db.transaction();
    bool ok = true;
    auto run = [&](const QString &sql, const QVariantList &values) {
        bool stepOk = false;
        ctx.db.exec(sql, values, &stepOk);
        ok = ok && stepOk;
    };
    // Invoices stay for the legal period, but no longer say whose they were.
    run(QStringLiteral("UPDATE legal_records SET user_id = NULL, party_ref = ? WHERE user_id = ?"),
        {opaqueRef, userId});
    for (const char *table : kPersonalTables)
        run(QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(QLatin1String(table)), {userId});
    run(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId}); // refresh tokens cascade
    run(QStringLiteral("DELETE FROM users WHERE id = ?"), {userId});
    if (!ok || !ctx.db.commit()) {
        ctx.db.rollback();
        return false;
    }
    qCInfo(lcClosure) << "account erased:" << userId.left(8);
    return true;
}

} // namespace facturos::server
