#include "controllers/overviewcontroller.h"

#include "auth/ssosession.h"

namespace facturos::controllers {

OverviewController::OverviewController(api::AccountApi &account, api::MailboxApi &mailboxes,
                                       const auth::SsoSession *session, QObject *parent)
    : Controller(parent), m_accountApi(account), m_mailboxApi(mailboxes)
{
    if (session) {
        m_memoryOnly = session->isMemoryOnly();
        connect(session, &auth::SsoSession::memoryOnlyChanged, this, &OverviewController::setMemoryOnly);
    }
    recompute();
}

bool OverviewController::hasAlert(OverviewAlert::Kind kind) const
{
    return std::any_of(m_alerts.begin(), m_alerts.end(), [kind](const OverviewAlert &a) { return a.kind == kind; });
}

void OverviewController::load()
{
    if (m_pending > 0)
        return;
    begin(State::Loading);
    m_pending = 2;
    m_loadError = {};
    m_accountApi.account(this, [this](const api::ApiResult<Account> &result) {
        if (result.ok())
            m_account = *result.value;
        else if (!m_loadError.isError())
            m_loadError = result.error;
        partLoaded();
    });
    // A user rarely has more than a handful of mailboxes: one page of the maximum size is all of them.
    m_mailboxApi.mailboxes({kMaxPageLimit, QString()}, this, [this](const api::ApiResult<Page<Mailbox>> &result) {
        if (result.ok())
            m_mailboxes = result.value->items;
        else if (!m_loadError.isError())
            m_loadError = result.error;
        partLoaded();
    });
}

void OverviewController::partLoaded()
{
    if (--m_pending > 0)
        return;
    recompute();
    if (m_loadError.isError()) {
        fail(m_loadError, "load");
        return;
    }
    succeed();
    emit loaded();
}

bool OverviewController::acknowledgeStatement()
{
    if (!m_account || isBusy())
        return false;
    begin(State::Saving);
    m_accountApi.acknowledgePrivacyStatement(m_account->currentStatementVersion, this,
                                             [this](const api::ApiResult<Account> &result) {
                                                 if (!result.ok()) {
                                                     fail(result.error, "acknowledge");
                                                     return;
                                                 }
                                                 m_account = *result.value;
                                                 recompute();
                                                 succeed();
                                                 emit statementAcknowledged();
                                             });
    return true;
}

void OverviewController::setMemoryOnly(bool memoryOnly)
{
    if (m_memoryOnly == memoryOnly)
        return;
    m_memoryOnly = memoryOnly;
    recompute();
}

void OverviewController::recompute()
{
    QList<OverviewAlert> alerts;
    for (const Mailbox &mailbox : m_mailboxes) {
        if (mailbox.status == QLatin1String("needs_reconnection"))
            alerts.append({OverviewAlert::Kind::MailboxNeedsReconnection, mailbox.address, mailbox.statusReason, {}});
    }
    if (m_account && m_account->closure)
        alerts.append({OverviewAlert::Kind::ClosureScheduled, QString(), QString(), m_account->closure->scheduledFor});
    if (m_account && m_account->statementUpdatedSinceAck())
        alerts.append({OverviewAlert::Kind::StatementUpdated, m_account->currentStatementVersion, QString(), {}});
    if (m_memoryOnly)
        alerts.append({OverviewAlert::Kind::MemoryOnlySession, QString(), QString(), {}});
    if (alerts != m_alerts) {
        m_alerts = alerts;
        emit alertsChanged();
    }
}

} // namespace facturos::controllers
