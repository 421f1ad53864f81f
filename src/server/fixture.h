#pragma once
// Seeds an empty database from a fixture file (the demo account, test data, later support snapshots).
// Strict like every other JSON input: an unknown or malformed field stops the server with its path.
//
// {"version":1,"users":[{"id","password"|"passwordHash","createdAt","profile":{…},"communications":{…}?,
//   "privacy":{…}?,"statementAck":string|null?,"consents":[{"time","purpose","granted","source",
//   "statementVersion"}]?, + accountfixture.h ("closure", generated consents), securityfixture.h,
//   mailboxfixture.h}], "snapshot":{…}?}
//
// A support snapshot (facturos-account's "Copy support snapshot") is such a document with a "snapshot" member
// describing what the app saw; the loader does not read it. Its users carry no password: each gets the
// support password, so support staff sign in as the snapshot's user, and its mailboxes carry no secret: each
// gets a placeholder, so statuses show as they were but nothing can reach the real mailbox.

#include <QString>
#include <QStringList>

namespace facturos {
class JsonReader;
}

namespace facturos::server {

// The most rows one "generate" entry of a fixture may ask for (accountfixture.h, securityfixture.h).
inline constexpr qint64 kMaxGenerated = 200000;
// An error at `spec`'s "count" unless 1 <= count <= kMaxGenerated.
void checkGeneratedCount(JsonReader &spec, qint64 count);

struct ServerContext;

struct FixtureSignIn
{
    bool snapshot = false;     // the document was a support snapshot
    QStringList supportEmails; // the users that got the support password
};

// `supportPassword`: for the users of a snapshot (empty: a snapshot is refused). `signIn` optional.
[[nodiscard]] bool loadFixture(ServerContext &ctx, const QString &path, QString *error,
                               const QString &supportPassword = {}, FixtureSignIn *signIn = nullptr);

} // namespace facturos::server
