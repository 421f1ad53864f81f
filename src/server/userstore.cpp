#include "server/userstore.h"

#include "core/json.h"
#include "server/database.h"

#include <QSqlError>
#include <QUuid>

namespace facturos::server {

namespace {

template <typename Choices, typename Decode> Choices decodeChoices(const QVariant &stored, Decode decode)
{
    FieldErrors errors;
    if (auto object = parseJsonObject(stored.toByteArray())) {
        if (auto choices = decode(*object, &errors))
            return *choices;
    }
    return Choices{};
}

} // namespace

UserStore::UserStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

std::optional<QString> UserStore::createUser(const Profile &profile, const QByteArray &passwordHash,
                                             const QDateTime &createdAt, const QString &id)
{
    const QString userId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    bool ok = false;
    m_db.exec(QStringLiteral("INSERT INTO users (id, email, username, password_hash, created_at, profile, "
                             "communications, privacy) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {userId, profile.email, profile.username, QString::fromLatin1(passwordHash), createdAt.toSecsSinceEpoch(),
               QString::fromUtf8(toCompactJson(toJson(profile))),
               QString::fromUtf8(toCompactJson(toJson(CommunicationChoices{}))),
               QString::fromUtf8(toCompactJson(toJson(PrivacyChoices{})))},
              &ok);
    return ok ? std::optional<QString>(userId) : std::nullopt;
}

static std::optional<UserRecord> readUser(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    UserRecord user;
    user.id = q.value(0).toString();
    user.email = q.value(1).toString();
    user.username = q.value(2).toString();
    user.passwordHash = q.value(3).toByteArray();
    user.createdAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    user.status = q.value(5).toString();
    user.statementAck = q.value(6).toString();
    return user;
}

std::optional<UserRecord> UserStore::findByEmail(const QString &email)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, email, username, password_hash, created_at, status, "
                                           "statement_ack FROM users WHERE email = ?"),
                            {email.trimmed()});
    return readUser(q);
}

std::optional<UserRecord> UserStore::findById(const QString &id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, email, username, password_hash, created_at, status, "
                                           "statement_ack FROM users WHERE id = ?"),
                            {id});
    return readUser(q);
}

std::optional<UserRecord> UserStore::findByUsername(const QString &username)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, email, username, password_hash, created_at, status, "
                                           "statement_ack FROM users WHERE username = ?"),
                            {username.trimmed()});
    return readUser(q);
}

QByteArray UserStore::profileJson(const QString &userId)
{
    // Read on every GET of the profile: row() reuses the prepared statement.
    return m_db.row(QStringLiteral("SELECT profile FROM users WHERE id = ?"), {userId}).value(0).toByteArray();
}

std::optional<Profile> UserStore::profile(const QString &userId)
{
    FieldErrors errors;
    if (auto object = parseJsonObject(profileJson(userId)))
        return profileFromJson(*object, &errors);
    return std::nullopt;
}

bool UserStore::setProfile(const QString &userId, const Profile &profile)
{
    bool ok = false;
    m_db.exec(QStringLiteral("UPDATE users SET profile = ?, email = ?, username = ? WHERE id = ?"),
              {QString::fromUtf8(toCompactJson(toJson(profile))), profile.email, profile.username, userId}, &ok);
    return ok;
}

CommunicationChoices UserStore::communications(const QString &userId)
{
    return decodeChoices<CommunicationChoices>(
        m_db.scalar(QStringLiteral("SELECT communications FROM users WHERE id = ?"), {userId}),
        communicationChoicesFromJson);
}

PrivacyChoices UserStore::privacy(const QString &userId)
{
    return decodeChoices<PrivacyChoices>(
        m_db.scalar(QStringLiteral("SELECT privacy FROM users WHERE id = ?"), {userId}), privacyChoicesFromJson);
}

void UserStore::setCommunications(const QString &userId, const CommunicationChoices &choices, const QString &source,
                                  const QString &statementVersion)
{
    setChoices(userId, QStringLiteral("communications"), toJson(choices),
               changedPurposes(communications(userId).purposes(), choices.purposes()), source, statementVersion);
}

void UserStore::setPrivacy(const QString &userId, const PrivacyChoices &choices, const QString &source,
                           const QString &statementVersion)
{
    setChoices(userId, QStringLiteral("privacy"), toJson(choices),
               changedPurposes(privacy(userId).purposes(), choices.purposes()), source, statementVersion);
}

void UserStore::setChoices(const QString &userId, const QString &column, const QJsonObject &choices,
                           const QList<PurposeChoice> &changed, const QString &source, const QString &statementVersion)
{
    const QDateTime now = m_clock.now();
    m_db.transaction();
    m_db.exec(QStringLiteral("UPDATE users SET %1 = ? WHERE id = ?").arg(column),
              {QString::fromUtf8(toCompactJson(choices)), userId});
    for (const PurposeChoice &choice : changed)
        appendConsent(userId, choice, source, statementVersion, now);
    m_db.commit();
}

void UserStore::appendConsent(const QString &userId, const PurposeChoice &choice, const QString &source,
                              const QString &statementVersion, const QDateTime &time)
{
    m_db.exec(QStringLiteral("INSERT INTO consents (user_id, time, purpose, granted, source, statement_version) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {userId, time.toSecsSinceEpoch(), choice.purpose, choice.granted ? 1 : 0, source, statementVersion});
}

bool UserStore::consents(const QString &userId, int limit, const QString &cursor, Page<ConsentRecord> *page)
{
    qint64 before = std::numeric_limits<qint64>::max();
    if (!cursor.isEmpty()) {
        bool ok = false;
        before = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
        if (!ok || before <= 0)
            return false;
    }
    // One extra row tells whether a next page exists without a COUNT.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, time, purpose, granted, source, statement_version FROM consents "
                                           "WHERE user_id = ? AND id < ? ORDER BY id DESC LIMIT ?"),
                            {userId, before, limit + 1});
    page->items.clear();
    page->next.clear();
    while (q.next()) {
        if (page->items.size() == limit) {
            const QByteArray lastId = page->items.last().id.toLatin1();
            page->next =
                QString::fromLatin1(lastId.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            break;
        }
        ConsentRecord record;
        record.id = q.value(0).toString();
        record.time = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        record.purpose = q.value(2).toString();
        record.granted = q.value(3).toInt() != 0;
        record.source = q.value(4).toString();
        record.statementVersion = q.value(5).toString();
        page->items.append(record);
    }
    return true;
}

void UserStore::setStatementAck(const QString &userId, const QString &version)
{
    m_db.exec(QStringLiteral("UPDATE users SET statement_ack = ? WHERE id = ?"), {version, userId});
}

Account UserStore::account(const QString &userId, const QString &currentStatementVersion)
{
    Account account;
    const auto user = findById(userId);
    const auto prof = profile(userId);
    if (!user || !prof)
        return account;
    account.id = user->id;
    account.username = prof->username;
    account.email = prof->email;
    account.pendingEmail = prof->pendingEmail;
    account.displayName = QStringList{prof->firstName, prof->lastName}.join(QLatin1Char(' ')).trimmed();
    account.status = user->status;
    account.memberSince = user->createdAt;
    const QVariantList closure = m_db.row(
        QStringLiteral("SELECT requested_at, scheduled_for, stop_marketing FROM closures WHERE user_id = ?"), {userId});
    if (!closure.isEmpty())
        account.closure = ClosureState{QDateTime::fromSecsSinceEpoch(closure.at(0).toLongLong(), Qt::UTC),
                                       QDateTime::fromSecsSinceEpoch(closure.at(1).toLongLong(), Qt::UTC),
                                       closure.at(2).toInt() != 0};
    account.acknowledgedStatementVersion = user->statementAck;
    account.currentStatementVersion = currentStatementVersion;
    return account;
}

} // namespace facturos::server
