#include "server/exportwriter.h"

#include "core/closure.h"
#include "core/json.h"
#include "core/mailbox.h"
#include "core/securitydata.h"
#include "server/approximateplace.h"
#include "server/database.h"
#include "server/datainventory.h"
#include "server/mailboxservice.h"
#include "server/securitystore.h"
#include "server/servercontext.h"
#include "server/useragent.h"
#include "server/userstore.h"

#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace facturos::server {

namespace {

constexpr int kPageRows = 1000;

QDateTime utc(const QVariant &secs)
{
    return secs.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(secs.toLongLong(), Qt::UTC);
}

// One list section of rows of our own tables, read by keyset pages on the integer id. `sql` takes the user
// id, the last id written and a limit, and selects the id first.
struct TableSection
{
    QString sql;
    std::function<QJsonObject(const QSqlQuery &row)> write;
};

// A page of a section: appends items (each preceded by a comma unless `*first`), and says where to go on.
// Returns false on a storage failure.
using PageReader = std::function<bool(QByteArray *out, bool *first, QString *cursor, bool *last)>;

struct Section
{
    const char *name;
    PageReader read;
};

template <typename T> void appendItems(const QList<T> &items, QByteArray *out, bool *first)
{
    for (const T &item : items) {
        if (!*first)
            out->append(',');
        *first = false;
        out->append(toCompactJson(toJson(item)));
    }
}

// Sessions, activity and delegates come from their store, page by page through its own cursors.
template <typename T, typename Fetch> PageReader storePages(Fetch fetch)
{
    return [fetch](QByteArray *out, bool *first, QString *cursor, bool *last) {
        Page<T> page;
        if (!fetch(*cursor, &page))
            return false;
        appendItems(page.items, out, first);
        *cursor = page.next;
        *last = page.next.isEmpty();
        return true;
    };
}

PageReader tablePages(Database &db, const QString &userId, TableSection table)
{
    return [&db, userId, table](QByteArray *out, bool *first, QString *cursor, bool *last) {
        bool ok = false;
        QSqlQuery q =
            db.exec(table.sql, {userId, cursor->isEmpty() ? qint64(-1) : cursor->toLongLong(), kPageRows}, &ok);
        if (!ok)
            return false;
        int rows = 0;
        while (q.next()) {
            if (!*first)
                out->append(',');
            *first = false;
            out->append(toCompactJson(table.write(q)));
            *cursor = q.value(0).toString();
            ++rows;
        }
        *last = rows < kPageRows;
        return true;
    };
}

// The activity list is the one that grows without bound, and building a QJsonObject per event costs most
// of an export's time: events are written straight to JSON here, in exactly the codec's shape (members in
// toJson(ActivityEvent)'s sorted order; tst_exportapi decodes them with the strict activityEventFromJson).
void appendJsonString(QByteArray *out, const QString &text)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
            out->append(escaped);
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

void appendTime(QByteArray *out, qint64 secs)
{
    const std::time_t t = static_cast<std::time_t>(secs);
    std::tm tm{};
    gmtime_r(&t, &tm);
    // Sized for any int in every field (the compiler checks that), though a real time takes 22 characters.
    char text[80];
    std::snprintf(text, sizeof text, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    out->append(text);
}

void appendActivity(QByteArray *out, const ActivityEvent &e, qint64 secs)
{
    out->append("{\"approximateLocation\":");
    if (e.approximateLocation.isEmpty())
        out->append("null");
    else
        appendJsonString(out, e.approximateLocation);
    out->append(",\"browser\":");
    appendJsonString(out, e.browser);
    out->append(",\"device\":");
    appendJsonString(out, e.device);
    out->append(",\"id\":");
    appendJsonString(out, e.id);
    out->append(",\"ip\":");
    appendJsonString(out, e.ip);
    out->append(",\"kind\":");
    appendJsonString(out, e.kind);
    out->append(",\"time\":");
    appendTime(out, secs);
    out->append('}');
}

PageReader activityPages(Database &db, const QString &userId)
{
    struct Derived
    {
        QHash<QString, UserAgentInfo> agents;
        QHash<QString, QString> places;
        qint64 time = std::numeric_limits<qint64>::max();
        qint64 id = std::numeric_limits<qint64>::max();
    };
    auto derived = std::make_shared<Derived>();
    return [&db, userId, derived](QByteArray *out, bool *first, QString *, bool *last) {
        bool ok = false;
        // Newest first along the (user_id, time DESC, id DESC) index: every page is one index range.
        QSqlQuery q = db.exec(QStringLiteral("SELECT time, id, kind, ip, user_agent, location FROM activity "
                                             "WHERE user_id = ? AND (time, id) < (?, ?) "
                                             "ORDER BY time DESC, id DESC LIMIT ?"),
                              {userId, derived->time, derived->id, kPageRows}, &ok);
        if (!ok)
            return false;
        int rows = 0;
        while (q.next()) {
            ActivityEvent e;
            derived->time = q.value(0).toLongLong();
            derived->id = q.value(1).toLongLong();
            e.id = QString::number(derived->id);
            e.kind = q.value(2).toString();
            e.ip = q.value(3).toString();
            const QString agentText = q.value(4).toString();
            auto agent = derived->agents.find(agentText);
            if (agent == derived->agents.end())
                agent = derived->agents.insert(agentText, parseUserAgent(agentText));
            e.device = agent->device;
            e.browser = agent->browser;
            e.approximateLocation = q.value(5).toString();
            if (e.approximateLocation.isEmpty()) {
                auto place = derived->places.find(e.ip);
                if (place == derived->places.end())
                    place = derived->places.insert(e.ip, approximatePlace(e.ip));
                e.approximateLocation = *place;
            }
            if (!*first)
                out->append(',');
            *first = false;
            appendActivity(out, e, derived->time);
            ++rows;
        }
        *last = rows < kPageRows;
        return true;
    };
}

QList<Section> sections(ServerContext &ctx, SecurityStore &store, const QString &userId, const QString &sessionId)
{
    Database &db = ctx.db;
    return {
        {"consents", tablePages(db, userId,
                                {QStringLiteral("SELECT id, time, purpose, granted, source, statement_version FROM "
                                                "consents WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"),
                                 [](const QSqlQuery &q) {
                                     return toJson(ConsentRecord{q.value(0).toString(), utc(q.value(1)),
                                                                 q.value(2).toString(), q.value(3).toInt() != 0,
                                                                 q.value(4).toString(), q.value(5).toString()});
                                 }})},
        {"sessions", storePages<Session>([&store, userId, sessionId](const QString &cursor, Page<Session> *page) {
             return store.sessions(userId, sessionId, kPageRows, cursor, page);
         })},
        // The store's page of events parses each row's address against the place table; a history repeats a
        // handful of addresses and agents, so the export reads the rows itself and derives each value once.
        {"activity", activityPages(db, userId)},
        {"delegates", storePages<Delegate>([&store, userId](const QString &cursor, Page<Delegate> *page) {
             return store.delegates(userId, kPageRows, cursor, page);
         })},
        // Metadata only, from the mailbox service (which never returns a secret), a page at a time.
        {"mailboxes",
         [&ctx, userId](QByteArray *out, bool *first, QString *cursor, bool *last) {
             if (!ctx.mailboxes) {
                 *last = true;
                 return true;
             }
             bool more = false;
             const QList<Mailbox> page = ctx.mailboxes->list(userId, *cursor, kPageRows, &more);
             appendItems(page, out, first);
             if (!page.isEmpty())
                 *cursor = page.last().id;
             *last = !more;
             return true;
         }},
        {"supportChats", tablePages(db, userId,
                                    {QStringLiteral("SELECT id, started_at, topic, transcript FROM support_chats "
                                                    "WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"),
                                     [](const QSqlQuery &q) {
                                         return QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                                            {QStringLiteral("startedAt"), formatTime(utc(q.value(1)))},
                                                            {QStringLiteral("topic"), q.value(2).toString()},
                                                            {QStringLiteral("transcript"), q.value(3).toString()}};
                                     }})},
        {"surveyAnswers", tablePages(db, userId,
                                     {QStringLiteral("SELECT id, answered_at, survey, answer FROM survey_answers "
                                                     "WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"),
                                      [](const QSqlQuery &q) {
                                          return QJsonObject{
                                              {QStringLiteral("id"), q.value(0).toString()},
                                              {QStringLiteral("answeredAt"), formatTime(utc(q.value(1)))},
                                              {QStringLiteral("survey"), q.value(2).toString()},
                                              {QStringLiteral("answer"), q.value(3).toString()}};
                                      }})},
        {"locationPoints",
         tablePages(db, userId,
                    {QStringLiteral("SELECT id, time, latitude, longitude, accuracy_m FROM location_points "
                                    "WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"),
                     [](const QSqlQuery &q) {
                         return QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                            {QStringLiteral("time"), formatTime(utc(q.value(1)))},
                                            {QStringLiteral("latitude"), q.value(2).toDouble()},
                                            {QStringLiteral("longitude"), q.value(3).toDouble()},
                                            {QStringLiteral("accuracyMeters"), q.value(4).toInt()}};
                     }})},
        {"legalRecords",
         tablePages(db, userId,
                    {QStringLiteral("SELECT id, kind, reference, issued_on, amount_cents, currency, retain_until, "
                                    "party_ref FROM legal_records WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"),
                     [](const QSqlQuery &q) {
                         return QJsonObject{{QStringLiteral("kind"), q.value(1).toString()},
                                            {QStringLiteral("reference"), q.value(2).toString()},
                                            {QStringLiteral("issuedOn"), q.value(3).toString()},
                                            {QStringLiteral("amountCents"), q.value(4).toLongLong()},
                                            {QStringLiteral("currency"), q.value(5).toString()},
                                            {QStringLiteral("retainUntil"), q.value(6).toString()},
                                            {QStringLiteral("party"), q.value(7).toString()}};
                     }})},
    };
}

QByteArray member(const char *name)
{
    return '"' + QByteArray(name) + "\":";
}

} // namespace

struct ExportWriter::Private
{
    ServerContext &ctx;
    QString userId;
    SecurityStore store;
    QList<Section> sections;
    int section = -1; // -1: the head is still to write; sections.size(): the closing brace
    QString cursor;
    bool opened = false; // the current section's "[" is written
    bool first = true;

    Private(ServerContext &c, QString user, const QString &sessionId)
        : ctx(c), userId(std::move(user)), store(c.db, c.clock), sections(server::sections(c, store, userId, sessionId))
    {}
    void writeHead(QByteArray *out);
};

void ExportWriter::Private::writeHead(QByteArray *out)
{
    const Account account = ctx.users.account(userId, ctx.statement.version);
    QJsonArray categories;
    for (const DataCategory &category : dataInventory(ctx.db, ctx.users, userId))
        categories.append(toJson(category));
    out->append("{" + member("formatVersion") + QByteArray::number(kExportFormatVersion));
    out->append(',' + member("exportedAt") + '"' + formatTime(ctx.clock.now()).toLatin1() + '"');
    out->append(',' + member("account") + toCompactJson(toJson(account)));
    out->append(',' + member("closure") +
                (account.closure ? toCompactJson(toJson(*account.closure)) : QByteArrayLiteral("null")));
    out->append(',' + member("profile") + ctx.users.profileJson(userId));
    out->append(',' + member("communications") + toCompactJson(toJson(ctx.users.communications(userId))));
    out->append(',' + member("privacy") + toCompactJson(toJson(ctx.users.privacy(userId))));
    out->append(',' + member("dataCategories") + QJsonDocument(categories).toJson(QJsonDocument::Compact));
}

ExportWriter::ExportWriter(ServerContext &ctx, QString userId, QString sessionId)
    : d(std::make_unique<Private>(ctx, std::move(userId), sessionId))
{}

ExportWriter::~ExportWriter() = default;

StreamStep ExportWriter::next(QByteArray *out)
{
    if (d->section < 0) {
        // The account may have been erased since the request was accepted: nothing to export, and a
        // half-document must not look complete.
        if (!d->ctx.users.findById(d->userId))
            return StreamStep::Failed;
        d->writeHead(out);
        d->section = 0;
        return StreamStep::More;
    }
    if (d->section >= d->sections.size()) {
        out->append('}');
        return StreamStep::Done;
    }
    const Section &section = d->sections.at(d->section);
    if (!d->opened) {
        out->append(",\"" + QByteArray(section.name) + "\":[");
        d->opened = true;
        d->first = true;
        d->cursor.clear();
    }
    bool last = false;
    if (!section.read(out, &d->first, &d->cursor, &last))
        return StreamStep::Failed;
    if (last) {
        out->append(']');
        d->opened = false;
        ++d->section;
    }
    return StreamStep::More;
}

QByteArray exportFileName(const QDate &day)
{
    return "facturos-export-" + day.toString(Qt::ISODate).toLatin1() + ".json";
}

} // namespace facturos::server
