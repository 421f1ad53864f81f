#pragma once
// The Security page: signed-in sessions (sign out one, or all but this one), the sign-in activity paged
// lazily over any length, and the administrators who can see or change the user's data (revoke).

#include "api/securityapi.h"
#include "controllers/controller.h"
#include "controllers/securitymodels.h"

namespace facturos::controllers {

class SecurityController final : public Controller
{
    Q_OBJECT
public:
    // `activityPageSize`: rows per activity page (100–200 keeps scrolling smooth without reading everything).
    explicit SecurityController(api::SecurityApi &api, int activityPageSize = 100, QObject *parent = nullptr);

    [[nodiscard]] SessionListModel *sessions() { return &m_sessions; }
    [[nodiscard]] ActivityListModel *activity() { return &m_activity; }
    [[nodiscard]] DelegateListModel *delegates() { return &m_delegates; }

    // Sessions and delegates in full, and the first page of activity (views fetch more as they scroll).
    void load();
    // Whether a load has completed (a page built afterwards shows what is there).
    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }
    // Signs out one other device. False for the current session (signing out here is SessionController's)
    // or an unknown id.
    bool signOut(const QString &sessionId);
    // Every session except the current one; otherSessionsSignedOut() once all are gone.
    void signOutAllOthers();
    bool revokeDelegate(const QString &delegateId);

signals:
    void loaded();
    void sessionSignedOut(const QString &sessionId);
    void otherSessionsSignedOut(int count);
    void delegateRevoked(const QString &delegateId);

private:
    void modelLoaded();
    bool m_hasLoaded = false;
    void finishBatch();

    api::SecurityApi &m_api;
    SessionListModel m_sessions;
    ActivityListModel m_activity;
    DelegateListModel m_delegates;
    int m_loading = 0;      // models still loading in load()
    int m_batchPending = 0; // revocations of signOutAllOthers() still in flight
    int m_batchDone = 0;
    api::ApiError m_batchError;
};

} // namespace facturos::controllers
