#pragma once
// Seeds an empty database from a fixture file (the demo account, test data, later support snapshots).
// Strict like every other JSON input: an unknown or malformed field stops the server with its path.
//
// {"version":1,"users":[{"id","password"|"passwordHash","createdAt","profile":{…},"communications":{…}?,
//   "privacy":{…}?,"statementAck":string|null?,"consents":[{"time","purpose","granted","source",
//   "statementVersion"}]?, + the security sections of securityfixture.h}]}

#include <QString>

namespace facturos::server {

struct ServerContext;

[[nodiscard]] bool loadFixture(ServerContext &ctx, const QString &path, QString *error);

} // namespace facturos::server
