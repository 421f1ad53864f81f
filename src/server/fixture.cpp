#include "server/fixture.h"

#include "core/json.h"
#include "core/validation.h"
#include "server/accountfixture.h"
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

// What a snapshot document changes in how its users load.
struct SnapshotSeed
{
    bool snapshot = false;
    QString supportPassword;
    QStringList *supportEmails = nullptr;
};

// Nothing in a snapshot can unlock a real mailbox: the loader stores this instead of a secret.
const QByteArray kPlaceholderSecret = QByteArrayLiteral("support-snapshot-placeholder");

bool loadUser(ServerContext &ctx, const QJsonObject &object, const QString &path, const SnapshotSeed &seed,
              FieldErrors *errors)
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
    const AccountFixture account(reader, errors);
    const SecurityFixture security(reader, errors);
    const QJsonArray mailboxes = reader.array(QStringLiteral("mailboxes"), Presence::Optional);
    reader.rejectUnknown();
    const bool supportSignIn = seed.snapshot && !password && !passwordHash;
    if (!password && !passwordHash && !seed.snapshot)
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
    if (!errors->isEmpty() || !profile)
        return false;

    const QByteArray hash = supportSignIn  ? crypto::hashPassword(seed.supportPassword)
                            : passwordHash ? passwordHash->toLatin1()
                                           : crypto::hashPassword(*password);
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
    if (!account.store(ctx, id, errors) || !security.store(ctx, id, errors))
        return false;
    if (!loadMailboxFixture(ctx, id, mailboxes, reader.childPath(QStringLiteral("mailboxes")), errors,
                            seed.snapshot ? kPlaceholderSecret : QByteArray()))
        return false;
    if (supportSignIn && seed.supportEmails)
        seed.supportEmails->append(profile->email);
    return true;
}

} // namespace

void checkGeneratedCount(JsonReader &spec, qint64 count)
{
    if (count < 1 || count > kMaxGenerated)
        spec.addError(QStringLiteral("count"), ErrorCode::InvalidFormat,
                      QStringLiteral("Expected 1 to %1.").arg(kMaxGenerated));
}

bool loadFixture(ServerContext &ctx, const QString &path, QString *error, const QString &supportPassword,
                 FixtureSignIn *signIn)
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
    // What the app saw, for the people reading the snapshot: its presence is all the loader needs.
    const bool snapshot = reader.object(QStringLiteral("snapshot"), Presence::Optional).has_value();
    reader.rejectUnknown();
    if (errors.isEmpty() && version != 1)
        errors.append({QStringLiteral("version"), ErrorCode::InvalidFormat, QStringLiteral("only version 1 is known")});
    if (errors.isEmpty() && snapshot && supportPassword.isEmpty())
        errors.append({QStringLiteral("snapshot"), ErrorCode::Required, QStringLiteral("no support password given")});
    if (!errors.isEmpty()) {
        *error = QStringLiteral("invalid fixture %1: %2").arg(path, describe(errors));
        return false;
    }
    FixtureSignIn result;
    result.snapshot = snapshot;
    const SnapshotSeed seed{snapshot, supportPassword, &result.supportEmails};
    ctx.db.transaction();
    for (int i = 0; i < users.size(); ++i) {
        if (!loadUser(ctx, users.at(i).toObject(), QStringLiteral("users[%1]").arg(i), seed, &errors)) {
            ctx.db.rollback();
            *error = QStringLiteral("invalid fixture %1: %2").arg(path, describe(errors));
            return false;
        }
    }
    ctx.db.commit();
    if (signIn)
        *signIn = result;
    return true;
}

} // namespace facturos::server
