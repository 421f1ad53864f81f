#pragma once
// Typed calls of the Mailboxes page: list, connect by IMAP (the server tests the login first), start a Gmail
// connection (returns the provider's consent URL), disconnect. Connecting needs a recent sign-in: the client
// runs step-up and retries with the same body and Idempotency-Key.

#include "api/typedcall.h"
#include "core/mailbox.h"
#include "core/page.h"

namespace facturos::api {

namespace path {
inline const QString Mailboxes = QStringLiteral("/v1/account/mailboxes");
inline const QString ImapMailboxes = QStringLiteral("/v1/account/mailboxes/imap");
inline const QString GmailMailboxes = QStringLiteral("/v1/account/mailboxes/gmail");
} // namespace path

class MailboxApi
{
public:
    explicit MailboxApi(ApiClient &client) : m_client(client) {}

    ApiCall *mailboxes(const PageRequest &page, QObject *context, Done<Page<Mailbox>> done);
    // `idempotencyKey` empty: a new one for this action; pass ApiCall::idempotencyKey() to retry the same one.
    ApiCall *connectImap(const ImapConnectRequest &request, QObject *context, Done<Mailbox> done,
                         const QByteArray &idempotencyKey = {});
    // `loginHint` optional (empty: none).
    ApiCall *connectGmail(const QString &loginHint, QObject *context, Done<GmailConsent> done,
                          const QByteArray &idempotencyKey = {});
    ApiCall *disconnect(const QString &id, QObject *context, Done<NoContent> done);

private:
    ApiClient &m_client;
};

} // namespace facturos::api
