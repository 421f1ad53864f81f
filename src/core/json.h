#pragma once
// Strict JSON reading shared by server and client: wrong types, missing required fields and unknown
// fields are reported with their path instead of being silently defaulted.

#include "core/fielderror.h"

#include <optional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace facturos {

enum class JsonParseError {
    None,
    Empty,
    InvalidUtf8,
    Syntax,
    NotAnObject,
    TooDeep, // nesting deeper than kMaxJsonDepth
};

inline constexpr int kMaxJsonDepth = 32;

// Parses a whole request or response body that must be one JSON object.
[[nodiscard]] std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, JsonParseError *error = nullptr);
[[nodiscard]] QByteArray toCompactJson(const QJsonObject &object);
// The wire form of an optional string: JSON null when empty.
[[nodiscard]] QJsonValue nullIfEmpty(const QString &text);

enum class Presence { Required, Optional };

// Reads fields of one object, appending a FieldError for each problem. Getters return a neutral value
// (empty string, false, 0) when the field is missing or wrong, so callers check `errors` once at the end.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, FieldErrors *errors);

    QString string(const QString &key, Presence presence = Presence::Required);
    // Absent or null → std::nullopt; a non-string → error.
    std::optional<QString> nullableString(const QString &key, Presence presence = Presence::Optional);
    bool boolean(const QString &key, Presence presence = Presence::Required);
    qint64 integer(const QString &key, Presence presence = Presence::Required);
    QDateTime time(const QString &key, Presence presence = Presence::Required);
    // Absent or null → std::nullopt; a non-object → error.
    std::optional<QJsonObject> object(const QString &key, Presence presence = Presence::Required);
    QJsonArray array(const QString &key, Presence presence = Presence::Required);
    // A required object for which null is a type error (object() treats null as absent).
    std::optional<QJsonObject> nonNullObject(const QString &key);

    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }
    [[nodiscard]] QString childPath(const QString &key) const;
    // Reports every key that no getter asked for as ErrorCode::UnknownField.
    void rejectUnknown();
    void addError(const QString &key, const QString &code, const QString &message);

private:
    const QJsonValue *lookup(const QString &key, Presence presence, QJsonValue &storage);

    QJsonObject m_object;
    QString m_path;
    FieldErrors *m_errors;
    QSet<QString> m_read;
};

} // namespace facturos
