#include "server/accountserver.h"

#include "server/closureservice.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/datarightsroutes.h"
#include "server/fixture.h"
#include "server/mailboxservice.h"
#include "server/privacystatement.h"
#include "server/servercontext.h"
#include "server/tokenservice.h"
#include "server/userstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "facturos.server", QtInfoMsg)

namespace facturos::server {

AccountServer::AccountServer(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_db(std::make_unique<Database>())
{
    m_http.setParent(this);
    m_http.setDefaultHeaders(
        {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
}

AccountServer::~AccountServer() = default;

bool AccountServer::start(const ServerOptions &options, QString *error)
{
    if (!crypto::initialize()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    if (!m_db->open(options.database, error))
        return false;
    m_tokens = std::make_unique<TokenService>(*m_db, m_clock);
    m_users = std::make_unique<UserStore>(*m_db, m_clock);
    m_context.reset(new ServerContext{m_http, *m_db, m_clock, *m_tokens, *m_users, QUrl(), currentPrivacyStatement()});
    m_mailboxes = startMailboxService(*m_context, options.database, options.mailboxes, error); // before the fixture
    if (!m_mailboxes)
        return false;

    if (options.fixture != QLatin1String("none") &&
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong() == 0) {
        const QString path = options.fixture.isEmpty() ? QStringLiteral(":/fixtures/demo.json") : options.fixture;
        // Used only if the fixture is a support snapshot; 120 random bits when the operator gave none.
        const bool generate = options.supportPassword.isEmpty();
        const QString password = generate ? QString::fromLatin1(crypto::randomToken(15)) : options.supportPassword;
        FixtureSignIn signIn;
        if (!loadFixture(*m_context, path, error, password, &signIn))
            return false;
        if (signIn.snapshot)
            m_supportSignIn = SupportSignIn{signIn.supportEmails, password, generate};
    }

    registerSsoRoutes(*m_context);
    registerAccountRoutes(*m_context);
    registerPreferenceRoutes(*m_context);
    registerEmailVerificationRoutes(*m_context);
    registerSecurityRoutes(*m_context);
    registerMailboxRoutes(*m_context);
    m_closures = std::make_unique<ClosureService>(*m_context);
    registerDataRightsRoutes(*m_context, *m_closures);
    m_closures->start(); // erases accounts whose grace period ended while the server was down, then hourly

    const quint16 port = m_http.listen(options.host, options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (address in use or not available)")
                     .arg(options.host.toString())
                     .arg(options.port);
        return false;
    }
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(options.host.toString());
    m_url.setPort(port);
    m_context->issuer = options.issuer.isEmpty() ? m_url : options.issuer;
    qCInfo(lcServer) << "listening on" << m_url.toString();
    return true;
}

} // namespace facturos::server
