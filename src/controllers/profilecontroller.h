#pragma once
// The Personal information page's state: the profile as loaded, the user's draft, validation as they type
// (core's normalized + validate, errors keyed by JSON path), a merge-patch save with If-Match, and what to do
// when the save fails — 422 field errors merged, 412 turned into a per-field choice between the user's value
// and the server's, anything else keeping the draft for a retry.

#include "api/accountapi.h"
#include "controllers/controller.h"

#include <QHash>
#include <QPointer>

namespace facturos::controllers {

// One field both the user and someone else changed, to different values.
struct FieldConflict
{
    QString path;   // "phone", "deliveryAddress.city", "billingSameAsDelivery" ("true"/"false")
    QString mine;   // the draft's value
    QString theirs; // the server's current value

    bool operator==(const FieldConflict &o) const { return path == o.path && mine == o.mine && theirs == o.theirs; }
};

class ProfileController final : public Controller
{
    Q_OBJECT
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool inConflict READ isInConflict NOTIFY conflictChanged)
    Q_PROPERTY(QString pendingEmail READ pendingEmail NOTIFY loaded)
public:
    enum class ConflictChoice { KeepMine, TakeTheirs };
    Q_ENUM(ConflictChoice)

    explicit ProfileController(api::AccountApi &api, QObject *parent = nullptr);

    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }
    [[nodiscard]] const Profile &loadedValue() const { return m_loaded; }
    [[nodiscard]] const Profile &draft() const { return m_draft; }
    [[nodiscard]] QString field(const QString &path) const;
    // A requested new e-mail address awaiting verification (read-only; empty when none).
    [[nodiscard]] QString pendingEmail() const { return m_loaded.pendingEmail; }

    // Edits; each revalidates and clears the server's error for that field. False for an unknown path.
    bool setField(const QString &path, const QString &value);
    void setBillingSameAsDelivery(bool same);
    void setDraft(const Profile &draft);

    // The draft, once normalised, differs from the loaded profile.
    [[nodiscard]] bool isDirty() const;
    // Client-side errors (as typed) followed by the server's 422 errors for fields not edited since.
    [[nodiscard]] FieldErrors fieldErrors() const;
    // The error code for `path` ("" when none).
    [[nodiscard]] QString fieldError(const QString &path) const;
    [[nodiscard]] bool canSave() const;

    [[nodiscard]] bool isInConflict() const { return m_inConflict; }
    [[nodiscard]] const QList<FieldConflict> &conflicts() const { return m_conflicts; }
    // The server's current profile during a conflict.
    [[nodiscard]] const Profile &serverValue() const { return m_server; }

    void load();
    // Sends the changes as a merge patch with the loaded ETag. False (nothing sent) when there is nothing to
    // save, the draft has client-side errors, a call is in flight or a conflict waits for resolveConflict().
    bool save();
    // Restores the loaded value and forgets field errors and any conflict.
    void discard();
    // Applies the user's choice per conflicting field (missing: keep mine), adopts the server's value for
    // everything the user did not change, and saves again with the server's current ETag.
    void resolveConflict(const QHash<QString, ConflictChoice> &choices = {});

signals:
    void loaded();
    void saved();
    void draftChanged();
    void dirtyChanged(bool dirty);
    void fieldErrorsChanged();
    void conflictDetected(const QList<facturos::controllers::FieldConflict> &conflicts);
    void conflictChanged(bool inConflict);

private:
    void send(const Profile &target);
    void onSaveFailed(const api::ApiError &error, const Profile &sent);
    // The server's current value plus the user's edits (minus the conflicts they gave up), then save.
    void rebase(const QHash<QString, ConflictChoice> &choices);
    void replaceDraft(const Profile &draft);
    void revalidate();
    void setConflict(bool inConflict);
    void clearServerError(const QString &path);

    api::AccountApi &m_api;
    bool m_hasLoaded = false;
    Profile m_loaded;
    QByteArray m_etag;
    Profile m_draft;
    Profile m_draftAtSave; // to tell whether the user edited while the save was in flight
    FieldErrors m_clientErrors;
    FieldErrors m_serverErrors;
    bool m_wasDirty = false;
    bool m_inConflict = false;
    bool m_rebased = false; // one automatic retry after a 412 whose changes do not overlap ours
    QList<FieldConflict> m_conflicts;
    Profile m_server;
    QByteArray m_serverEtag;
};

} // namespace facturos::controllers
