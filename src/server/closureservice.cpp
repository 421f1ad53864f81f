#include "server/closureservice.h"

#include "core/closure.h"
#include "server/accounteraser.h"
#include "server/database.h"
#include "server/servercontext.h"
#include "server/userstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClosure, "facturos.server.closure", QtInfoMsg)

namespace facturos::server {

namespace {
const QString kSource = QStringLiteral("closure");
}

bool insertClosure(Database &db, const QString &userId, const ClosureState &closure, const QString &reason)
{
    bool inserted = false;
    bool updated = false;
    db.exec(QStringLiteral("INSERT INTO closures (user_id, requested_at, scheduled_for, reason, stop_marketing) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {userId, closure.requestedAt.toSecsSinceEpoch(), closure.scheduledFor.toSecsSinceEpoch(),
             reason.isNull() ? QStringLiteral("") : reason, closure.stopMarketing ? 1 : 0},
            &inserted);
    db.exec(QStringLiteral("UPDATE users SET status = 'closure_scheduled' WHERE id = ?"), {userId}, &updated);
    return inserted && updated;
}

ClosureService::ClosureService(ServerContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runDue(); });
}

std::optional<ClosureState> ClosureService::state(const QString &userId)
{
    const QVariantList row = m_ctx.db.row(
        QStringLiteral("SELECT requested_at, scheduled_for, stop_marketing FROM closures WHERE user_id = ?"), {userId});
    if (row.isEmpty())
        return std::nullopt;
    return ClosureState{QDateTime::fromSecsSinceEpoch(row.at(0).toLongLong(), Qt::UTC),
                        QDateTime::fromSecsSinceEpoch(row.at(1).toLongLong(), Qt::UTC), row.at(2).toInt() != 0};
}

ClosureService::Outcome ClosureService::schedule(const QString &userId, const QString &reason, bool stopMarketing,
                                                 ClosureState *state)
{
    if (const auto current = this->state(userId)) {
        *state = *current;
        return Outcome::AlreadyScheduled;
    }
    const QDateTime now = m_ctx.clock.now();
    const ClosureState next{now, now.addDays(kClosureGraceDays), stopMarketing};
    m_ctx.db.transaction();
    if (!insertClosure(m_ctx.db, userId, next, reason) || !m_ctx.db.commit()) {
        m_ctx.db.rollback();
        return Outcome::Failed;
    }
    // After the commit: setCommunications runs its own transaction. Every marketing choice goes off, each
    // change recorded in the consent history with the source "closure".
    if (stopMarketing)
        m_ctx.users.setCommunications(userId, CommunicationChoices{}, kSource, m_ctx.statement.version);
    qCInfo(lcClosure) << "closure scheduled for user" << userId.left(8) << "on" << next.scheduledFor;
    *state = next;
    return Outcome::Done;
}

ClosureService::Outcome ClosureService::cancel(const QString &userId)
{
    if (!state(userId))
        return Outcome::NotScheduled;
    m_ctx.db.transaction();
    bool deleted = false;
    bool updated = false;
    m_ctx.db.exec(QStringLiteral("DELETE FROM closures WHERE user_id = ?"), {userId}, &deleted);
    m_ctx.db.exec(QStringLiteral("UPDATE users SET status = 'active' WHERE id = ?"), {userId}, &updated);
    if (!deleted || !updated || !m_ctx.db.commit()) {
        m_ctx.db.rollback();
        return Outcome::Failed;
    }
    // Marketing choices stay as they are: turning them back on is the user's choice, on its own page.
    qCInfo(lcClosure) << "closure cancelled for user" << userId.left(8);
    return Outcome::Done;
}

int ClosureService::runDue()
{
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT user_id FROM closures WHERE scheduled_for <= ?"),
                                {m_ctx.clock.now().toSecsSinceEpoch()});
    QStringList due;
    while (q.next())
        due.append(q.value(0).toString());
    q.finish();
    int erased = 0;
    for (const QString &userId : std::as_const(due)) {
        if (eraseAccount(m_ctx, userId))
            ++erased;
        else
            qCWarning(lcClosure) << "erasure failed for user" << userId.left(8) << "; retried at the next check";
    }
    return erased;
}

void ClosureService::start(int intervalMs)
{
    runDue();
    m_timer.start(intervalMs);
}

} // namespace facturos::server
