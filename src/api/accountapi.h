#pragma once
// Typed calls of the account itself: summary, profile (merge patch), communication and privacy choices,
// consent history, privacy statement and its acknowledgement, closure. Decoding uses the core codecs.
// Every method returns the ApiCall (abort(), idempotencyKey()) and reports once through `done`, which is not
// called if `context` was destroyed meanwhile.

#include "api/typedcall.h"
#include "core/account.h"
#include "core/closure.h"
#include "core/consentrecord.h"
#include "core/page.h"
#include "core/preferences.h"
#include "core/profile.h"

namespace facturos::api {

namespace path {
inline const QString Account = QStringLiteral("/v1/account");
inline const QString Profile = QStringLiteral("/v1/account/profile");
inline const QString Communications = QStringLiteral("/v1/account/preferences/communications");
inline const QString Privacy = QStringLiteral("/v1/account/preferences/privacy");
inline const QString Consents = QStringLiteral("/v1/account/consents");
inline const QString PrivacyStatement = QStringLiteral("/v1/privacy-statement");
inline const QString StatementAck = QStringLiteral("/v1/account/privacy-statement/ack");
inline const QString Closure = QStringLiteral("/v1/account/closure");
} // namespace path

// The RFC 7396 merge patch turning `before` into `after` (only changed members; nested address members;
// billingAddress null for "same as delivery"). Empty when nothing changed.
[[nodiscard]] QJsonObject profileMergePatch(const Profile &before, const Profile &after);

class AccountApi
{
public:
    explicit AccountApi(ApiClient &client) : m_client(client) {}

    ApiCall *account(QObject *context, Done<Account> done);

    ApiCall *profile(QObject *context, Done<Profile> done);
    // `ifMatch` empty: the ETag remembered from the last read (always sent). Conflict → error.currentState
    // holds the server's profile and error.currentEtag its ETag (a retry with it overwrites).
    ApiCall *updateProfile(const QJsonObject &mergePatch, QObject *context, Done<Profile> done,
                           const QByteArray &ifMatch = {});

    ApiCall *communications(QObject *context, Done<CommunicationChoices> done);
    ApiCall *setCommunications(const CommunicationChoices &choices, QObject *context, Done<CommunicationChoices> done,
                               const QByteArray &ifMatch = {});
    ApiCall *privacy(QObject *context, Done<PrivacyChoices> done);
    ApiCall *setPrivacy(const PrivacyChoices &choices, QObject *context, Done<PrivacyChoices> done,
                        const QByteArray &ifMatch = {});

    ApiCall *consents(const PageRequest &page, QObject *context, Done<Page<ConsentRecord>> done);

    ApiCall *privacyStatement(QObject *context, Done<PrivacyStatement> done);
    ApiCall *acknowledgePrivacyStatement(const QString &version, QObject *context, Done<Account> done);

    // Needs a recent sign-in (the client runs step-up). `idempotencyKey` empty: a new one for this action.
    // Already scheduled → Conflict, code "closure_already_scheduled", error.currentState = the problem body
    // (its `closure` member holds the scheduled state).
    ApiCall *scheduleClosure(const ClosureRequest &request, QObject *context, Done<ClosureState> done,
                             const QByteArray &idempotencyKey = {});
    // Nothing scheduled → NotFound, code "closure_not_scheduled".
    ApiCall *cancelClosure(QObject *context, Done<NoContent> done);

private:
    ApiClient &m_client;
};

} // namespace facturos::api
