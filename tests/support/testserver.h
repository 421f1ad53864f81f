#pragma once
// Starts the real reference server in-process on an ephemeral loopback port, with a clock the test moves.

#include "core/clock.h"
#include "server/accountserver.h"

#include <functional>
#include <memory>
#include <QUrl>

namespace facturos::test {

class TestServer
{
public:
    // `fixture`: a fixture path; empty: the demo fixture from the source tree.
    explicit TestServer(const QString &fixture = {}, const QString &database = QStringLiteral(":memory:"));
    // The same, with `configure` changing the options before the server starts (mailbox flags, endpoints…).
    TestServer(const std::function<void(server::ServerOptions &)> &configure, const QString &fixture = {},
               const QString &database = QStringLiteral(":memory:"));
    ~TestServer();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QUrl url(const QString &path = {}) const;
    [[nodiscard]] ManualClock &clock() { return m_clock; }
    [[nodiscard]] server::AccountServer &server() { return *m_server; }

    // The user id for a fixture e-mail ("demo@facturos.test"), or empty.
    [[nodiscard]] QString userId(const QString &email);
    // An access token for `email` as if the user had just signed in (auth_time = now), without going through
    // the browser flow: for tests of the Account API rather than of the SSO.
    [[nodiscard]] QByteArray signInDirect(const QString &email);

    static QString demoFixturePath();

private:
    ManualClock m_clock;
    std::unique_ptr<server::AccountServer> m_server;
    bool m_running = false;
    QString m_error;
};

inline const QString kDemoEmail = QStringLiteral("demo@facturos.test");
inline const QString kOtherEmail = QStringLiteral("other@facturos.test");
inline const QString kDemoPassword = QStringLiteral("Facturos-demo-2026");

} // namespace facturos::test
