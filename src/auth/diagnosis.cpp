#include "auth/diagnosis.h"

#include "auth/authhttp.h"
#include "auth/authlog.h"
#include "auth/connectionprobe.h"
#include "auth/keychaintokenstore.h"
#include "auth/servermetadata.h"
#include "auth/ssosession.h"
#include "auth/urlopener.h"

#include <QSettings>
#include <utility>

namespace facturos::auth {

namespace {

class NoBrowser final : public UrlOpener
{
public:
    bool openUrl(const QUrl &) override { return false; }
};

// The server URL with `path` appended to its own path (an issuer may carry one).
QUrl below(const QUrl &server, const QString &path)
{
    QUrl url = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace

const char *toCode(DiagnosticCheck check)
{
    switch (check) {
    case DiagnosticCheck::Dns:
        return "dns";
    case DiagnosticCheck::Connection:
        return "connection";
    case DiagnosticCheck::Tls:
        return "tls";
    case DiagnosticCheck::Health:
        return "health";
    case DiagnosticCheck::Metadata:
        return "sso";
    case DiagnosticCheck::Keychain:
        return "keychain";
    case DiagnosticCheck::SignIn:
        return "sign-in";
    }
    return "unknown";
}

const char *toCode(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Ok:
        return "OK";
    case CheckOutcome::Failed:
        return "FAILED";
    case CheckOutcome::Skipped:
        return "SKIPPED";
    }
    return "FAILED";
}

Diagnosis::Diagnosis(DiagnosisConfig config, QSettings &settings, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_settings(settings), m_noBrowser(std::make_unique<NoBrowser>())
{
    qRegisterMetaType<CheckResult>();
    if (m_config.keychainService.isEmpty())
        m_config.keychainService = KeychainTokenStore::kDefaultService;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ++m_step; // the step's own answer, should it come after all, is ignored
        if (auto onTimeout = std::exchange(m_onTimeout, nullptr))
            onTimeout();
    });
}

Diagnosis::~Diagnosis() = default;

void Diagnosis::start()
{
    if (m_started)
        return;
    m_started = true;
    m_probe = std::make_unique<ConnectionProbe>(m_config.server, m_config.timeoutMs);
    connect(m_probe.get(), &ConnectionProbe::finished, this, &Diagnosis::transportDone);
    m_probe->start();
}

quint64 Diagnosis::beginStep(int ms, std::function<void()> onTimeout)
{
    m_onTimeout = std::move(onTimeout);
    m_timer.start(ms);
    return ++m_step;
}

bool Diagnosis::endStep(quint64 step)
{
    if (step != m_step)
        return false;
    m_timer.stop();
    m_onTimeout = {};
    return true;
}

void Diagnosis::add(CheckResult result)
{
    qCDebug(lcAuth) << "diagnosis:" << toCode(result.check) << toCode(result.outcome) << result.code;
    m_results.append(result);
    emit checkFinished(result);
}

bool Diagnosis::passed(DiagnosticCheck check) const
{
    return std::any_of(m_results.cbegin(), m_results.cend(), [check](const CheckResult &result) {
        return result.check == check && result.outcome == CheckOutcome::Ok;
    });
}

void Diagnosis::transportDone()
{
    for (const CheckResult &result : m_probe->results())
        add(result);
    if (passed(DiagnosticCheck::Tls)) {
        checkHealth();
        return;
    }
    add({DiagnosticCheck::Health, CheckOutcome::Skipped, QStringLiteral("needs_connection"), {}});
    add({DiagnosticCheck::Metadata, CheckOutcome::Skipped, QStringLiteral("needs_connection"), {}});
    checkKeychain();
}

void Diagnosis::checkHealth()
{
    const quint64 step = beginStep(m_config.timeoutMs + 1000, [this] {
        add({DiagnosticCheck::Health, CheckOutcome::Failed, QStringLiteral("no_answer"), {}});
        checkMetadata();
    });
    getJson(m_network, below(m_config.server, QStringLiteral("/healthz")), {}, m_config.timeoutMs, this,
            [this, step](const HttpAnswer &answer) {
                if (!endStep(step))
                    return;
                if (answer.status == 200)
                    add({DiagnosticCheck::Health, CheckOutcome::Ok, QStringLiteral("answered"), {}});
                else if (!answer.reachedServer())
                    add({DiagnosticCheck::Health, CheckOutcome::Failed, QStringLiteral("no_answer"), {}});
                else
                    add({DiagnosticCheck::Health, CheckOutcome::Failed, QStringLiteral("http_status"),
                         QStringLiteral("HTTP %1").arg(answer.status)});
                checkMetadata();
            });
}

void Diagnosis::checkMetadata()
{
    const QUrl url = metadataUrlFor(m_config.server);
    const quint64 step = beginStep(m_config.timeoutMs + 1000, [this] {
        add({DiagnosticCheck::Metadata, CheckOutcome::Failed, QStringLiteral("no_answer"), {}});
        checkKeychain();
    });
    getJson(m_network, url, {}, m_config.timeoutMs, this, [this, step, url](const HttpAnswer &answer) {
        if (!endStep(step))
            return;
        auto failed = [this](const QString &code, const QString &detail) {
            add({DiagnosticCheck::Metadata, CheckOutcome::Failed, code, detail});
        };
        const QString where = url.path();
        if (!answer.reachedServer()) {
            failed(QStringLiteral("no_answer"), where);
        } else if (answer.status != 200) {
            failed(QStringLiteral("http_status"), QStringLiteral("HTTP %1 at %2").arg(answer.status).arg(where));
        } else if (!answer.json) {
            failed(QStringLiteral("not_json"), where);
        } else {
            const QString issuer = answer.json->value(QLatin1String("issuer")).toString();
            QString why;
            // The app's own rule (parseServerMetadata), with its one refusal that gets a sentence of its own.
            const auto metadata = parseServerMetadata(*answer.json, m_config.server, &why);
            if (normalizedIssuer(QUrl(issuer)) != normalizedIssuer(m_config.server))
                failed(QStringLiteral("issuer_mismatch"), QStringLiteral("issuer %1").arg(issuer));
            else if (!metadata)
                failed(QStringLiteral("invalid"), why);
            else
                add({DiagnosticCheck::Metadata, CheckOutcome::Ok, QStringLiteral("valid"),
                     QStringLiteral("issuer %1").arg(issuer)});
        }
        checkKeychain();
    });
}

void Diagnosis::checkKeychain()
{
    m_store = std::make_unique<KeychainTokenStore>(m_config.keychainService);
    const QString detail = QStringLiteral("service %1").arg(m_config.keychainService);
    const quint64 step = beginStep(m_config.keychainTimeoutMs, [this, detail] {
        add({DiagnosticCheck::Keychain, CheckOutcome::Failed, QStringLiteral("missing"),
             detail + QStringLiteral(", no answer within %1 s").arg(m_config.keychainTimeoutMs / 1000)});
        checkSignIn();
    });
    m_store->writeSecret(kProbeKey, "probe", this, [this, step, detail](TokenStoreStatus status) {
        if (!endStep(step))
            return;
        switch (status) {
        case TokenStoreStatus::Ok:
            // Leave nothing behind; the entry was written, so the keychain is usable whatever the delete says.
            m_store->deleteSecret(kProbeKey, this, [this, detail](TokenStoreStatus) {
                add({DiagnosticCheck::Keychain, CheckOutcome::Ok, QStringLiteral("available"), detail});
                checkSignIn();
            });
            return;
        case TokenStoreStatus::Locked:
            add({DiagnosticCheck::Keychain, CheckOutcome::Failed, QStringLiteral("locked"), detail});
            break;
        case TokenStoreStatus::NoBackend:
            add({DiagnosticCheck::Keychain, CheckOutcome::Failed, QStringLiteral("missing"), detail});
            break;
        case TokenStoreStatus::NotFound:
        case TokenStoreStatus::Failed:
            add({DiagnosticCheck::Keychain, CheckOutcome::Failed, QStringLiteral("error"), detail});
            break;
        }
        checkSignIn();
    });
}

void Diagnosis::checkSignIn()
{
    if (!m_config.checkStoredSignIn) {
        finish();
        return;
    }
    if (!passed(DiagnosticCheck::Keychain) || !passed(DiagnosticCheck::Metadata)) {
        add({DiagnosticCheck::SignIn,
             CheckOutcome::Skipped,
             passed(DiagnosticCheck::Keychain) ? QStringLiteral("needs_server") : QStringLiteral("needs_keychain"),
             {}});
        finish();
        return;
    }
    SsoConfig config;
    config.issuer = m_config.server;
    config.requestTimeoutMs = m_config.timeoutMs;
    config.restoreRetryDelaysMs = {}; // the keychain answered a moment ago: no start-up race to wait out
    m_session = std::make_unique<SsoSession>(config, m_network, *m_store, *m_noBrowser, m_settings);
    m_signInStep = beginStep(2 * m_config.timeoutMs + m_config.keychainTimeoutMs, [this] {
        m_session->disconnect(this);
        add({DiagnosticCheck::SignIn, CheckOutcome::Failed, QStringLiteral("no_answer"), {}});
        finish();
    });
    connect(m_session.get(), &SsoSession::stateChanged, this, &Diagnosis::signInSettled);
    m_session->restoreSession();
    m_storedAccount = m_session->accountId(); // from the settings' pointer, before any answer clears it
    if (m_session && m_session->state() == SessionState::SignedOut)
        signInSettled(); // nothing stored: restoreSession() answered without changing state
}

void Diagnosis::signInSettled()
{
    const SessionState state = m_session->state();
    if (state == SessionState::Restoring || state == SessionState::Refreshing)
        return;
    if (!endStep(m_signInStep))
        return; // timed out, and reported so
    const SessionError error = m_session->lastError();
    CheckResult result{DiagnosticCheck::SignIn, CheckOutcome::Failed, QLatin1String(toCode(error)), {}};
    if (state == SessionState::SignedIn)
        result = {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("signed_in"), m_session->accountId()};
    else if (state == SessionState::SignedOut && error == SessionError::None)
        result = {DiagnosticCheck::SignIn, CheckOutcome::Ok, QStringLiteral("none"), {}};
    m_session->disconnect(this);
    m_session.release()->deleteLater(); // we are inside its signal; its access token goes with it
    if (state == SessionState::SignedOut && error == SessionError::SessionExpired) {
        // The session deletes the worthless entry without waiting; this delete queues behind it, so the entry
        // is gone before the report ends (and `--diagnose` exits).
        result.code = QStringLiteral("refused");
        result.detail = m_storedAccount;
        m_store->deleteSecret(SsoSession::refreshTokenKey(m_config.server, m_storedAccount), this,
                              [this, result](TokenStoreStatus) {
                                  add(result);
                                  finish();
                              });
        return;
    }
    add(result);
    finish();
}

void Diagnosis::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace facturos::auth
