#include "controllers/securitycontroller.h"

namespace facturos::controllers {

SecurityController::SecurityController(api::SecurityApi &api, int activityPageSize, QObject *parent)
    : Controller(parent), m_api(api),
      m_sessions([&api](const api::PageRequest &p, QObject *c, api::Done<Page<Session>> d) {
          return api.sessions(p, c, std::move(d));
      }),
      m_activity([&api](const api::PageRequest &p, QObject *c,
                        api::Done<Page<ActivityEvent>> d) { return api.activity(p, c, std::move(d)); },
                 activityPageSize),
      m_delegates([&api](const api::PageRequest &p, QObject *c, api::Done<Page<Delegate>> d) {
          return api.delegates(p, c, std::move(d));
      })
{
    for (ListModelBase *model :
         {static_cast<ListModelBase *>(&m_sessions), static_cast<ListModelBase *>(&m_delegates)}) {
        connect(model, &ListModelBase::loaded, this, &SecurityController::modelLoaded);
        connect(model, &ListModelBase::failed, this, [this](const api::ApiError &error) {
            if (m_loading > 0) {
                m_loading = 0;
                fail(error, "load");
            }
        });
    }
}

void SecurityController::load()
{
    begin(State::Loading);
    m_loading = 2;
    m_sessions.refreshAll();
    m_delegates.refreshAll();
    m_activity.reload();
}

void SecurityController::modelLoaded()
{
    if (m_loading == 0 || --m_loading > 0)
        return;
    m_hasLoaded = true;
    succeed();
    emit loaded();
}

bool SecurityController::signOut(const QString &sessionId)
{
    const int row = m_sessions.rowOf(sessionId);
    if (row < 0 || m_sessions.at(row).current)
        return false;
    begin(State::Saving);
    m_api.revokeSession(sessionId, this, [this, sessionId](const api::ApiResult<api::NoContent> &result) {
        // Already gone (404) is what the user wanted.
        if (!result.ok() && result.error.kind != api::ApiError::Kind::NotFound) {
            fail(result.error, "signOut");
            return;
        }
        m_sessions.removeKey(sessionId);
        succeed();
        emit sessionSignedOut(sessionId);
    });
    return true;
}

void SecurityController::signOutAllOthers()
{
    QStringList others;
    for (const Session &session : m_sessions.items()) {
        if (!session.current)
            others.append(session.id);
    }
    begin(State::Saving);
    m_batchPending = int(others.size());
    m_batchDone = 0;
    m_batchError = {};
    if (others.isEmpty()) {
        finishBatch();
        return;
    }
    for (const QString &id : others) {
        m_api.revokeSession(id, this, [this, id](const api::ApiResult<api::NoContent> &result) {
            if (result.ok() || result.error.kind == api::ApiError::Kind::NotFound) {
                m_sessions.removeKey(id);
                ++m_batchDone;
            } else if (!m_batchError.isError()) {
                m_batchError = result.error;
            }
            if (--m_batchPending == 0)
                finishBatch();
        });
    }
}

void SecurityController::finishBatch()
{
    if (m_batchError.isError()) {
        fail(m_batchError, "signOutAllOthers");
        m_sessions.refreshAll(); // show what is really left
        return;
    }
    succeed();
    emit otherSessionsSignedOut(m_batchDone);
}

bool SecurityController::revokeDelegate(const QString &delegateId)
{
    if (m_delegates.rowOf(delegateId) < 0)
        return false;
    begin(State::Saving);
    m_api.revokeDelegate(delegateId, this, [this, delegateId](const api::ApiResult<api::NoContent> &result) {
        if (!result.ok() && result.error.kind != api::ApiError::Kind::NotFound) {
            fail(result.error, "revokeDelegate");
            return;
        }
        m_delegates.removeKey(delegateId);
        succeed();
        emit delegateRevoked(delegateId);
    });
    return true;
}

} // namespace facturos::controllers
