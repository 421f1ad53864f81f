#include "core/mailbox.h"

#include "core/clock.h"
#include "core/json.h"
#include "core/validation.h"

#include <algorithm>
#include <QJsonArray>
#include <QRegularExpression>

namespace facturos {

namespace {

const QStringList kKinds{QStringLiteral("gmail"), QStringLiteral("imap")};
const QStringList kStatuses{QStringLiteral("ok"), QStringLiteral("needs_reconnection"),
                            QStringLiteral("revocation_pending")};
const QStringList kSecurities{QStringLiteral("tls"), QStringLiteral("starttls")};

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue();
}

bool isHostName(const QString &host)
{
    // RFC 1123 labels; an IP literal is accepted as well (IPv6 without brackets).
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?)*\\.?$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$"));
    return name.match(host).hasMatch() || ipv6.match(host).hasMatch();
}

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

std::optional<ImapSettings> imapFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, path, &local);
    ImapSettings s;
    s.host = reader.string(QStringLiteral("host"));
    s.port = int(reader.integer(QStringLiteral("port")));
    s.security = reader.string(QStringLiteral("security"));
    s.username = reader.string(QStringLiteral("username"));
    reader.rejectUnknown();
    if (local.isEmpty() && !kSecurities.contains(s.security))
        reader.addError(QStringLiteral("security"), ErrorCode::InvalidFormat, QStringLiteral("tls or starttls"));
    errors->append(local);
    return local.isEmpty() ? std::optional<ImapSettings>(s) : std::nullopt;
}

} // namespace

QJsonObject toJson(const Mailbox &m)
{
    QJsonValue imap;
    if (m.imap)
        imap = QJsonObject{{QStringLiteral("host"), m.imap->host},
                           {QStringLiteral("port"), m.imap->port},
                           {QStringLiteral("security"), m.imap->security},
                           {QStringLiteral("username"), m.imap->username}};
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("kind"), m.kind},
        {QStringLiteral("address"), m.address},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("statusReason"), nullIfEmpty(m.statusReason)},
        {QStringLiteral("connectedAt"), formatTime(m.connectedAt)},
        {QStringLiteral("lastUsedAt"), timeOrNull(m.lastUsedAt)},
        {QStringLiteral("scopes"),
         m.kind == QLatin1String("gmail") ? QJsonValue(QJsonArray::fromStringList(m.scopes)) : QJsonValue()},
        {QStringLiteral("imap"), imap},
    };
}

std::optional<Mailbox> mailboxFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    Mailbox m;
    m.id = reader.string(QStringLiteral("id"));
    m.kind = reader.string(QStringLiteral("kind"));
    m.address = reader.string(QStringLiteral("address"));
    m.status = reader.string(QStringLiteral("status"));
    m.statusReason = reader.nullableString(QStringLiteral("statusReason"), Presence::Required).value_or(QString());
    m.connectedAt = reader.time(QStringLiteral("connectedAt"));
    if (const auto lastUsed = reader.nullableString(QStringLiteral("lastUsedAt"), Presence::Required)) {
        m.lastUsedAt = parseTime(*lastUsed);
        if (!m.lastUsedAt.isValid())
            reader.addError(QStringLiteral("lastUsedAt"), ErrorCode::InvalidFormat, QStringLiteral("RFC 3339"));
    }
    const bool scopesNull = object.value(QStringLiteral("scopes")).isNull();
    const QJsonArray scopes = scopesNull ? QJsonArray() : reader.array(QStringLiteral("scopes"));
    if (scopesNull)
        (void)reader.nullableString(QStringLiteral("scopes"), Presence::Required); // marks it read; null is fine
    for (const QJsonValue &scope : scopes) {
        if (!scope.isString())
            reader.addError(QStringLiteral("scopes"), ErrorCode::Type, QStringLiteral("Expected strings."));
        m.scopes.append(scope.toString());
    }
    if (const auto imap = reader.object(QStringLiteral("imap"), Presence::Required))
        m.imap = imapFromJson(*imap, reader.childPath(QStringLiteral("imap")), &local);
    reader.rejectUnknown();
    if (local.isEmpty() && !kKinds.contains(m.kind))
        reader.addError(QStringLiteral("kind"), ErrorCode::InvalidFormat, QStringLiteral("gmail or imap"));
    if (local.isEmpty() && !kStatuses.contains(m.status))
        reader.addError(QStringLiteral("status"), ErrorCode::InvalidFormat, QStringLiteral("unknown status"));
    if (errors)
        errors->append(local);
    return local.isEmpty() ? std::optional<Mailbox>(m) : std::nullopt;
}

std::optional<ImapConnectRequest> imapConnectRequestFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    ImapConnectRequest r;
    r.address = reader.string(QStringLiteral("address")).trimmed();
    r.settings.host = reader.string(QStringLiteral("host")).trimmed();
    const qint64 port = reader.integer(QStringLiteral("port"));
    r.settings.security = reader.string(QStringLiteral("security"));
    r.settings.username = reader.string(QStringLiteral("username"));
    r.password = reader.string(QStringLiteral("password"));
    reader.rejectUnknown();
    const auto fail = [&reader](const QString &field, const QString &code, const QString &message) {
        reader.addError(field, code, message);
    };
    const auto isMissing = [&local](const QString &field) {
        return std::any_of(local.cbegin(), local.cend(), [&](const FieldError &e) { return e.field == field; });
    };
    if (!isMissing(QStringLiteral("address")) &&
        (r.address.size() > validation::kMaxEmailLength || !validation::isValidEmail(r.address)))
        fail(QStringLiteral("address"), ErrorCode::InvalidFormat, QStringLiteral("Not an e-mail address."));
    if (!isMissing(QStringLiteral("host")) &&
        (r.settings.host.size() > kMaxImapHostLength || !isHostName(r.settings.host)))
        fail(QStringLiteral("host"), ErrorCode::InvalidFormat, QStringLiteral("Not a host name or address."));
    if (!isMissing(QStringLiteral("port")) && (port < 1 || port > 65535))
        fail(QStringLiteral("port"), ErrorCode::InvalidFormat, QStringLiteral("1 to 65535."));
    r.settings.port = int(port);
    if (!isMissing(QStringLiteral("security")) && !kSecurities.contains(r.settings.security))
        fail(QStringLiteral("security"), ErrorCode::InvalidFormat, QStringLiteral("tls or starttls."));
    if (!isMissing(QStringLiteral("username"))) {
        if (r.settings.username.isEmpty())
            fail(QStringLiteral("username"), ErrorCode::Required, QStringLiteral("Empty."));
        else if (r.settings.username.size() > kMaxImapUsernameLength)
            fail(QStringLiteral("username"), ErrorCode::TooLong, QStringLiteral("At most 254 characters."));
        else if (hasLineBreakOrNul(r.settings.username))
            fail(QStringLiteral("username"), ErrorCode::InvalidCharacters, QStringLiteral("No CR, LF or NUL."));
    }
    if (!isMissing(QStringLiteral("password"))) {
        if (r.password.isEmpty())
            fail(QStringLiteral("password"), ErrorCode::Required, QStringLiteral("Empty."));
        else if (r.password.size() > kMaxImapPasswordLength)
            fail(QStringLiteral("password"), ErrorCode::TooLong, QStringLiteral("At most 1024 characters."));
        else if (hasLineBreakOrNul(r.password))
            fail(QStringLiteral("password"), ErrorCode::InvalidCharacters, QStringLiteral("No CR, LF or NUL."));
    }
    if (errors)
        errors->append(local);
    return local.isEmpty() ? std::optional<ImapConnectRequest>(r) : std::nullopt;
}

QJsonObject toJson(const ImapConnectRequest &r)
{
    return {{QStringLiteral("address"), r.address},
            {QStringLiteral("host"), r.settings.host},
            {QStringLiteral("port"), r.settings.port},
            {QStringLiteral("security"), r.settings.security},
            {QStringLiteral("username"), r.settings.username},
            {QStringLiteral("password"), r.password}};
}

QJsonObject toJson(const GmailConsent &consent)
{
    return {{QStringLiteral("consentUrl"), consent.consentUrl}, {QStringLiteral("scope"), consent.scope}};
}

std::optional<GmailConsent> gmailConsentFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    GmailConsent c;
    c.consentUrl = reader.string(QStringLiteral("consentUrl"));
    c.scope = reader.string(QStringLiteral("scope"));
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    return local.isEmpty() ? std::optional<GmailConsent>(c) : std::nullopt;
}

} // namespace facturos
