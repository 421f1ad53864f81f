#include "core/json.h"

#include "core/clock.h"

#include <cmath>
#include <QJsonDocument>
#include <QJsonParseError>

namespace facturos {

namespace {

// Qt's decoder replaces bad sequences with U+FFFD instead of failing, which would let a client smuggle
// garbage past validation; so the raw bytes are checked against RFC 3629 first (no overlong forms, no
// UTF-16 surrogates, nothing above U+10FFFF, no truncated sequences).
bool isStrictUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c == 0xE0) {
            extra = 2;
            lo = 0xA0; // below is an overlong encoding
        } else if (c >= 0xE1 && c <= 0xEC) {
            extra = 2;
        } else if (c == 0xED) {
            extra = 2;
            hi = 0x9F; // above are UTF-16 surrogates
        } else if (c >= 0xEE && c <= 0xEF) {
            extra = 2;
        } else if (c == 0xF0) {
            extra = 3;
            lo = 0x90; // below is an overlong encoding
        } else if (c >= 0xF1 && c <= 0xF3) {
            extra = 3;
        } else if (c == 0xF4) {
            extra = 3;
            hi = 0x8F; // above is beyond U+10FFFF
        } else {
            return false; // continuation byte without a lead, C0/C1 overlong leads, F5..FF
        }
        if (i + extra >= n)
            return false; // truncated sequence
        if (p[i + 1] < lo || p[i + 1] > hi)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

// One linear pass over the raw bytes before QJsonDocument (which recurses) sees them: a hostile body of
// 100,000 '[' is refused without building anything. It also refuses raw control characters inside strings,
// which RFC 8259 forbids but Qt's parser lets through.
JsonParseError prescan(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (static_cast<unsigned char>(c) < 0x20)
                return JsonParseError::Syntax;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return JsonParseError::TooDeep;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return JsonParseError::None;
}

QString describe(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, JsonParseError *error)
{
    auto fail = [error](JsonParseError e) -> std::optional<QJsonObject> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return fail(JsonParseError::Empty);
    if (!isStrictUtf8(bytes))
        return fail(JsonParseError::InvalidUtf8);
    if (const JsonParseError e = prescan(bytes, kMaxJsonDepth); e != JsonParseError::None)
        return fail(e);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses a scalar at the top level as a syntax error; tell "valid JSON, wrong shape" apart.
        QJsonParseError wrappedError;
        (void)QJsonDocument::fromJson('[' + bytes + ']', &wrappedError);
        return fail(wrappedError.error == QJsonParseError::NoError ? JsonParseError::NotAnObject
                                                                   : JsonParseError::Syntax);
    }
    if (!document.isObject())
        return fail(JsonParseError::NotAnObject);
    if (error)
        *error = JsonParseError::None;
    return document.object();
}

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

JsonReader::JsonReader(const QJsonObject &object, QString path, FieldErrors *errors)
    : m_object(object), m_path(std::move(path)), m_errors(errors)
{}

QString JsonReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::addError(const QString &key, const QString &code, const QString &message)
{
    if (m_errors)
        m_errors->append({childPath(key), code, message});
}

const QJsonValue *JsonReader::lookup(const QString &key, Presence presence, QJsonValue &storage)
{
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            addError(key, ErrorCode::Required, QStringLiteral("This field is required."));
        return nullptr;
    }
    storage = it.value();
    return &storage;
}

QString JsonReader::string(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value)
        return {};
    if (!value->isString()) {
        addError(key, ErrorCode::Type, QStringLiteral("Expected a string, got %1.").arg(describe(value->type())));
        return {};
    }
    return value->toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value || value->isNull())
        return std::nullopt;
    if (!value->isString()) {
        addError(key, ErrorCode::Type,
                 QStringLiteral("Expected a string or null, got %1.").arg(describe(value->type())));
        return std::nullopt;
    }
    return value->toString();
}

bool JsonReader::boolean(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value)
        return false;
    if (!value->isBool()) {
        addError(key, ErrorCode::Type, QStringLiteral("Expected a boolean, got %1.").arg(describe(value->type())));
        return false;
    }
    return value->toBool();
}

qint64 JsonReader::integer(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value)
        return 0;
    // JSON numbers arrive as doubles; only whole numbers that a double holds exactly are integers.
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    const double d = value->toDouble();
    if (!value->isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExact) {
        addError(key, ErrorCode::Type, QStringLiteral("Expected an integer, got %1.").arg(describe(value->type())));
        return 0;
    }
    return static_cast<qint64>(d);
}

QDateTime JsonReader::time(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value)
        return {};
    if (!value->isString()) {
        addError(key, ErrorCode::Type,
                 QStringLiteral("Expected an RFC 3339 time string, got %1.").arg(describe(value->type())));
        return {};
    }
    const QDateTime parsed = parseTime(value->toString());
    if (!parsed.isValid())
        addError(key, ErrorCode::InvalidFormat, QStringLiteral("Expected an RFC 3339 time."));
    return parsed;
}

std::optional<QJsonObject> JsonReader::object(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value || value->isNull())
        return std::nullopt;
    if (!value->isObject()) {
        addError(key, ErrorCode::Type, QStringLiteral("Expected an object, got %1.").arg(describe(value->type())));
        return std::nullopt;
    }
    return value->toObject();
}

QJsonArray JsonReader::array(const QString &key, Presence presence)
{
    QJsonValue storage;
    const QJsonValue *value = lookup(key, presence, storage);
    if (!value)
        return {};
    if (!value->isArray()) {
        addError(key, ErrorCode::Type, QStringLiteral("Expected an array, got %1.").arg(describe(value->type())));
        return {};
    }
    return value->toArray();
}

std::optional<QJsonObject> JsonReader::nonNullObject(const QString &key)
{
    if (m_object.value(key).isNull()) {
        m_read.insert(key);
        addError(key, ErrorCode::Type, QStringLiteral("Expected an object, got null."));
        return std::nullopt;
    }
    return object(key, Presence::Required);
}

void JsonReader::rejectUnknown()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            addError(it.key(), ErrorCode::UnknownField, QStringLiteral("This field is not known."));
    }
}

} // namespace facturos
