#include "server/mailboxfixture.h"

#include "core/json.h"
#include "core/mailbox.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

namespace facturos::server {

bool loadMailboxFixture(ServerContext &ctx, const QString &userId, const QJsonArray &mailboxes, const QString &path,
                        FieldErrors *errors, const QByteArray &placeholderSecret)
{
    for (int i = 0; i < mailboxes.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        QJsonObject object = mailboxes.at(i).toObject();
        const QJsonValue secret = object.take(QStringLiteral("secret"));
        FieldErrors local;
        const auto mailbox = mailboxFromJson(object, &local);
        const bool placeholder = !placeholderSecret.isEmpty() && secret.isUndefined();
        if (!placeholder && (!secret.isString() || secret.toString().isEmpty()))
            local.append({QStringLiteral("secret"), ErrorCode::Required, QStringLiteral("the password or token")});
        for (FieldError e : std::as_const(local)) {
            e.field = itemPath + QLatin1Char('.') + e.field;
            errors->append(e);
        }
        if (!local.isEmpty() || !mailbox)
            return false;
        if (!ctx.mailboxes->insertMailbox(userId, *mailbox,
                                          placeholder ? placeholderSecret : secret.toString().toUtf8())) {
            errors->append({itemPath, ErrorCode::Taken, QStringLiteral("cannot store this mailbox (duplicate id?)")});
            return false;
        }
    }
    return true;
}

} // namespace facturos::server
