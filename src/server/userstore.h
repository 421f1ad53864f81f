#pragma once
// Users and everything stored on their row: credentials, profile, marketing and privacy choices, and the
// consent history those choices append to. One user's data is only ever reached through their id.

#include "core/account.h"
#include "core/clock.h"
#include "core/consentrecord.h"
#include "core/page.h"
#include "core/preferences.h"
#include "core/profile.h"

#include <optional>

namespace facturos::server {

class Database;

struct UserRecord
{
    QString id;
    QString email;
    QString username;
    QByteArray passwordHash;
    QDateTime createdAt;
    QString status; // "active" | "closure_scheduled"
    QString statementAck;
};

class UserStore
{
public:
    UserStore(Database &db, const Clock &clock);

    // Creates a user with default choices (marketing off); the password hash is computed by the caller.
    [[nodiscard]] std::optional<QString> createUser(const Profile &profile, const QByteArray &passwordHash,
                                                    const QDateTime &createdAt, const QString &id = {});
    [[nodiscard]] std::optional<UserRecord> findByEmail(const QString &email);
    [[nodiscard]] std::optional<UserRecord> findById(const QString &id);
    // Case-insensitive, as the uniqueness rule of the column.
    [[nodiscard]] std::optional<UserRecord> findByUsername(const QString &username);

    // The stored compact JSON of the profile (what GET returns and the ETag covers).
    [[nodiscard]] QByteArray profileJson(const QString &userId);
    [[nodiscard]] std::optional<Profile> profile(const QString &userId);
    // Writes the profile; false when the username or e-mail is taken by another user.
    [[nodiscard]] bool setProfile(const QString &userId, const Profile &profile);

    [[nodiscard]] CommunicationChoices communications(const QString &userId);
    [[nodiscard]] PrivacyChoices privacy(const QString &userId);
    // Store the choices and append one consent record per changed purpose, in one transaction.
    void setCommunications(const QString &userId, const CommunicationChoices &choices, const QString &source,
                           const QString &statementVersion);
    void setPrivacy(const QString &userId, const PrivacyChoices &choices, const QString &source,
                    const QString &statementVersion);
    void appendConsent(const QString &userId, const PurposeChoice &choice, const QString &source,
                       const QString &statementVersion, const QDateTime &time);
    // Newest first. `cursor` is the opaque `next` of the previous page; false when the cursor is invalid.
    [[nodiscard]] bool consents(const QString &userId, int limit, const QString &cursor, Page<ConsentRecord> *page);

    void setStatementAck(const QString &userId, const QString &version);
    [[nodiscard]] Account account(const QString &userId, const QString &currentStatementVersion);

private:
    // `column`: "communications" | "privacy" (never user input).
    void setChoices(const QString &userId, const QString &column, const QJsonObject &choices,
                    const QList<PurposeChoice> &changed, const QString &source, const QString &statementVersion);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace facturos::server
