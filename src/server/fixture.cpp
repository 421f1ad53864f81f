#include "server/fixture.h"

#include "core/json.h"
#include "core/validation.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/mailboxfixture.h"
#include "server/securityfixture.h"
#include "server/servercontext.h"
#include "server/userstore.h"

#include <QFile>

namespace facturos::server {

namespace {

QString describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(QStringLiteral("%1: %2 (%3)").arg(e.field, e.message, e.code));
    return lines.join(QStringLiteral("; "));
}

bool loadUser(ServerContext &ctx, const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    JsonReader reader(object, path, errors);
    const QString id = reader.string(QStringLiteral("id"));
    const auto password = reader.nullableString(QStringLiteral("password"));
    const auto passwordHash = reader.nullableString(QStringLiteral("passwordHash"));
    const QDateTime createdAt = reader.time(QStringLiteral("createdAt"));
    const auto profileObject = reader.object(QStringLiteral("profile"));
    const auto communicationsObject = reader.object(QStringLiteral("communications"), Presence::Optional);
    const auto privacyObject = reader.object(QStringLiteral("privacy"), Presence::Optional);
    const auto statementAck = reader.nullableString(QStringLiteral("statementAck"));
    const QJsonArray consents = reader.array(QStringLiteral("consents"), Presence::Optional);
    const SecurityFixture security(reader, errors);
    const QJsonArray mailboxes = reader.array(QStringLiteral("mailboxes"), Presence::Optional);
    reader.rejectUnknown();
    if (!password && !passwordHash)
        reader.addError(QStringLiteral("password"), ErrorCode::Required, QStringLiteral("password or passwordHash"));

    FieldErrors profileErrors;
    std::optional<Profile> profile;
    if (profileObject) {
        profile = profileFromJson(*profileObject, &profileErrors);
        if (profile)
            profileErrors += validation::validate(validation::normalized(*profile));
    }
    for (FieldError e : profileErrors) {
        e.field = reader.childPath(QStringLiteral("profile")) + QLatin1Char('.') + e.field;
        errors->append(e);
    }
    std::optional<CommunicationChoices> communications;
    if (communicationsObject)
        communications = communicationChoicesFromJson(*communicationsObject, errors);
    std::optional<PrivacyChoices> privacy;
    if (privacyObject)
        privacy = privacyChoicesFromJson(*privacyObject, errors);
    QList<ConsentRecord> records;
    for (int i = 0; i < consents.size(); ++i) {
        const QString itemPath = reader.childPath(QStringLiteral("consents")) + QStringLiteral("[%1]").arg(i);
        QJsonObject item = consents.at(i).toObject();
        item.insert(QStringLiteral("id"), QString::number(i)); // ids are the server's to assign
        if (auto record = consentRecordFromJson(item, itemPath, errors))
            records.append(*record);
    }
    if (!errors->isEmpty() || !profile)
        return false;

    const QByteArray hash = passwordHash ? passwordHash->toLatin1() : crypto::hashPassword(*password);
    const auto userId = ctx.users.createUser(validation::normalized(*profile), hash, createdAt, id);
    if (!userId) {
        errors->append({path, ErrorCode::Taken, QStringLiteral("duplicate user id, e-mail or username")});
        return false;
    }
    // Fixture choices and their history are set directly: the history is given, not derived.
    if (communications)
        ctx.db.exec(QStringLiteral("UPDATE users SET communications = ? WHERE id = ?"),
                    {QString::fromUtf8(toCompactJson(toJson(*communications))), id});
    if (privacy)
        ctx.db.exec(QStringLiteral("UPDATE users SET privacy = ? WHERE id = ?"),
                    {QString::fromUtf8(toCompactJson(toJson(*privacy))), id});
    if (statementAck)
        ctx.users.setStatementAck(id, *statementAck);
    for (const ConsentRecord &r : records)
        ctx.users.appendConsent(id, {r.purpose, r.granted}, r.source, r.statementVersion, r.time);
    if (!security.store(ctx, id, errors))
        return false;
    if (!loadMailboxFixture(ctx, id, mailboxes, reader.childPath(QStringLiteral("mailboxes")), errors))
        return false;
    return true;
}

} // namespace

bool loadFixture(ServerContext &ctx, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the fixture %1: %2").arg(path, file.errorString());
        return false;
    }
    JsonParseError parseError = JsonParseError::None;
    const auto root = parseJsonObject(file.readAll(), &parseError);
    if (!root) {
        *error = QStringLiteral("the fixture %1 is not a JSON object").arg(path);
        return false;
    }
    FieldErrors errors;
    JsonReader reader(*root, QString(), &errors);
    const qint64 version = reader.integer(QStringLiteral("version"));
    const QJsonArray users = reader.array(QStringLiteral("users"));
    reader.rejectUnknown();
    if (errors.isEmpty() && version != 1)
        errors.append({QStringLiteral("version"), ErrorCode::InvalidFormat, QStringLiteral("only version 1 is known")});
    if (!errors.isEmpty()) {
        *error = QStringLiteral("invalid fixture %1: %2").arg(path, describe(errors));
        return false;
    }
    ctx.db.transaction();
    for (int i = 0; i < users.size(); ++i) {
        if (!loadUser(ctx, users.at(i).toObject(), QStringLiteral("users[%1]").arg(i), &errors)) {
            ctx.db.rollback();
            *error = QStringLiteral("invalid fixture %1: %2").arg(path, describe(errors));
            return false;
        }
    }
    ctx.db.commit();
    return true;
}

} // namespace facturos::server
