#include "core/consentrecord.h"

#include "core/clock.h"
#include "core/json.h"

namespace facturos {

QJsonObject toJson(const ConsentRecord &record)
{
    return {
        {QStringLiteral("id"), record.id},           {QStringLiteral("time"), formatTime(record.time)},
        {QStringLiteral("purpose"), record.purpose}, {QStringLiteral("granted"), record.granted},
        {QStringLiteral("source"), record.source},   {QStringLiteral("statementVersion"), record.statementVersion},
    };
}

std::optional<ConsentRecord> consentRecordFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, path, &local);
    ConsentRecord record;
    record.id = reader.string(QStringLiteral("id"));
    record.time = reader.time(QStringLiteral("time"));
    record.purpose = reader.string(QStringLiteral("purpose"));
    record.granted = reader.boolean(QStringLiteral("granted"));
    record.source = reader.string(QStringLiteral("source"));
    record.statementVersion = reader.string(QStringLiteral("statementVersion"));
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return record;
}

} // namespace facturos
