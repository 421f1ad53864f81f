#include "server/securityfixture.h"

#include "core/clock.h"
#include "core/json.h"
#include "server/approximateplace.h"
#include "server/database.h"
#include "server/fixture.h"
#include "server/servercontext.h"

#include <random>

namespace facturos::server {

namespace {

// Calls `read` for each object of the optional array `key`, with its path ("users[0].activity[3]").
template <typename Read> void eachItem(JsonReader &user, const QString &key, FieldErrors *errors, Read read)
{
    const QJsonArray items = user.array(key, Presence::Optional);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = user.childPath(key) + QStringLiteral("[%1]").arg(i);
        if (items.at(i).isObject())
            read(items.at(i).toObject(), path);
        else
            errors->append({path, ErrorCode::Type, QStringLiteral("Expected an object.")});
    }
}

QString nonEmpty(JsonReader &reader, const QString &key, FieldErrors *errors)
{
    const qsizetype before = errors->size();
    const QString value = reader.string(key);
    if (errors->size() == before && value.trimmed().isEmpty())
        reader.addError(key, ErrorCode::Required, QStringLiteral("Cannot be empty."));
    return value;
}

// "YYYY-MM-DD", exactly.
QDate plainDate(JsonReader &reader, const QString &key, FieldErrors *errors, Presence presence = Presence::Required)
{
    const qsizetype before = errors->size();
    const QString text = reader.string(key, presence);
    if (errors->size() != before || (text.isNull() && presence == Presence::Optional))
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid())
        reader.addError(key, ErrorCode::InvalidFormat, QStringLiteral("Expected a date as YYYY-MM-DD."));
    return date;
}

double coordinate(const QJsonValue &value, double limit, const QString &path, FieldErrors *errors)
{
    if (!value.isDouble() || value.toDouble() < -limit || value.toDouble() > limit) {
        errors->append({path, value.isUndefined() ? ErrorCode::Required : ErrorCode::InvalidFormat,
                        QStringLiteral("Expected a number from %1 to %2.").arg(-limit).arg(limit)});
        return 0;
    }
    return value.toDouble();
}

struct Weighted
{
    QString value;
    QString extra;
    qint64 weight = 1;
};

// {"<valueKey>", "<extraKey>"?, "weight"?} items of a generator list; at least one is required.
QList<Weighted> weightedList(JsonReader &spec, const QString &key, const QString &valueKey, const QString &extraKey,
                             FieldErrors *errors)
{
    QList<Weighted> list;
    eachItem(spec, key, errors, [&](const QJsonObject &object, const QString &path) {
        JsonReader r(object, path, errors);
        Weighted w;
        w.value = nonEmpty(r, valueKey, errors);
        if (!extraKey.isEmpty())
            w.extra = r.string(extraKey, Presence::Optional);
        if (r.has(QStringLiteral("weight")))
            w.weight = r.integer(QStringLiteral("weight"));
        if (w.weight < 1 || w.weight > 1000)
            r.addError(QStringLiteral("weight"), ErrorCode::InvalidFormat, QStringLiteral("Expected 1 to 1000."));
        r.rejectUnknown();
        list.append(w);
    });
    if (list.isEmpty() && !spec.has(key))
        return list; // the missing-member error comes from array()
    if (list.isEmpty())
        spec.addError(key, ErrorCode::Required, QStringLiteral("Give at least one."));
    return list;
}

const Weighted &pick(const QList<Weighted> &list, std::mt19937 &rng)
{
    qint64 total = 0;
    for (const Weighted &w : list)
        total += w.weight;
    qint64 at = qint64(rng() % quint64(total));
    for (const Weighted &w : list) {
        if (at < w.weight)
            return w;
        at -= w.weight;
    }
    return list.last();
}

} // namespace

SecurityFixture::SecurityFixture(JsonReader &user, FieldErrors *errors)
{
    readSessions(user, errors);
    readActivity(user, errors);
    readDelegates(user, errors);
    readSupportChats(user, errors);
    readSurveyAnswers(user, errors);
    readLocationPoints(user, errors);
    readLegalRecords(user, errors);
}

void SecurityFixture::readSessions(JsonReader &user, FieldErrors *errors)
{
    eachItem(user, QStringLiteral("sessions"), errors, [&](const QJsonObject &object, const QString &path) {
        JsonReader r(object, path, errors);
        const QString id = nonEmpty(r, QStringLiteral("id"), errors);
        QString clientId = r.string(QStringLiteral("clientId"), Presence::Optional);
        if (clientId.isEmpty())
            clientId = QString::fromLatin1(kDesktopClientId);
        const QDateTime createdAt = r.time(QStringLiteral("createdAt"));
        const QDateTime lastSeen = r.time(QStringLiteral("lastSeenAt"));
        const QString ip = r.string(QStringLiteral("ip"));
        const QString userAgent = r.string(QStringLiteral("userAgent"));
        r.rejectUnknown();
        if (createdAt.isValid() && lastSeen.isValid() && lastSeen < createdAt)
            r.addError(QStringLiteral("lastSeenAt"), ErrorCode::InvalidFormat,
                       QStringLiteral("Cannot be before createdAt."));
        m_rows.append({QStringLiteral("INSERT INTO sessions (user_id, id, client_id, created_at, last_seen, auth_time, "
                                      "ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, clientId, createdAt.toSecsSinceEpoch(), lastSeen.toSecsSinceEpoch(),
                        createdAt.toSecsSinceEpoch(), ip, userAgent},
                       path});
    });
}

void SecurityFixture::readActivity(JsonReader &user, FieldErrors *errors)
{
    eachItem(user, QStringLiteral("activity"), errors, [&](const QJsonObject &object, const QString &path) {
        JsonReader r(object, path, errors);
        if (r.has(QStringLiteral("generate"))) {
            if (const auto spec = r.object(QStringLiteral("generate")))
                generateActivity(*spec, r.childPath(QStringLiteral("generate")), errors);
            r.rejectUnknown();
            return;
        }
        const QDateTime time = r.time(QStringLiteral("time"));
        const QString kind = nonEmpty(r, QStringLiteral("kind"), errors);
        if (!kind.isEmpty() && !isActivityKind(kind))
            r.addError(QStringLiteral("kind"), ErrorCode::InvalidFormat, QStringLiteral("Expected an activity code."));
        const QString ip = r.string(QStringLiteral("ip"));
        const QString userAgent = r.string(QStringLiteral("userAgent"));
        const QString location = r.string(QStringLiteral("location"), Presence::Optional);
        r.rejectUnknown();
        m_rows.append(
            {QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent, location) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {time.toSecsSinceEpoch(), kind, ip, userAgent, location.isEmpty() ? approximatePlace(ip) : location},
             path});
    });
}

void SecurityFixture::generateActivity(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    const qsizetype before = errors->size();
    JsonReader spec(object, path, errors);
    const qint64 count = spec.integer(QStringLiteral("count"));
    const QDateTime from = spec.time(QStringLiteral("from"));
    const QDateTime to = spec.time(QStringLiteral("to"));
    const qint64 seed = spec.has(QStringLiteral("seed")) ? spec.integer(QStringLiteral("seed")) : 1;
    QString kind = spec.string(QStringLiteral("kind"), Presence::Optional);
    if (kind.isNull())
        kind = ActivityKind::SignIn;
    const QList<Weighted> places =
        weightedList(spec, QStringLiteral("places"), QStringLiteral("ip"), QStringLiteral("location"), errors);
    const QList<Weighted> devices =
        weightedList(spec, QStringLiteral("devices"), QStringLiteral("userAgent"), QString(), errors);
    spec.rejectUnknown();
    checkGeneratedCount(spec, count);
    if (from.isValid() && to.isValid() && from.secsTo(to) < count)
        spec.addError(QStringLiteral("to"), ErrorCode::InvalidFormat, QStringLiteral("Must be after from."));
    if (!isActivityKind(kind))
        spec.addError(QStringLiteral("kind"), ErrorCode::InvalidFormat, QStringLiteral("Expected an activity code."));
    if (errors->size() != before)
        return;

    // mt19937's sequence is fixed by the standard (unlike the distributions), so a seed gives the same
    // demo everywhere.
    std::mt19937 rng{static_cast<quint32>(seed)};
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 slot = from.secsTo(to) / count;
    for (qint64 i = 0; i < count; ++i) {
        QDateTime when = QDateTime::fromSecsSinceEpoch(start + i * slot + qint64(rng() % quint64(slot)), Qt::UTC);
        // Working days, 07:00–18:00 UTC (08:00–20:00 in Lyon): a small business, not a robot.
        if (when.date().dayOfWeek() >= 6)
            when = when.addDays(-(when.date().dayOfWeek() - 5));
        when.setTime(QTime(7, 0).addSecs(int(rng() % (11 * 3600))));
        if (when < from)
            when = from;
        if (when > to)
            when = to;
        const Weighted &place = pick(places, rng);
        const Weighted &device = pick(devices, rng);
        m_rows.append({QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent, location) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {when.toSecsSinceEpoch(), kind, place.value, device.value,
                        place.extra.isEmpty() ? approximatePlace(place.value) : place.extra},
                       path});
    }
}

void SecurityFixture::readDelegates(JsonReader &user, FieldErrors *errors)
{
    eachItem(user, QStringLiteral("delegates"), errors, [&](const QJsonObject &object, const QString &path) {
        const auto d = delegateFromJson(object, path, errors);
        if (!d)
            return;
        m_rows.append({QStringLiteral("INSERT INTO delegates (user_id, id, name, email, role, scope, granted_at, "
                                      "last_access) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {d->id, d->displayName, d->email, d->role, d->scope, d->grantedAt.toSecsSinceEpoch(),
                        d->lastAccessAt.isValid() ? QVariant(d->lastAccessAt.toSecsSinceEpoch()) : QVariant()},
                       path});
    });
}

void SecurityFixture::readSupportChats(JsonReader &user, FieldErrors *errors)
{
    readTimedTexts(
        user, errors, QStringLiteral("supportChats"),
        QStringLiteral("INSERT INTO support_chats (user_id, started_at, topic, transcript) VALUES (?, ?, ?, ?)"),
        {QStringLiteral("startedAt"), QStringLiteral("topic"), QStringLiteral("transcript")});
}

void SecurityFixture::readSurveyAnswers(JsonReader &user, FieldErrors *errors)
{
    readTimedTexts(
        user, errors, QStringLiteral("surveyAnswers"),
        QStringLiteral("INSERT INTO survey_answers (user_id, answered_at, survey, answer) VALUES (?, ?, ?, ?)"),
        {QStringLiteral("answeredAt"), QStringLiteral("survey"), QStringLiteral("answer")});
}

void SecurityFixture::readTimedTexts(JsonReader &user, FieldErrors *errors, const QString &section,
                                     const QString &insert, const TimedTextKeys &keys)
{
    eachItem(user, section, errors, [&](const QJsonObject &object, const QString &path) {
        JsonReader r(object, path, errors);
        const QDateTime time = r.time(keys.time);
        const QString first = nonEmpty(r, keys.first, errors);
        const QString second = nonEmpty(r, keys.second, errors);
        r.rejectUnknown();
        m_rows.append({insert, {time.toSecsSinceEpoch(), first, second}, path});
    });
}

void SecurityFixture::readLocationPoints(JsonReader &user, FieldErrors *errors)
{
    eachItem(user, QStringLiteral("locationPoints"), errors, [&](QJsonObject object, const QString &path) {
        // JsonReader has no floating-point getter: take the coordinates out, read the rest strictly.
        const QJsonValue latitude = object.take(QStringLiteral("latitude"));
        const QJsonValue longitude = object.take(QStringLiteral("longitude"));
        const double lat = coordinate(latitude, 90, path + QStringLiteral(".latitude"), errors);
        const double lon = coordinate(longitude, 180, path + QStringLiteral(".longitude"), errors);
        JsonReader r(object, path, errors);
        const QDateTime time = r.time(QStringLiteral("time"));
        const qint64 accuracy = r.integer(QStringLiteral("accuracyM"));
        if (accuracy < 0)
            r.addError(QStringLiteral("accuracyM"), ErrorCode::InvalidFormat, QStringLiteral("Cannot be negative."));
        r.rejectUnknown();
        m_rows.append({QStringLiteral("INSERT INTO location_points (user_id, time, latitude, longitude, accuracy_m) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {time.toSecsSinceEpoch(), lat, lon, accuracy},
                       path});
    });
}

void SecurityFixture::readLegalRecords(JsonReader &user, FieldErrors *errors)
{
    eachItem(user, QStringLiteral("legalRecords"), errors, [&](const QJsonObject &object, const QString &path) {
        JsonReader r(object, path, errors);
        const QString kind = nonEmpty(r, QStringLiteral("kind"), errors);
        const QString reference = nonEmpty(r, QStringLiteral("reference"), errors);
        const QDate issuedOn = plainDate(r, QStringLiteral("issuedOn"), errors);
        const qint64 amount = r.integer(QStringLiteral("amountCents"));
        const QString currency = r.string(QStringLiteral("currency"));
        QDate retainUntil = plainDate(r, QStringLiteral("retainUntil"), errors, Presence::Optional);
        const QString partyRef = r.string(QStringLiteral("partyRef"), Presence::Optional);
        r.rejectUnknown();
        if (r.has(QStringLiteral("currency")) && (currency.size() != 3 || currency.toUpper() != currency))
            r.addError(QStringLiteral("currency"), ErrorCode::InvalidFormat, QStringLiteral("Expected ISO 4217."));
        // Code de commerce L123-22: ten years; counted from the issue date, the safe side of the year's end.
        if (!retainUntil.isValid() && issuedOn.isValid())
            retainUntil = QDate(issuedOn.year() + 10, 12, 31);
        m_rows.append({QStringLiteral("INSERT INTO legal_records (user_id, kind, reference, issued_on, amount_cents, "
                                      "currency, retain_until, party_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {kind, reference, issuedOn.toString(Qt::ISODate), amount, currency,
                        retainUntil.toString(Qt::ISODate), partyRef.isNull() ? QStringLiteral("") : partyRef},
                       path});
    });
}

bool SecurityFixture::store(ServerContext &ctx, const QString &userId, FieldErrors *errors) const
{
    for (const Row &row : m_rows) {
        QVariantList values{userId};
        values.append(row.values);
        bool ok = false;
        ctx.db.exec(row.sql, values, &ok);
        if (!ok) {
            errors->append(
                {row.path, ErrorCode::Taken, QStringLiteral("a security record was refused (duplicate id?)")});
            return false;
        }
    }
    return true;
}

} // namespace facturos::server
