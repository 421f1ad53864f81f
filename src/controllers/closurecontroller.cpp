#include "controllers/closurecontroller.h"

namespace facturos::controllers {

ClosureController::ClosureController(api::AccountApi &api, QObject *parent) : Controller(parent), m_api(api) {}

QDateTime ClosureController::scheduledFor() const
{
    return isScheduled() ? m_account->closure->scheduledFor : QDateTime();
}

std::optional<ClosureState> ClosureController::closure() const
{
    return m_account ? m_account->closure : std::nullopt;
}

void ClosureController::load()
{
    begin(State::Loading);
    m_api.account(this, [this](const api::ApiResult<Account> &result) {
        if (!result.ok()) {
            fail(result.error, "load");
            return;
        }
        setAccount(*result.value);
        succeed();
        emit loaded();
    });
}

bool ClosureController::schedule(const QString &confirmEmail, const QString &reason, bool stopMarketing)
{
    if (!m_account || isBusy() || isScheduled())
        return false;
    if (confirmEmail.trimmed().compare(m_account->email, Qt::CaseInsensitive) != 0) {
        setFieldErrors({{QStringLiteral("confirm"), kConfirmMismatch, QString()}});
        return false;
    }
    setFieldErrors({});
    ClosureRequest request;
    request.confirm = confirmEmail.trimmed();
    request.reason = reason.trimmed();
    request.stopMarketing = stopMarketing;
    if (!(request == m_lastRequest))
        m_idempotencyKey.clear(); // a different request is a different action
    m_lastRequest = request;
    begin(State::Saving);
    api::ApiCall *call = m_api.scheduleClosure(
        request, this,
        [this](const api::ApiResult<ClosureState> &result) {
            if (!result.ok()) {
                if (result.error.kind == api::ApiError::Kind::Validation)
                    setFieldErrors(result.error.fieldErrors);
                failAndCatchUp(result.error, "schedule");
                return;
            }
            m_idempotencyKey.clear();
            Account account = *m_account;
            account.closure = *result.value;
            account.status = QStringLiteral("closure_scheduled");
            setAccount(account);
            succeed();
        },
        m_idempotencyKey);
    m_idempotencyKey = call->idempotencyKey();
    return true;
}

bool ClosureController::cancel()
{
    if (!isScheduled() || isBusy())
        return false;
    begin(State::Saving);
    m_api.cancelClosure(this, [this](const api::ApiResult<api::NoContent> &result) {
        if (!result.ok()) {
            failAndCatchUp(result.error, "cancel");
            return;
        }
        Account account = *m_account;
        account.closure.reset();
        account.status = QStringLiteral("active");
        setAccount(account);
        succeed();
    });
    return true;
}

void ClosureController::failAndCatchUp(const api::ApiError &error, const char *action)
{
    fail(error, action);
    if (error.code == QLatin1String("closure_not_scheduled") ||
        error.code == QLatin1String("closure_already_scheduled"))
        load();
}

void ClosureController::setAccount(const Account &account)
{
    const bool before = isScheduled();
    m_account = account;
    if (before != isScheduled())
        emit closureChanged(isScheduled());
}

void ClosureController::setFieldErrors(const FieldErrors &errors)
{
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    emit fieldErrorsChanged();
}

} // namespace facturos::controllers
