#pragma once
// The security sections of one fixture user, read strictly (every error with its path) before anything is
// written, then stored once the user exists. Each section is optional:
//
//   "sessions":       [{"id","clientId"?,"createdAt","lastSeenAt","ip","userAgent"}]
//   "activity":       [{"time","kind","ip","userAgent","location"?} | {"generate": {"count","from","to",
//                      "seed"?,"kind"?,"places":[{"ip","location"?,"weight"?}],"devices":[{"userAgent","weight"?}]}}]
//   "delegates":      [Delegate as the API returns it]
//   "supportChats":   [{"startedAt","topic","transcript"}]
//   "surveyAnswers":  [{"answeredAt","survey","answer"}]
//   "locationPoints": [{"time","latitude","longitude","accuracyM"}]
//   "legalRecords":   [{"kind","reference","issuedOn":"YYYY-MM-DD","amountCents","currency",
//                       "retainUntil":"YYYY-MM-DD"?,"partyRef"?}]   (retainUntil defaults to 10 years on)
//
// A generator spreads `count` events evenly over [from, to] in office hours, drawing places and devices by
// weight from a seeded generator, so the demo holds a believable year of sign-ins in a few lines and is the
// same on every start.

#include "core/fielderror.h"
#include "core/securitydata.h"

#include <QVariantList>

namespace facturos {
class JsonReader;
}

namespace facturos::server {

struct ServerContext;

class SecurityFixture
{
public:
    // Reads the sections from `user` (the reader of one fixture user, before its rejectUnknown()).
    SecurityFixture(JsonReader &user, FieldErrors *errors);
    // Inserts everything for `userId`, inside the fixture's transaction.
    [[nodiscard]] bool store(ServerContext &ctx, const QString &userId, FieldErrors *errors) const;

private:
    struct Row
    {
        QString sql; // an INSERT whose first value is the user id
        QVariantList values;
        QString path; // where in the fixture it came from, for the error message
    };
    void readSessions(JsonReader &user, FieldErrors *errors);
    void readActivity(JsonReader &user, FieldErrors *errors);
    void generateActivity(const QJsonObject &spec, const QString &path, FieldErrors *errors);
    void readDelegates(JsonReader &user, FieldErrors *errors);
    void readSupportChats(JsonReader &user, FieldErrors *errors);
    void readSurveyAnswers(JsonReader &user, FieldErrors *errors);
    // The keys of a section whose items are {time, two non-empty texts}, in the INSERT's order.
    struct TimedTextKeys
    {
        QString time;
        QString first;
        QString second;
    };
    void readTimedTexts(JsonReader &user, FieldErrors *errors, const QString &section, const QString &insert,
                        const TimedTextKeys &keys);
    void readLocationPoints(JsonReader &user, FieldErrors *errors);
    void readLegalRecords(JsonReader &user, FieldErrors *errors);

    QList<Row> m_rows;
};

} // namespace facturos::server
