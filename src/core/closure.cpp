#include "core/closure.h"

#include "core/clock.h"
#include "core/json.h"

namespace facturos {

QJsonObject toJson(const ClosureState &closure)
{
    return {
        {QStringLiteral("requestedAt"), formatTime(closure.requestedAt)},
        {QStringLiteral("scheduledFor"), formatTime(closure.scheduledFor)},
        {QStringLiteral("stopMarketing"), closure.stopMarketing},
    };
}

std::optional<ClosureState> closureStateFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, path, &local);
    ClosureState closure;
    closure.requestedAt = reader.time(QStringLiteral("requestedAt"));
    closure.scheduledFor = reader.time(QStringLiteral("scheduledFor"));
    closure.stopMarketing = reader.boolean(QStringLiteral("stopMarketing"));
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return closure;
}

QJsonObject toJson(const ClosureRequest &request)
{
    QJsonObject object{
        {QStringLiteral("confirm"), request.confirm},
        {QStringLiteral("stopMarketing"), request.stopMarketing},
    };
    if (!request.reason.isEmpty())
        object.insert(QStringLiteral("reason"), request.reason);
    return object;
}

std::optional<ClosureRequest> closureRequestFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    ClosureRequest request;
    const QString reasonKey = QStringLiteral("reason");
    request.confirm = reader.string(QStringLiteral("confirm"));
    request.reason = reader.string(reasonKey, Presence::Optional);
    request.stopMarketing = reader.boolean(QStringLiteral("stopMarketing"));
    reader.rejectUnknown();
    if (request.reason.size() > kMaxClosureReasonLength)
        reader.addError(reasonKey, ErrorCode::TooLong, QStringLiteral("At most 1000 characters."));
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return request;
}

} // namespace facturos
