#pragma once
// The account summary (GET /v1/account) and the privacy statement it refers to.

#include "core/fielderror.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace facturos {

struct ClosureState
{
    QDateTime requestedAt;
    QDateTime scheduledFor;
    bool stopMarketing = true;

    bool operator==(const ClosureState &o) const
    {
        return requestedAt == o.requestedAt && scheduledFor == o.scheduledFor && stopMarketing == o.stopMarketing;
    }
};

struct Account
{
    QString id;
    QString username;
    QString email;
    QString pendingEmail; // empty when none
    QString displayName;  // "First Last"
    QString status;       // "active" | "closure_scheduled"
    QDateTime memberSince;
    std::optional<ClosureState> closure;
    QString acknowledgedStatementVersion; // empty when never acknowledged
    QString currentStatementVersion;

    [[nodiscard]] bool statementUpdatedSinceAck() const
    {
        return acknowledgedStatementVersion != currentStatementVersion;
    }
};

struct PrivacyStatement
{
    QString version; // "2020-01-14"
    QDate publishedOn;
    QString url;       // the published statement
    QString summary;   // what changed in this version, in English
    QString summaryFr; // the same in French
};

// JSON: {"id","username","email","pendingEmail":string|null,"displayName","status","memberSince",
//        "closure":{"requestedAt","scheduledFor","stopMarketing"}|null,
//        "privacyStatement":{"acknowledgedVersion":string|null,"currentVersion","updatedSinceAck"}}
[[nodiscard]] QJsonObject toJson(const Account &account);
[[nodiscard]] std::optional<Account> accountFromJson(const QJsonObject &object, FieldErrors *errors);
// JSON: {"version","publishedOn":"YYYY-MM-DD","url","summary":{"en","fr"}}
[[nodiscard]] QJsonObject toJson(const PrivacyStatement &statement);
[[nodiscard]] std::optional<PrivacyStatement> privacyStatementFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
