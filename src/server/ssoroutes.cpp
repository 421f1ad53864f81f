#include "server/servercontext.h"

namespace facturos::server {

void registerSsoRoutes(ServerContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace facturos::server
