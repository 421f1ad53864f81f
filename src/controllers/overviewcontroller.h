#pragma once
// The Overview page: who the account is (name, e-mail, id, member since, status) and the alerts computed from
// the data — mailboxes needing reconnection, a scheduled closure with its date, a privacy statement updated
// since the user last acknowledged it (acknowledge() clears it), and a session kept in memory only because
// the keyring could not store it.

#include "api/accountapi.h"
#include "api/mailboxapi.h"
#include "controllers/controller.h"

#include <optional>
#include <QPointer>

namespace facturos::auth {
class SsoSession;
}

namespace facturos::controllers {

struct OverviewAlert
{
    enum class Kind {
        MailboxNeedsReconnection, // subject: the mailbox address; reason: its statusReason
        ClosureScheduled,         // date: when the account will be deleted
        StatementUpdated,         // subject: the current statement version
        MemoryOnlySession,        // the keyring could not keep the sign-in: next start asks again
    };
    Kind kind;
    QString subject;
    QString reason;
    QDateTime date;

    bool operator==(const OverviewAlert &o) const
    {
        return kind == o.kind && subject == o.subject && reason == o.reason && date == o.date;
    }
};

class OverviewController final : public Controller
{
    Q_OBJECT
public:
    // `session` optional: the memory-only notice follows its memoryOnlyChanged().
    OverviewController(api::AccountApi &account, api::MailboxApi &mailboxes, const auth::SsoSession *session = nullptr,
                       QObject *parent = nullptr);

    [[nodiscard]] bool hasLoaded() const { return m_account.has_value(); }
    [[nodiscard]] const std::optional<Account> &account() const { return m_account; }
    [[nodiscard]] const QList<OverviewAlert> &alerts() const { return m_alerts; }
    [[nodiscard]] bool hasAlert(OverviewAlert::Kind kind) const;

    // Reads the account and the mailboxes together.
    void load();
    // Records that the user has seen the current privacy statement.
    bool acknowledgeStatement();
    // For callers without an SsoSession (tests, support snapshots).
    void setMemoryOnly(bool memoryOnly);

signals:
    void loaded();
    void alertsChanged();
    void statementAcknowledged();

private:
    void partLoaded();
    void recompute();

    api::AccountApi &m_accountApi;
    api::MailboxApi &m_mailboxApi;
    std::optional<Account> m_account;
    QList<Mailbox> m_mailboxes;
    bool m_memoryOnly = false;
    int m_pending = 0;
    api::ApiError m_loadError;
    QList<OverviewAlert> m_alerts;
};

} // namespace facturos::controllers
