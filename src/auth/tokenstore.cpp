#include "auth/tokenstore.h"

namespace facturos::auth {

const char *toCode(TokenStoreStatus status)
{
    switch (status) {
    case TokenStoreStatus::Ok:
        return "ok";
    case TokenStoreStatus::NotFound:
        return "not_found";
    case TokenStoreStatus::Locked:
        return "locked";
    case TokenStoreStatus::NoBackend:
        return "no_backend";
    case TokenStoreStatus::Failed:
        return "failed";
    }
    return "failed";
}

} // namespace facturos::auth
