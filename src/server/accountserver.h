#pragma once
// The reference Account API server: composes storage, tokens and every group of routes, seeds a fixture,
// and listens. Used by the facturos-account-server executable and, in-process, by the tests.

#include "core/clock.h"
#include "server/httpservice.h"
#include "server/serveroptions.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace facturos::server {

class ClosureService;
class Database;
class MailboxService;
class TokenService;
class UserStore;
struct ServerContext;

// Who support staff sign in as when the fixture was a support snapshot, and with which password.
struct SupportSignIn
{
    QStringList emails;
    QString password;
    bool generated = false; // a random password (no --support-password): the operator must be told it
};

class AccountServer : public QObject
{
    Q_OBJECT
public:
    explicit AccountServer(const Clock &clock, QObject *parent = nullptr);
    ~AccountServer() override;

    // Opens the database, seeds it, registers routes and listens. `error` says what went wrong.
    [[nodiscard]] bool start(const ServerOptions &options, QString *error);
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QList<RouteInfo> routes() const { return m_http.routes(); }

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] TokenService &tokens() { return *m_tokens; }
    [[nodiscard]] UserStore &users() { return *m_users; }
    [[nodiscard]] ServerContext &context() { return *m_context; }
    [[nodiscard]] ClosureService &closures() { return *m_closures; }
    // Set once start() has loaded a support snapshot.
    [[nodiscard]] const std::optional<SupportSignIn> &supportSignIn() const { return m_supportSignIn; }

private:
    const Clock &m_clock;
    HttpService m_http;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<ClosureService> m_closures;
    QUrl m_url;
    std::optional<SupportSignIn> m_supportSignIn;
    std::unique_ptr<MailboxService> m_mailboxes; // last: destroyed first, while the database is still open
};

} // namespace facturos::server
