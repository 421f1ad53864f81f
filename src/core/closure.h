#pragma once
// Account closure on the wire: the request that schedules it (typed e-mail confirmation, optional reason,
// marketing opt-out for the grace period) and the scheduled state (ClosureState, in account.h).

#include "core/account.h"
#include "core/fielderror.h"

#include <optional>
#include <QJsonObject>

namespace facturos {

inline constexpr int kClosureGraceDays = 30;
inline constexpr int kMaxClosureReasonLength = 1000;

struct ClosureRequest
{
    QString confirm; // the account's e-mail address, typed by the user
    QString reason;  // empty when none given
    bool stopMarketing = true;

    bool operator==(const ClosureRequest &o) const
    {
        return confirm == o.confirm && reason == o.reason && stopMarketing == o.stopMarketing;
    }
};

// JSON: {"requestedAt","scheduledFor","stopMarketing"}
[[nodiscard]] QJsonObject toJson(const ClosureState &closure);
[[nodiscard]] std::optional<ClosureState> closureStateFromJson(const QJsonObject &object, const QString &path,
                                                               FieldErrors *errors);
// JSON: {"confirm","reason"?,"stopMarketing"}. Strict: unknown members refused, reason ≤ 1000 characters.
// Whether `confirm` matches the account is the server's check, not the codec's.
[[nodiscard]] QJsonObject toJson(const ClosureRequest &request);
[[nodiscard]] std::optional<ClosureRequest> closureRequestFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
