#pragma once
// The end of a closed account: what the data inventory promises happens here. Mailbox secrets are deleted
// (Gmail tokens queued for revocation at the provider), every session and token is revoked, and all personal
// data goes — profile, choices, consent history, activity, delegates, support chats, survey answers,
// location points, mailboxes, pending verifications and queued messages, and the user row itself, which
// frees the e-mail address. No contact data is kept after erasure, whatever the closure request said about
// marketing. What the law requires us to keep (invoices: 10 years, Code de commerce L123-22) stays, detached
// from the person: no user id, and the party reference replaced by an opaque one.

#include <QString>

namespace facturos::server {

struct ServerContext;

// Erases one account; false when it could not be done (nothing personal is left half-deleted: the personal
// data goes in one transaction, after sessions and secrets, which are safe to revoke twice).
[[nodiscard]] bool eraseAccount(ServerContext &ctx, const QString &userId);

} // namespace facturos::server
