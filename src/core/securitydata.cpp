#include "core/securitydata.h"

#include "core/clock.h"
#include "core/json.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace facturos {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue();
}

// A required string member that must match `valid` (checked only when it is a string at all).
template <typename Valid>
QString checkedString(JsonReader &reader, const QString &key, FieldErrors *errors, Valid valid, const QString &message)
{
    const qsizetype before = errors->size();
    const QString value = reader.string(key);
    if (errors->size() == before && !valid(value))
        reader.addError(key, ErrorCode::InvalidFormat, message);
    return value;
}

QString oneOf(JsonReader &reader, const QString &key, const QStringList &allowed, FieldErrors *errors)
{
    return checkedString(
        reader, key, errors, [&](const QString &v) { return allowed.contains(v); },
        QStringLiteral("Expected one of: %1.").arg(allowed.join(QStringLiteral(", "))));
}

QString code(JsonReader &reader, const QString &key, FieldErrors *errors)
{
    return checkedString(reader, key, errors, isActivityKind,
                         QStringLiteral("Expected a code of lowercase letters and underscores."));
}

std::optional<LocalizedText> localizedText(JsonReader &parent, const QString &key, FieldErrors *errors)
{
    const auto object = parent.nonNullObject(key);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors->size();
    JsonReader reader(*object, parent.childPath(key), errors);
    LocalizedText text;
    text.en = reader.string(QStringLiteral("en"));
    text.fr = reader.string(QStringLiteral("fr"));
    reader.rejectUnknown();
    if (errors->size() != before)
        return std::nullopt;
    return text;
}

// Decodes with local errors so that a caller passing nullptr still gets a strict answer.
template <typename T, typename Body>
std::optional<T> decodeStrict(const QJsonObject &object, const QString &path, FieldErrors *errors, Body body)
{
    FieldErrors local;
    JsonReader reader(object, path, &local);
    T value = body(reader, &local);
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

bool isActivityKind(const QString &kind)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z_]{0,63}$"));
    return pattern.match(kind).hasMatch();
}

QJsonObject toJson(const Session &session)
{
    return {
        {QStringLiteral("id"), session.id},
        {QStringLiteral("current"), session.current},
        {QStringLiteral("clientId"), session.clientId},
        {QStringLiteral("createdAt"), formatTime(session.createdAt)},
        {QStringLiteral("lastSeenAt"), formatTime(session.lastSeenAt)},
        {QStringLiteral("ip"), session.ip},
        {QStringLiteral("device"), session.device},
        {QStringLiteral("browser"), session.browser},
        {QStringLiteral("approximateLocation"), nullIfEmpty(session.approximateLocation)},
    };
}

std::optional<Session> sessionFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    return decodeStrict<Session>(object, path, errors, [](JsonReader &reader, FieldErrors *) {
        Session s;
        s.id = reader.string(QStringLiteral("id"));
        s.current = reader.boolean(QStringLiteral("current"));
        s.clientId = reader.string(QStringLiteral("clientId"));
        s.createdAt = reader.time(QStringLiteral("createdAt"));
        s.lastSeenAt = reader.time(QStringLiteral("lastSeenAt"));
        s.ip = reader.string(QStringLiteral("ip"));
        s.device = reader.string(QStringLiteral("device"));
        s.browser = reader.string(QStringLiteral("browser"));
        s.approximateLocation =
            reader.nullableString(QStringLiteral("approximateLocation"), Presence::Required).value_or(QString());
        return s;
    });
}

QJsonObject toJson(const ActivityEvent &event)
{
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("time"), formatTime(event.time)},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("ip"), event.ip},
        {QStringLiteral("device"), event.device},
        {QStringLiteral("browser"), event.browser},
        {QStringLiteral("approximateLocation"), nullIfEmpty(event.approximateLocation)},
    };
}

std::optional<ActivityEvent> activityEventFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    return decodeStrict<ActivityEvent>(object, path, errors, [](JsonReader &reader, FieldErrors *local) {
        ActivityEvent e;
        e.id = reader.string(QStringLiteral("id"));
        e.time = reader.time(QStringLiteral("time"));
        e.kind = code(reader, QStringLiteral("kind"), local);
        e.ip = reader.string(QStringLiteral("ip"));
        e.device = reader.string(QStringLiteral("device"));
        e.browser = reader.string(QStringLiteral("browser"));
        e.approximateLocation =
            reader.nullableString(QStringLiteral("approximateLocation"), Presence::Required).value_or(QString());
        return e;
    });
}

QJsonObject toJson(const Delegate &delegate)
{
    return {
        {QStringLiteral("id"), delegate.id},
        {QStringLiteral("displayName"), delegate.displayName},
        {QStringLiteral("email"), delegate.email},
        {QStringLiteral("role"), delegate.role},
        {QStringLiteral("scope"), delegate.scope},
        {QStringLiteral("grantedAt"), formatTime(delegate.grantedAt)},
        {QStringLiteral("lastAccessAt"), timeOrNull(delegate.lastAccessAt)},
    };
}

std::optional<Delegate> delegateFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    return decodeStrict<Delegate>(object, path, errors, [](JsonReader &reader, FieldErrors *local) {
        Delegate d;
        d.id = reader.string(QStringLiteral("id"));
        d.displayName = reader.string(QStringLiteral("displayName"));
        d.email = reader.string(QStringLiteral("email"));
        d.role = oneOf(reader, QStringLiteral("role"), Delegate::kRoles, local);
        d.scope = oneOf(reader, QStringLiteral("scope"), Delegate::kScopes, local);
        d.grantedAt = reader.time(QStringLiteral("grantedAt"));
        // Required, and null when the delegate never used the access.
        if (const auto last = reader.nullableString(QStringLiteral("lastAccessAt"), Presence::Required)) {
            d.lastAccessAt = parseTime(*last);
            if (!d.lastAccessAt.isValid())
                reader.addError(QStringLiteral("lastAccessAt"), ErrorCode::InvalidFormat,
                                QStringLiteral("Expected an RFC 3339 time."));
        }
        return d;
    });
}

QJsonObject toJson(const LocalizedText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("fr"), text.fr}};
}

QJsonObject toJson(const DataCategory &category)
{
    return {
        {QStringLiteral("key"), category.key},
        {QStringLiteral("name"), toJson(category.name)},
        {QStringLiteral("purpose"), toJson(category.purpose)},
        {QStringLiteral("legalBasis"), category.legalBasis},
        {QStringLiteral("retention"), toJson(category.retention)},
        {QStringLiteral("recipients"), toJson(category.recipients)},
        {QStringLiteral("count"), category.count},
    };
}

std::optional<DataCategory> dataCategoryFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    return decodeStrict<DataCategory>(object, path, errors, [](JsonReader &reader, FieldErrors *local) {
        DataCategory c;
        c.key = code(reader, QStringLiteral("key"), local);
        c.name = localizedText(reader, QStringLiteral("name"), local).value_or(LocalizedText{});
        c.purpose = localizedText(reader, QStringLiteral("purpose"), local).value_or(LocalizedText{});
        c.legalBasis = oneOf(reader, QStringLiteral("legalBasis"), DataCategory::kLegalBases, local);
        c.retention = localizedText(reader, QStringLiteral("retention"), local).value_or(LocalizedText{});
        c.recipients = localizedText(reader, QStringLiteral("recipients"), local).value_or(LocalizedText{});
        c.count = reader.integer(QStringLiteral("count"));
        if (c.count < 0)
            reader.addError(QStringLiteral("count"), ErrorCode::InvalidFormat, QStringLiteral("Cannot be negative."));
        return c;
    });
}

QJsonObject dataInventoryToJson(const QList<DataCategory> &categories)
{
    QJsonArray items;
    for (const DataCategory &category : categories)
        items.append(toJson(category));
    return {{QStringLiteral("categories"), items}};
}

std::optional<QList<DataCategory>> dataInventoryFromJson(const QJsonObject &object, FieldErrors *errors)
{
    return decodeStrict<QList<DataCategory>>(object, QString(), errors, [](JsonReader &reader, FieldErrors *local) {
        QList<DataCategory> categories;
        const QJsonArray items = reader.array(QStringLiteral("categories"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("categories[%1]").arg(i);
            if (!items.at(i).isObject()) {
                local->append({itemPath, ErrorCode::Type, QStringLiteral("Expected an object.")});
                continue;
            }
            if (auto category = dataCategoryFromJson(items.at(i).toObject(), itemPath, local))
                categories.append(*category);
        }
        return categories;
    });
}

std::optional<Page<Session>> sessionPageFromJson(const QJsonObject &object, FieldErrors *errors)
{
    return pageFromJson<Session>(object, sessionFromJson, errors);
}

std::optional<Page<ActivityEvent>> activityPageFromJson(const QJsonObject &object, FieldErrors *errors)
{
    return pageFromJson<ActivityEvent>(object, activityEventFromJson, errors);
}

std::optional<Page<Delegate>> delegatePageFromJson(const QJsonObject &object, FieldErrors *errors)
{
    return pageFromJson<Delegate>(object, delegateFromJson, errors);
}

} // namespace facturos
