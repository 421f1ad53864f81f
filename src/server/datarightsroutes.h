#pragma once
// Routes of the data rights: the export (GET /v1/account/export) and account closure
// (POST and DELETE /v1/account/closure).

namespace facturos::server {

struct ServerContext;
class ClosureService;

void registerDataRightsRoutes(ServerContext &ctx, ClosureService &closures);

} // namespace facturos::server
