#include "server/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDb, "facturos.server.db", QtInfoMsg)

namespace facturos::server {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a shipped step: append a new one.
const char *const kMigrations[] = {
    // 1: users, SSO, profile and preferences, consent history, e-mail verification.
    R"sql(
    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        profile TEXT NOT NULL,
        communications TEXT NOT NULL,
        privacy TEXT NOT NULL,
        statement_ack TEXT
    );
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        auth_time INTEGER NOT NULL,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        revoked_at INTEGER
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE refresh_tokens (
        hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
    );
    CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id);
    CREATE TABLE access_tokens (
        hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL
    );
    CREATE INDEX access_tokens_session ON access_tokens(session_id);
    CREATE TABLE auth_codes (
        hash TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        challenge TEXT NOT NULL,
        user_id TEXT NOT NULL,
        auth_time INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        session_id TEXT,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        time INTEGER NOT NULL,
        purpose TEXT NOT NULL,
        granted INTEGER NOT NULL,
        source TEXT NOT NULL,
        statement_version TEXT NOT NULL
    );
    CREATE INDEX consents_user ON consents(user_id, id);
    CREATE TABLE email_verifications (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        new_email TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        recipient TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    )sql",
    // 2: security and usage data, mailboxes, data rights and account closure.
    R"sql(
    CREATE TABLE activity (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        time INTEGER NOT NULL,
        kind TEXT NOT NULL,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX activity_user_time ON activity(user_id, time DESC, id DESC);
    CREATE TABLE delegates (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        role TEXT NOT NULL,
        scope TEXT NOT NULL,
        granted_at INTEGER NOT NULL,
        last_access INTEGER,
        revoked_at INTEGER
    );
    CREATE INDEX delegates_user ON delegates(user_id);
    CREATE TABLE support_chats (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        topic TEXT NOT NULL,
        transcript TEXT NOT NULL
    );
    CREATE INDEX support_chats_user ON support_chats(user_id);
    CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        answered_at INTEGER NOT NULL,
        survey TEXT NOT NULL,
        answer TEXT NOT NULL
    );
    CREATE INDEX survey_answers_user ON survey_answers(user_id);
    CREATE TABLE location_points (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        time INTEGER NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        accuracy_m INTEGER NOT NULL
    );
    CREATE INDEX location_points_user ON location_points(user_id);
    CREATE TABLE mailboxes (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        address TEXT NOT NULL,
        connected_at INTEGER NOT NULL,
        last_used INTEGER,
        status TEXT NOT NULL,
        status_reason TEXT NOT NULL DEFAULT '',
        scopes TEXT NOT NULL DEFAULT '',
        host TEXT NOT NULL DEFAULT '',
        port INTEGER NOT NULL DEFAULT 0,
        security TEXT NOT NULL DEFAULT '',
        username TEXT NOT NULL DEFAULT '',
        secret BLOB,
        nonce BLOB,
        key_version INTEGER
    );
    CREATE INDEX mailboxes_user ON mailboxes(user_id);
    CREATE TABLE provider_revocations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        mailbox_id TEXT NOT NULL,
        secret BLOB NOT NULL,
        nonce BLOB NOT NULL,
        key_version INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER NOT NULL,
        last_error TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE mailbox_authorizations (
        state_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_verifier TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
    );
    CREATE TABLE idempotency_keys (
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        route TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        state TEXT NOT NULL,
        response_status INTEGER,
        response_body BLOB,
        response_headers TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, key)
    );
    CREATE TABLE closures (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        requested_at INTEGER NOT NULL,
        scheduled_for INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        stop_marketing INTEGER NOT NULL
    );
    CREATE TABLE legal_records (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        reference TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
        retain_until TEXT NOT NULL,
        party_ref TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX legal_records_user ON legal_records(user_id);
    )sql",
};

} // namespace

Database::Database() : m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Database::~Database()
{
    m_statements.clear(); // before the connection goes: a live statement keeps it in use
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

bool Database::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000"}) {
        QSqlQuery q(m_db);
        q.exec(QString::fromLatin1(pragma));
    }
    return migrate(error);
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this server knows (%2); "
                                "use a newer server")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (int version = current; version < latestSchemaVersion(); ++version) {
        if (!m_db.transaction()) {
            *error = QStringLiteral("cannot start a migration: %1").arg(m_db.lastError().text());
            return false;
        }
        const QStringList statements = QString::fromUtf8(kMigrations[version]).split(QLatin1Char(';'));
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration to schema version %1 failed: %2")
                             .arg(version + 1)
                             .arg(q.lastError().text());
                m_db.rollback();
                return false;
            }
        }
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!m_db.commit()) {
            *error = QStringLiteral("cannot commit schema version %1").arg(version + 1);
            return false;
        }
        qCInfo(lcDb) << "database migrated to schema version" << version + 1;
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool success = query.prepare(sql);
    if (success) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        success = query.exec();
    }
    if (!success)
        qCWarning(lcDb) << "statement failed:" << query.lastError().text();
    if (ok)
        *ok = success;
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariantList Database::row(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcDb) << "statement failed:" << query.lastError().text();
            return {};
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    QVariantList result;
    if (!query.exec()) {
        qCWarning(lcDb) << "statement failed:" << query.lastError().text();
    } else if (query.next()) {
        const int columns = query.record().count();
        result.reserve(columns);
        for (int i = 0; i < columns; ++i)
            result.append(query.value(i));
    }
    query.finish();
    return result;
}

bool Database::transaction()
{
    return m_db.transaction();
}

bool Database::commit()
{
    return m_db.commit();
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace facturos::server
