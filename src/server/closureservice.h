#pragma once
// Account closure over time: schedules a closure 30 days ahead (stopping marketing at once when asked),
// cancels it during the grace period, and — at start, every hour, or when a test asks — erases every
// account whose grace period has ended (see accounteraser.h for what goes and what stays).

#include "core/account.h"

#include <optional>
#include <QObject>
#include <QTimer>

namespace facturos::server {

struct ServerContext;
class Database;

// Writes a scheduled closure and the account's status, inside the caller's transaction; false when either
// write did not happen (the user does not exist, or has a closure already).
[[nodiscard]] bool insertClosure(Database &db, const QString &userId, const ClosureState &closure,
                                 const QString &reason);

class ClosureService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 3600 * 1000;

    explicit ClosureService(ServerContext &ctx, QObject *parent = nullptr);

    [[nodiscard]] std::optional<ClosureState> state(const QString &userId);
    enum class Outcome { Done, AlreadyScheduled, NotScheduled, Failed };
    // Records the closure and sets the account's status; `*state` is the new state, or the current one when
    // a closure was already scheduled.
    Outcome schedule(const QString &userId, const QString &reason, bool stopMarketing, ClosureState *state);
    Outcome cancel(const QString &userId);

    // Erases the accounts whose closure date has passed (by ctx.clock); returns how many were erased.
    int runDue();
    // Runs runDue() now and then every `intervalMs`.
    void start(int intervalMs = kCheckIntervalMs);

private:
    ServerContext &m_ctx;
    QTimer m_timer;
};

} // namespace facturos::server
