#include "api/mailboxapi.h"

#include "core/json.h"

namespace facturos::api {

ApiCall *MailboxApi::mailboxes(const PageRequest &page, QObject *context, Done<Page<Mailbox>> done)
{
    ApiRequest request;
    request.path = path::Mailboxes;
    addPageQuery(request, page);
    auto decode = [](const QJsonObject &object, FieldErrors *errors) {
        return pageFromJson<Mailbox>(
            object, [](const QJsonObject &item, const QString &, FieldErrors *e) { return mailboxFromJson(item, e); },
            errors);
    };
    return sendTyped<Page<Mailbox>>(m_client, request, {}, context, decode, std::move(done));
}

ApiCall *MailboxApi::connectImap(const ImapConnectRequest &imap, QObject *context, Done<Mailbox> done,
                                 const QByteArray &idempotencyKey)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path::ImapMailboxes;
    request.body = toCompactJson(toJson(imap));
    request.withIdempotencyKey = true;
    request.idempotencyKey = idempotencyKey;
    return sendTyped<Mailbox>(m_client, request, {}, context, mailboxFromJson, std::move(done));
}

ApiCall *MailboxApi::connectGmail(const QString &loginHint, QObject *context, Done<GmailConsent> done,
                                  const QByteArray &idempotencyKey)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path::GmailMailboxes;
    QJsonObject body;
    if (!loginHint.isEmpty())
        body.insert(QStringLiteral("loginHint"), loginHint);
    request.body = toCompactJson(body);
    request.withIdempotencyKey = true;
    request.idempotencyKey = idempotencyKey;
    return sendTyped<GmailConsent>(m_client, request, {}, context, gmailConsentFromJson, std::move(done));
}

ApiCall *MailboxApi::disconnect(const QString &id, QObject *context, Done<NoContent> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path::Mailboxes + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return sendNoContent(m_client, request, context, std::move(done));
}

} // namespace facturos::api
