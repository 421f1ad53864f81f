#include "testserver.h"

#include "server/servercontext.h"
#include "server/tokenservice.h"
#include "server/userstore.h"

namespace facturos::test {

QString TestServer::demoFixturePath()
{
    return qEnvironmentVariable("FACTUROS_SOURCE_DIR") + QStringLiteral("/resources/fixtures/demo.json");
}

TestServer::TestServer(const QString &fixture, const QString &database) : TestServer({}, fixture, database) {}

TestServer::TestServer(const std::function<void(server::ServerOptions &)> &configure, const QString &fixture,
                       const QString &database)
    : m_server(std::make_unique<server::AccountServer>(m_clock))
{
    server::ServerOptions options;
    options.port = 0;
    options.database = database;
    options.fixture = fixture.isEmpty() ? demoFixturePath() : fixture;
    options.mailboxes.devMailProvider = true; // "Connect Gmail" against the development provider, as in the demo
    if (configure)
        configure(options);
    m_running = m_server->start(options, &m_error);
}

TestServer::~TestServer() = default;

QUrl TestServer::url(const QString &path) const
{
    QUrl url = m_server->url();
    url.setPath(path);
    return url;
}

QString TestServer::userId(const QString &email)
{
    const auto user = m_server->users().findByEmail(email);
    return user ? user->id : QString();
}

QByteArray TestServer::signInDirect(const QString &email)
{
    const QString id = userId(email);
    if (id.isEmpty())
        return {};
    return m_server->tokens()
        .startSession(id, QString::fromLatin1(server::kDesktopClientId), m_clock.now(), QStringLiteral("127.0.0.1"),
                      QStringLiteral("tests"))
        .accessToken;
}

} // namespace facturos::test
