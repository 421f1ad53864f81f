#include "controllers/mailboxescontroller.h"

#include "auth/urlopener.h"
#include "controllers/logging.h"

namespace facturos::controllers {

namespace {

// The field a refusal concerns when the server named none.
QString fieldForReason(const QString &reason)
{
    if (reason == MailboxReason::AuthenticationFailed)
        return QStringLiteral("password");
    if (reason == MailboxReason::ConnectionRefused || reason == MailboxReason::ProtocolError)
        return QStringLiteral("port");
    if (reason == MailboxReason::TlsError)
        return QStringLiteral("security");
    if (reason == QLatin1String("mailbox_exists"))
        return QStringLiteral("address");
    return QStringLiteral("host"); // not found, untrusted certificate, timeout, private address
}

} // namespace

MailboxesController::MailboxesController(api::MailboxApi &api, auth::UrlOpener &opener, QObject *parent)
    : Controller(parent), m_api(api), m_opener(opener),
      m_mailboxes([&api](const api::PageRequest &p, QObject *c, api::Done<Page<Mailbox>> d) {
          return api.mailboxes(p, c, std::move(d));
      })
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MailboxesController::poll);
    connect(&m_mailboxes, &ListModelBase::loaded, this, &MailboxesController::onListLoaded);
    connect(&m_mailboxes, &ListModelBase::failed, this, [this](const api::ApiError &error) {
        if (m_loading) {
            m_loading = false;
            fail(error, "load");
            // A reload during the Gmail wait took the place of a poll: the wait goes on, still bounded.
            if (m_pollsLeft > 0)
                pollAgainOrGiveUp(&error);
        } else if (m_pollsLeft > 0) {
            // A failed poll is not the end, but it counts: the wait stays bounded when the server is gone.
            pollAgainOrGiveUp(&error);
        }
    });
}

void MailboxesController::load()
{
    m_loading = true;
    begin(State::Loading);
    m_mailboxes.refreshAll();
}

void MailboxesController::onListLoaded()
{
    if (m_loading) {
        m_loading = false;
        m_hasLoaded = true;
        succeed();
        emit loaded();
    }
    if (m_pollsLeft == 0)
        return;
    const QSet<QString> added = gmailIds() - m_gmailBefore;
    if (!added.isEmpty()) {
        const QString id = *added.begin();
        stopGmail();
        emit gmailConnected(id);
    } else {
        pollAgainOrGiveUp();
    }
}

void MailboxesController::pollAgainOrGiveUp(const api::ApiError *pollFailure)
{
    if (--m_pollsLeft == 0) {
        stopGmail();
        // The last look failed: Facturos could not be asked, which is not Google's silence.
        if (pollFailure)
            fail(*pollFailure, "gmailPoll");
        else
            emit gmailTimedOut();
    } else {
        m_pollTimer.start(m_pollIntervalMs);
    }
}

void MailboxesController::setGmailPolling(int intervalMs, int maxPolls)
{
    m_pollIntervalMs = intervalMs;
    m_maxPolls = qMax(1, maxPolls);
}

bool MailboxesController::connectGmail(const QString &loginHint)
{
    if (isWaitingForGmail() || isBusy())
        return false;
    m_gmailStarting = true;
    m_gmailBefore = gmailIds();
    begin(State::Saving);
    emit gmailWaitingChanged(true);
    m_api.connectGmail(loginHint, this, [this](const api::ApiResult<GmailConsent> &result) {
        m_gmailStarting = false;
        if (!result.ok()) {
            emit gmailWaitingChanged(false);
            fail(result.error, "connectGmail");
            return;
        }
        m_consentUrl = QUrl(result.value->consentUrl);
        m_scope = result.value->scope;
        m_pollsLeft = m_maxPolls;
        succeed();
        const bool opened = m_opener.openUrl(m_consentUrl);
        emit gmailConsentOpened(m_consentUrl, opened);
        m_pollTimer.start(m_pollIntervalMs);
    });
    return true;
}

void MailboxesController::poll()
{
    if (m_pollsLeft > 0)
        m_mailboxes.refreshAll();
}

void MailboxesController::cancelGmail()
{
    if (m_pollsLeft > 0)
        stopGmail();
}

void MailboxesController::stopGmail()
{
    m_pollTimer.stop();
    m_pollsLeft = 0;
    m_consentUrl.clear();
    emit gmailWaitingChanged(false);
}

QSet<QString> MailboxesController::gmailIds() const
{
    QSet<QString> ids;
    for (const Mailbox &mailbox : m_mailboxes.items()) {
        if (mailbox.kind == QLatin1String("gmail"))
            ids.insert(mailbox.id);
    }
    return ids;
}

bool MailboxesController::addImap(ImapConnectRequest &request)
{
    if (isBusy())
        return false;
    FieldErrors errors;
    (void)imapConnectRequestFromJson(toJson(request), &errors); // the server's own rules, before sending
    setImapErrors(errors);
    if (!errors.isEmpty())
        return false;
    begin(State::Saving);
    m_api.connectImap(request, this, [this](const api::ApiResult<Mailbox> &result) {
        if (!result.ok()) {
            FieldErrors fields = result.error.fieldErrors;
            if (fields.isEmpty() && !result.error.code.isEmpty() &&
                (result.error.kind == api::ApiError::Kind::Validation ||
                 result.error.kind == api::ApiError::Kind::Conflict))
                fields.append({fieldForReason(result.error.code), result.error.code, QString()});
            setImapErrors(fields);
            fail(result.error, "addImap");
            return;
        }
        m_mailboxes.upsert(*result.value);
        succeed();
        emit imapConnected(result.value->id);
    });
    // The request body is already encoded; nothing here keeps the password.
    request.password.fill(QLatin1Char(' '));
    request.password.clear();
    return true;
}

void MailboxesController::setImapErrors(const FieldErrors &errors)
{
    if (errors == m_imapErrors)
        return;
    m_imapErrors = errors;
    emit imapFieldErrorsChanged();
}

bool MailboxesController::disconnectMailbox(const QString &mailboxId)
{
    if (isBusy() || m_mailboxes.rowOf(mailboxId) < 0)
        return false;
    begin(State::Saving);
    m_api.disconnect(mailboxId, this, [this, mailboxId](const api::ApiResult<api::NoContent> &result) {
        if (!result.ok() && result.error.kind != api::ApiError::Kind::NotFound) {
            fail(result.error, "disconnect");
            return;
        }
        m_mailboxes.removeKey(mailboxId);
        succeed();
        emit disconnected(mailboxId);
    });
    return true;
}

} // namespace facturos::controllers
