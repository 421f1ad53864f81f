#pragma once
// Typed calls of the Security page: signed-in sessions, sign-in activity and administrator delegates.

#include "api/typedcall.h"
#include "core/securitydata.h"

namespace facturos::api {

namespace path {
inline const QString Sessions = QStringLiteral("/v1/account/sessions");
inline const QString Activity = QStringLiteral("/v1/account/activity");
inline const QString Delegates = QStringLiteral("/v1/account/delegates");
} // namespace path

class SecurityApi
{
public:
    explicit SecurityApi(ApiClient &client) : m_client(client) {}

    ApiCall *sessions(const PageRequest &page, QObject *context, Done<Page<Session>> done);
    ApiCall *revokeSession(const QString &id, QObject *context, Done<NoContent> done);
    ApiCall *activity(const PageRequest &page, QObject *context, Done<Page<ActivityEvent>> done);
    ApiCall *delegates(const PageRequest &page, QObject *context, Done<Page<Delegate>> done);
    ApiCall *revokeDelegate(const QString &id, QObject *context, Done<NoContent> done);

private:
    ApiClient &m_client;
};

} // namespace facturos::api
