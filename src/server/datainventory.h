#pragma once
// The data inventory (GET /v1/account/data): every category of personal data the service holds, why, on
// which legal basis, for how long and for whom, in English and French, with a live count from the tables.
// Account closure relies on the `invoices` category (legal_obligation): those records outlive the account.

#include "core/securitydata.h"

namespace facturos::server {

class Database;
class UserStore;

[[nodiscard]] QList<DataCategory> dataInventory(Database &db, UserStore &users, const QString &userId);

} // namespace facturos::server
