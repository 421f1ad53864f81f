#pragma once
// The "mailboxes" member of a fixture user: mailboxes in their API shape plus "secret" (the IMAP password
// or provider token in plain text), encrypted as they are loaded — a fixture file never needs the key. With
// `placeholderSecret` (support snapshots) "secret" is absent and that value is stored instead.
//
// "mailboxes":[{"id","kind","address","status","statusReason","connectedAt","lastUsedAt","scopes","imap",
//               "secret"}]

#include "core/fielderror.h"

#include <QJsonArray>

namespace facturos::server {

struct ServerContext;

[[nodiscard]] bool loadMailboxFixture(ServerContext &ctx, const QString &userId, const QJsonArray &mailboxes,
                                      const QString &path, FieldErrors *errors,
                                      const QByteArray &placeholderSecret = {});

} // namespace facturos::server
