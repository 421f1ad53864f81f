#include "server/securitystore.h"

#include "server/approximateplace.h"
#include "server/database.h"
#include "server/useragent.h"

#include <QHash>

namespace facturos::server {

namespace {

constexpr int kMaxCursorId = 128;

QDateTime fromSecs(const QVariant &value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A page shows the same few agents over and over: parse each once per page.
class AgentCache
{
public:
    const UserAgentInfo &get(const QString &userAgent)
    {
        auto it = m_parsed.find(userAgent);
        if (it == m_parsed.end())
            it = m_parsed.insert(userAgent, parseUserAgent(userAgent));
        return it.value();
    }

private:
    QHash<QString, UserAgentInfo> m_parsed;
};

// Runs a keyset page query whose last two columns are (sort key, id) and whose bound values end with the
// limit; one extra row tells whether a next page exists without a COUNT.
template <typename T, typename Read> void fillPage(QSqlQuery &q, int limit, Page<T> *page, Read read)
{
    page->items.clear();
    page->next.clear();
    qint64 lastKey = 0;
    QString lastId;
    while (q.next()) {
        if (page->items.size() == limit) {
            page->next = SecurityStore::encodeCursor(lastKey, lastId);
            break;
        }
        page->items.append(read(q, &lastKey, &lastId));
    }
}

} // namespace

SecurityStore::SecurityStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString SecurityStore::encodeCursor(qint64 key, const QString &id)
{
    const QByteArray raw = QByteArray::number(key) + '.' + id.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SecurityStore::decodeCursor(const QString &cursor, qint64 *key, QString *id)
{
    if (cursor.size() > 256)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray raw = *decoded;
    const qsizetype dot = raw.indexOf('.');
    if (dot <= 0)
        return false;
    bool ok = false;
    *key = raw.left(dot).toLongLong(&ok);
    *id = QString::fromUtf8(raw.mid(dot + 1));
    for (const QChar c : *id) {
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            return false;
    }
    // Only the exact bytes we would have produced: no padding variants, no "+12", no stray characters.
    return ok && !id->isEmpty() && id->size() <= kMaxCursorId && encodeCursor(*key, *id) == cursor;
}

void SecurityStore::appendActivity(const QString &userId, const QString &kind, const QString &ip,
                                   const QString &userAgent, const QDateTime &time, const QString &location)
{
    const QDateTime when = time.isValid() ? time : m_clock.now();
    // The place is fixed when the event happens: a later change of the table must not rewrite history.
    const QString place = location.isEmpty() ? approximatePlace(ip) : location;
    m_db.exec(QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent, location) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {userId, when.toSecsSinceEpoch(), kind, ip.isNull() ? QStringLiteral("") : ip,
               userAgent.isNull() ? QStringLiteral("") : userAgent.left(512),
               place.isNull() ? QStringLiteral("") : place});
}

bool SecurityStore::activity(const QString &userId, int limit, const QString &cursor, Page<ActivityEvent> *page)
{
    qint64 beforeTime = std::numeric_limits<qint64>::max();
    qint64 beforeId = std::numeric_limits<qint64>::max();
    if (!cursor.isEmpty()) {
        QString id;
        bool ok = false;
        if (!decodeCursor(cursor, &beforeTime, &id))
            return false;
        beforeId = id.toLongLong(&ok);
        if (!ok || QString::number(beforeId) != id)
            return false;
    }
    // The row value walks the (user_id, time DESC, id DESC) index: a deep page costs what the first does.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, time, kind, ip, user_agent, location FROM activity "
                                           "WHERE user_id = ? AND (time, id) < (?, ?) "
                                           "ORDER BY time DESC, id DESC LIMIT ?"),
                            {userId, beforeTime, beforeId, limit + 1});
    AgentCache agents;
    fillPage(q, limit, page, [&](QSqlQuery &row, qint64 *key, QString *id) {
        ActivityEvent e;
        e.id = row.value(0).toString();
        e.time = fromSecs(row.value(1));
        e.kind = row.value(2).toString();
        e.ip = row.value(3).toString();
        const UserAgentInfo &agent = agents.get(row.value(4).toString());
        e.device = agent.device;
        e.browser = agent.browser;
        e.approximateLocation = row.value(5).toString();
        if (e.approximateLocation.isEmpty())
            e.approximateLocation = approximatePlace(e.ip);
        *key = row.value(1).toLongLong();
        *id = e.id;
        return e;
    });
    return true;
}

bool SecurityStore::sessions(const QString &userId, const QString &currentSessionId, int limit, const QString &cursor,
                             Page<Session> *page)
{
    QString sql = QStringLiteral("SELECT id, client_id, created_at, last_seen, ip, user_agent FROM sessions "
                                 "WHERE user_id = ? AND revoked_at IS NULL");
    QVariantList values{userId};
    if (!cursor.isEmpty()) {
        qint64 lastSeen = 0;
        QString id;
        if (!decodeCursor(cursor, &lastSeen, &id))
            return false;
        sql += QStringLiteral(" AND (last_seen, id) < (?, ?)");
        values << lastSeen << id;
    }
    sql += QStringLiteral(" ORDER BY last_seen DESC, id DESC LIMIT ?");
    values << limit + 1;
    QSqlQuery q = m_db.exec(sql, values);
    AgentCache agents;
    fillPage(q, limit, page, [&](QSqlQuery &row, qint64 *key, QString *id) {
        Session s;
        s.id = row.value(0).toString();
        s.current = s.id == currentSessionId;
        s.clientId = row.value(1).toString();
        s.createdAt = fromSecs(row.value(2));
        s.lastSeenAt = fromSecs(row.value(3));
        s.ip = row.value(4).toString();
        const UserAgentInfo &agent = agents.get(row.value(5).toString());
        s.device = agent.device;
        s.browser = agent.browser;
        s.approximateLocation = approximatePlace(s.ip);
        *key = row.value(3).toLongLong();
        *id = s.id;
        return s;
    });
    return true;
}

bool SecurityStore::hasActiveSession(const QString &userId, const QString &sessionId)
{
    return m_db.scalar(
                   QStringLiteral("SELECT COUNT(*) FROM sessions WHERE id = ? AND user_id = ? AND revoked_at IS NULL"),
                   {sessionId, userId})
               .toLongLong() == 1;
}

bool SecurityStore::delegates(const QString &userId, int limit, const QString &cursor, Page<Delegate> *page)
{
    QString sql = QStringLiteral("SELECT id, name, email, role, scope, granted_at, last_access FROM delegates "
                                 "WHERE user_id = ? AND revoked_at IS NULL");
    QVariantList values{userId};
    if (!cursor.isEmpty()) {
        qint64 grantedAt = 0;
        QString id;
        if (!decodeCursor(cursor, &grantedAt, &id))
            return false;
        sql += QStringLiteral(" AND (granted_at, id) > (?, ?)");
        values << grantedAt << id;
    }
    sql += QStringLiteral(" ORDER BY granted_at ASC, id ASC LIMIT ?");
    values << limit + 1;
    QSqlQuery q = m_db.exec(sql, values);
    fillPage(q, limit, page, [](QSqlQuery &row, qint64 *key, QString *id) {
        Delegate d;
        d.id = row.value(0).toString();
        d.displayName = row.value(1).toString();
        d.email = row.value(2).toString();
        d.role = row.value(3).toString();
        d.scope = row.value(4).toString();
        d.grantedAt = fromSecs(row.value(5));
        if (!row.value(6).isNull())
            d.lastAccessAt = fromSecs(row.value(6));
        *key = row.value(5).toLongLong();
        *id = d.id;
        return d;
    });
    return true;
}

bool SecurityStore::revokeDelegate(const QString &userId, const QString &delegateId)
{
    bool ok = false;
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE delegates SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL"),
        {m_clock.now().toSecsSinceEpoch(), delegateId, userId}, &ok);
    return ok && q.numRowsAffected() == 1;
}

} // namespace facturos::server
