#pragma once
// Two account-level members of a fixture user that support snapshots need: the scheduled closure, and a
// consent history long enough to page through without listing every record. Read strictly before anything
// is written (errors carry their path), stored once the user exists, inside the fixture's transaction.
//
//   "closure":  {"requestedAt","scheduledFor","stopMarketing"} | null   (sets the status "closure_scheduled")
//   "consents": [ConsentRecord without "id" | {"generate": {"count","from","to","purposes":[purpose…],
//                 "source"?,"statementVersion"}}]
//
// A generator spreads `count` records evenly over [from, to], oldest first, cycling through `purposes` and
// alternating granted/withdrawn per purpose (granted first), so the history reads like real changes of mind.
// Consents are listed newest first by insertion order: put a generator before the explicit records it
// precedes in time.

#include "core/account.h"
#include "core/consentrecord.h"
#include "core/fielderror.h"

#include <optional>
#include <QJsonArray>

namespace facturos {
class JsonReader;
}

namespace facturos::server {

struct ServerContext;

class AccountFixture
{
public:
    // Reads "closure" and "consents" from `user` (the reader of one fixture user, before its rejectUnknown()).
    AccountFixture(JsonReader &user, FieldErrors *errors);
    [[nodiscard]] bool store(ServerContext &ctx, const QString &userId, FieldErrors *errors) const;

private:
    void generateConsents(const QJsonObject &spec, const QString &path, FieldErrors *errors);

    std::optional<ClosureState> m_closure;
    QString m_closurePath;
    QList<ConsentRecord> m_consents; // in insertion order (oldest first)
};

} // namespace facturos::server
