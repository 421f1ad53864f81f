#pragma once
// The Close account page: whether a closure is scheduled (and for when), scheduling it — only once the typed
// e-mail matches the account's, with marketing stopped by default — and cancelling it during the grace
// period. The server asks for a fresh sign-in (step-up), which ApiClient runs.

#include "api/accountapi.h"
#include "controllers/controller.h"

#include <optional>

namespace facturos::controllers {

class ClosureController final : public Controller
{
    Q_OBJECT
    Q_PROPERTY(bool scheduled READ isScheduled NOTIFY closureChanged)
public:
    // Code of the field error when the typed e-mail is not the account's (field "confirm").
    inline static const QString kConfirmMismatch = QStringLiteral("confirm_mismatch");

    explicit ClosureController(api::AccountApi &api, QObject *parent = nullptr);

    [[nodiscard]] bool hasLoaded() const { return m_account.has_value(); }
    [[nodiscard]] bool isScheduled() const { return m_account && m_account->closure; }
    // The account's e-mail address, which the user types to confirm (empty until loaded).
    [[nodiscard]] QString email() const { return m_account ? m_account->email : QString(); }
    // When the account will be deleted (invalid when nothing is scheduled).
    [[nodiscard]] QDateTime scheduledFor() const;
    [[nodiscard]] std::optional<ClosureState> closure() const;
    [[nodiscard]] const FieldErrors &fieldErrors() const { return m_fieldErrors; }

    void load();
    // False (nothing sent) when not loaded, busy, already scheduled or `confirmEmail` is not the account's
    // e-mail (compared case-insensitively after trimming; fieldErrors() then holds "confirm").
    bool schedule(const QString &confirmEmail, const QString &reason = {}, bool stopMarketing = true);
    bool cancel();

signals:
    void loaded();
    void closureChanged(bool scheduled);
    void fieldErrorsChanged();

private:
    // fail(), then, when the server holds another closure state (scheduled or cancelled elsewhere meanwhile),
    // reads the account again: every page then shows what the server holds.
    void failAndCatchUp(const api::ApiError &error, const char *action);
    void setAccount(const Account &account);
    void setFieldErrors(const FieldErrors &errors);

    api::AccountApi &m_api;
    std::optional<Account> m_account;
    FieldErrors m_fieldErrors;
    QByteArray m_idempotencyKey; // reused when the user retries the same closure after a failure
    ClosureRequest m_lastRequest;
};

} // namespace facturos::controllers
