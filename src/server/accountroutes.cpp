#include "server/servercontext.h"

namespace facturos::server {

void registerAccountRoutes(ServerContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace facturos::server
