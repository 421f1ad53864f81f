#include "core/account.h"

#include "core/clock.h"
#include "core/closure.h"
#include "core/json.h"

namespace facturos {

namespace {

// Qt::ISODate alone would also take "2020-01-14T…"; the contract is exactly YYYY-MM-DD.
bool isPlainDate(const QString &text)
{
    if (text.size() != 10)
        return false;
    for (int i = 0; i < 10; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool ok = (i == 4 || i == 7) ? c == u'-' : (c >= u'0' && c <= u'9');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QJsonObject toJson(const Account &account)
{
    QJsonValue closure;
    if (account.closure)
        closure = toJson(*account.closure);
    const QJsonObject statement{
        {QStringLiteral("acknowledgedVersion"), nullIfEmpty(account.acknowledgedStatementVersion)},
        {QStringLiteral("currentVersion"), account.currentStatementVersion},
        {QStringLiteral("updatedSinceAck"), account.statementUpdatedSinceAck()},
    };
    return {
        {QStringLiteral("id"), account.id},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("pendingEmail"), nullIfEmpty(account.pendingEmail)},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("status"), account.status},
        {QStringLiteral("memberSince"), formatTime(account.memberSince)},
        {QStringLiteral("closure"), closure},
        {QStringLiteral("privacyStatement"), statement},
    };
}

std::optional<Account> accountFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    Account account;
    account.id = reader.string(QStringLiteral("id"));
    account.username = reader.string(QStringLiteral("username"));
    account.email = reader.string(QStringLiteral("email"));
    account.pendingEmail =
        reader.nullableString(QStringLiteral("pendingEmail"), Presence::Required).value_or(QString());
    account.displayName = reader.string(QStringLiteral("displayName"));
    account.status = reader.string(QStringLiteral("status"));
    account.memberSince = reader.time(QStringLiteral("memberSince"));

    const QString closureKey = QStringLiteral("closure");
    if (const auto c = reader.object(closureKey))
        account.closure = closureStateFromJson(*c, reader.childPath(closureKey), &local);

    const QString statementKey = QStringLiteral("privacyStatement");
    if (const auto s = reader.nonNullObject(statementKey)) {
        JsonReader statementReader(*s, reader.childPath(statementKey), &local);
        account.acknowledgedStatementVersion =
            statementReader.nullableString(QStringLiteral("acknowledgedVersion"), Presence::Required)
                .value_or(QString());
        account.currentStatementVersion = statementReader.string(QStringLiteral("currentVersion"));
        // Derived from the two versions; read so it is not "unknown", but the versions are the truth.
        (void)statementReader.boolean(QStringLiteral("updatedSinceAck"));
        statementReader.rejectUnknown();
    }
    reader.rejectUnknown();

    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return account;
}

QJsonObject toJson(const PrivacyStatement &statement)
{
    return {
        {QStringLiteral("version"), statement.version},
        {QStringLiteral("publishedOn"), statement.publishedOn.toString(Qt::ISODate)},
        {QStringLiteral("url"), statement.url},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("en"), statement.summary}, {QStringLiteral("fr"), statement.summaryFr}}},
    };
}

std::optional<PrivacyStatement> privacyStatementFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    PrivacyStatement statement;
    statement.version = reader.string(QStringLiteral("version"));

    const QString publishedKey = QStringLiteral("publishedOn");
    const bool publishedIsString = object.value(publishedKey).isString();
    const QString published = reader.string(publishedKey);
    if (publishedIsString) {
        statement.publishedOn = isPlainDate(published) ? QDate::fromString(published, Qt::ISODate) : QDate();
        if (!statement.publishedOn.isValid())
            reader.addError(publishedKey, ErrorCode::InvalidFormat, QStringLiteral("Expected a YYYY-MM-DD date."));
    }
    statement.url = reader.string(QStringLiteral("url"));

    const QString summaryKey = QStringLiteral("summary");
    if (const auto s = reader.nonNullObject(summaryKey)) {
        JsonReader summaryReader(*s, reader.childPath(summaryKey), &local);
        statement.summary = summaryReader.string(QStringLiteral("en"));
        statement.summaryFr = summaryReader.string(QStringLiteral("fr"));
        summaryReader.rejectUnknown();
    }
    reader.rejectUnknown();

    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return statement;
}

} // namespace facturos
