// The SSO's password change page (GET/POST /account/password), advertised as "password_change_endpoint" in
// the metadata. The browser holds no session with this server, so the form asks for the e-mail address and
// the current password like the sign-in page does, shares its throttle and its one generic failure, and on
// success signs out every session of the account: none of them belongs to the browser that made the change.
#include "core/validation.h"
#include "server/activitylog.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/loginpage.h"
#include "server/servercontext.h"
#include "server/ssoroutes.h"
#include "server/tokenservice.h"
#include "server/userstore.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcSso)

namespace facturos::server {

namespace {

using validation::kMaxEmailLength;

// Rules on the new password alone, checked before any password work: they reveal nothing about the account.
PasswordPage::Problem newPasswordProblem(const QString &current, const QString &next, const QString &confirm)
{
    using Problem = PasswordPage::Problem;
    const qsizetype length = next.toUcs4().size(); // characters as the user counts them, not UTF-16 units
    if (length < PasswordPage::kMinNewPasswordLength)
        return Problem::TooShort;
    if (length > PasswordPage::kMaxNewPasswordLength)
        return Problem::TooLong;
    if (next != confirm)
        return Problem::Mismatch;
    // Comparing what was typed is enough: if `current` is wrong the change fails anyway.
    if (next == current)
        return Problem::SameAsOld;
    return Problem::None;
}

} // namespace

struct SsoRoutes::PendingPasswordChange : PasswordAttempt
{
    PageLanguage language = PageLanguage::French;
    QByteArray verifiedHash;
};

void SsoRoutes::addPasswordChangeRoutes()
{
    m_ctx.http.addRoute("GET", QStringLiteral("/account/password"),
                        [this](const HttpRequest &r, const Responder &out) { showPasswordChange(r, out); });
    m_ctx.http.addRoute("POST", QStringLiteral("/account/password"),
                        [this](const HttpRequest &r, const Responder &out) { submitPasswordChange(r, out); });
}

void SsoRoutes::showPasswordChange(const HttpRequest &request, const Responder &responder) const
{
    PasswordPage page;
    page.language = negotiateLanguage(request.query.queryItemValue(QStringLiteral("ui_locales"), QUrl::FullyDecoded),
                                      request.header("Accept-Language"));
    responder.send(passwordPageResponse(page));
}

void SsoRoutes::submitPasswordChange(const HttpRequest &request, const Responder &responder)
{
    if (!requireFormBody(request, responder))
        return;
    const FormFields fields = parseForm(request.body);
    PasswordPage page;
    page.language = negotiateLanguage(formField(fields, "ui_locales"), request.header("Accept-Language"));
    page.email = formField(fields, "email").trimmed().left(kMaxEmailLength);
    const QString current = formField(fields, "current_password").left(PasswordPage::kMaxNewPasswordLength);
    // Never truncated: a password cut short would not be the one the user chose. Over the limit is refused.
    const QString next = formField(fields, "new_password");
    page.problem = newPasswordProblem(current, next, formField(fields, "new_password_confirm"));
    if (page.problem != PasswordPage::Problem::None) {
        responder.send(passwordPageResponse(page));
        return;
    }

    PendingPasswordChange change;
    change.language = page.language;
    change.email = page.email;
    // As on the sign-in page: locked, unknown and known accounts all cost one full check.
    const QByteArray hash = beginPasswordAttempt(request, responder, change);
    change.verifiedHash = hash;
    const bool mayChange = !change.locked && !change.userId.isEmpty();

    // The new hash is computed on the pool too (Argon2id, ~64 MiB): an empty result means "refused".
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, change = std::move(change)] {
        watcher->deleteLater();
        finishPasswordChange(change, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [hash, current, next, mayChange] {
        const bool matches = crypto::verifyPassword(hash, current);
        return matches && mayChange ? crypto::hashPassword(next) : QByteArray();
    }));
}

void SsoRoutes::finishPasswordChange(const PendingPasswordChange &change, const QByteArray &newHash)
{
    bool changed = false;
    if (!newHash.isEmpty()) {
        // Only over the hash that was checked: a change that landed meanwhile wins, this one fails.
        bool ok = false;
        QSqlQuery update =
            m_ctx.db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"),
                          {QString::fromLatin1(newHash), change.userId, QString::fromLatin1(change.verifiedHash)}, &ok);
        changed = ok && update.numRowsAffected() == 1;
    }
    if (!changed) {
        qCInfo(lcSso) << "password change refused from" << change.ip << (change.locked ? "(locked)" : "");
        // A wrong current password is a failed password check like a failed sign-in: the owner sees it.
        passwordAttemptFailed(change);
        PasswordPage page;
        page.language = change.language;
        page.email = change.email;
        page.problem = PasswordPage::Problem::Credentials;
        change.responder.send(passwordPageResponse(page));
        return;
    }
    passwordAttemptSucceeded(change);
    m_ctx.tokens.revokeAllSessions(change.userId);
    recordActivity(m_ctx, change.userId, ActivityKind::PasswordChanged, change.ip, change.userAgent);
    qCInfo(lcSso) << "password changed for user" << change.userId.left(8) << "from" << change.ip
                  << "; every session signed out";
    change.responder.send(passwordChangedResponse(change.language));
}

} // namespace facturos::server
