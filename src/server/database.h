#pragma once
// The server's SQLite database: opens a file or ":memory:", creates and migrates the schema by version
// (PRAGMA user_version), and runs statements with bound values. All access happens on the server thread.

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

    // Prepares (cached per SQL text), binds positionally and executes. Check `ok` or query.lastError().
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}, bool *ok = nullptr);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    bool transaction();
    bool commit();
    void rollback();

    [[nodiscard]] QSqlDatabase connection() const { return m_db; }

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace facturos::server
