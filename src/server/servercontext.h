#pragma once
// What every group of routes shares, owned by AccountServer and passed down by reference.

#include "core/account.h"
#include "core/clock.h"

#include <QUrl>

namespace facturos::server {

class Database;
class HttpService;
class MailboxService;
class TokenService;
class UserStore;

inline constexpr char kDesktopClientId[] = "facturos-desktop";

struct ServerContext
{
    HttpService &http;
    Database &db;
    const Clock &clock;
    TokenService &tokens;
    UserStore &users;
    QUrl issuer;                // set once listening: "http://127.0.0.1:8470" or --issuer
    PrivacyStatement statement; // the current privacy statement
    MailboxService *mailboxes = nullptr; // owned by AccountServer; disconnectAllMailboxes() for closure
};

// Each group of routes registers itself on ctx.http.
void registerSsoRoutes(ServerContext &ctx);
void registerAccountRoutes(ServerContext &ctx);
void registerPreferenceRoutes(ServerContext &ctx);
void registerEmailVerificationRoutes(ServerContext &ctx);
void registerSecurityRoutes(ServerContext &ctx);

} // namespace facturos::server
