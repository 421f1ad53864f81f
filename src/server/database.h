#pragma once
// The server's SQLite database: opens a file or ":memory:", creates and migrates the schema by version
// (PRAGMA user_version), and runs statements with bound values. All access happens on the server thread.

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace facturos::server {

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates; on failure `error` says why in words fit for the operator's terminal.
    [[nodiscard]] bool open(const QString &path, QString *error);
    [[nodiscard]] int schemaVersion() const;
    static int latestSchemaVersion();

    // Prepares, binds positionally and executes. Check `ok` or query.lastError().
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}, bool *ok = nullptr);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // The values of the first row, or empty. For the reads every request makes: the statement is prepared
    // once and reset before returning, so reuse is safe and no read stays open between requests.
    QVariantList row(const QString &sql, const QVariantList &values = {});

    bool transaction();
    bool commit();
    void rollback();

    [[nodiscard]] QSqlDatabase connection() const { return m_db; }

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements; // row()'s prepared statements, by SQL text
};

} // namespace facturos::server
