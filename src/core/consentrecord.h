#pragma once
// One entry of the consent history: a choice granted or withdrawn, when, from where, under which
// privacy-statement version (GDPR art. 7 proof).

#include "core/fielderror.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>

namespace facturos {

struct ConsentRecord
{
    QString id;
    QDateTime time;
    QString purpose; // a PurposeChoice::purpose key
    bool granted = false;
    QString source; // "facturos-desktop", "web", "fixture", "closure"…
    QString statementVersion;

    bool operator==(const ConsentRecord &o) const
    {
        return id == o.id && time == o.time && purpose == o.purpose && granted == o.granted && source == o.source &&
               statementVersion == o.statementVersion;
    }
};

[[nodiscard]] QJsonObject toJson(const ConsentRecord &record);
[[nodiscard]] std::optional<ConsentRecord> consentRecordFromJson(const QJsonObject &object, const QString &path,
                                                                 FieldErrors *errors);

} // namespace facturos
