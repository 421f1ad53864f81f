#include "controllers/profilecontroller.h"

#include "controllers/logging.h"
#include "controllers/profilefields.h"
#include "core/validation.h"

namespace facturos::controllers {

namespace fields = profilefields;

ProfileController::ProfileController(api::AccountApi &api, QObject *parent) : Controller(parent), m_api(api) {}

QString ProfileController::field(const QString &path) const
{
    return fields::value(m_draft, path);
}

bool ProfileController::setField(const QString &path, const QString &value)
{
    Profile draft = m_draft;
    if (!fields::setValue(draft, path, value))
        return false;
    clearServerError(path);
    replaceDraft(draft);
    return true;
}

void ProfileController::setBillingSameAsDelivery(bool same)
{
    setField(fields::kBillingSameAsDelivery, same ? QStringLiteral("true") : QStringLiteral("false"));
}

void ProfileController::setDraft(const Profile &draft)
{
    for (const QString &path : fields::differing(m_draft, draft))
        clearServerError(path);
    replaceDraft(draft);
}

bool ProfileController::isDirty() const
{
    return m_hasLoaded && !api::profileMergePatch(m_loaded, validation::normalized(m_draft)).isEmpty();
}

FieldErrors ProfileController::fieldErrors() const
{
    FieldErrors all = m_clientErrors;
    for (const FieldError &error : m_serverErrors) {
        const bool known =
            std::any_of(all.begin(), all.end(), [&](const FieldError &e) { return e.field == error.field; });
        if (!known)
            all.append(error);
    }
    return all;
}

QString ProfileController::fieldError(const QString &path) const
{
    for (const FieldError &error : fieldErrors()) {
        if (error.field == path)
            return error.code;
    }
    return {};
}

bool ProfileController::canSave() const
{
    return isDirty() && m_clientErrors.isEmpty() && !isBusy() && !m_inConflict;
}

void ProfileController::load()
{
    begin(State::Loading);
    m_api.profile(this, [this](const api::ApiResult<Profile> &result) {
        if (!result.ok()) {
            fail(result.error, "load");
            return;
        }
        const bool keepDraft = isDirty(); // a reload never throws away edits
        m_loaded = *result.value;
        m_etag = result.etag;
        m_hasLoaded = true;
        succeed();
        replaceDraft(keepDraft ? m_draft : m_loaded);
        emit loaded();
    });
}

bool ProfileController::save()
{
    if (!m_hasLoaded || isBusy() || m_inConflict || !m_clientErrors.isEmpty() || !isDirty())
        return false;
    m_rebased = false;
    send(validation::normalized(m_draft));
    return true;
}

void ProfileController::send(const Profile &target)
{
    const QJsonObject patch = api::profileMergePatch(m_loaded, target);
    m_draftAtSave = m_draft;
    begin(State::Saving);
    qCDebug(lcControllers) << "saving profile fields" << patch.keys();
    m_api.updateProfile(
        patch, this,
        [this, target](const api::ApiResult<Profile> &result) {
            if (!result.ok()) {
                onSaveFailed(result.error, target);
                return;
            }
            m_loaded = *result.value;
            m_etag = result.etag;
            m_serverErrors.clear();
            succeed();
            // Edits typed while the save was in flight stay in the draft.
            replaceDraft(m_draft == m_draftAtSave ? m_loaded : m_draft);
            emit fieldErrorsChanged();
            emit saved();
        },
        m_etag);
}

void ProfileController::onSaveFailed(const api::ApiError &error, const Profile &sent)
{
    if (error.kind == api::ApiError::Kind::Validation) {
        m_serverErrors = error.fieldErrors;
        emit fieldErrorsChanged();
    }
    std::optional<Profile> theirs;
    if (error.kind == api::ApiError::Kind::Conflict && !error.currentState.isEmpty()) {
        FieldErrors ignored;
        theirs = profileFromJson(error.currentState, &ignored);
    }
    if (!theirs) {
        fail(error, "save"); // the draft stays as it is: the user retries with save()
        return;
    }
    // Fields both sides changed to different values are the user's to choose; the rest merges by itself.
    QList<FieldConflict> conflicts;
    for (const QString &path : fields::differing(m_loaded, sent)) {
        const QString base = fields::value(m_loaded, path);
        const QString server = fields::value(*theirs, path);
        if (server != base && server != fields::value(sent, path))
            conflicts.append({path, fields::value(m_draft, path), server});
    }
    m_server = *theirs;
    m_serverEtag = error.currentEtag;
    if (conflicts.isEmpty() && !m_rebased) {
        qCInfo(lcControllers) << "profile changed elsewhere in other fields: saving on top of it";
        m_rebased = true;
        m_conflicts.clear();
        rebase({});
        return;
    }
    m_conflicts = conflicts;
    setConflict(true);
    fail(error, "save");
    emit conflictDetected(m_conflicts);
}

void ProfileController::resolveConflict(const QHash<QString, ConflictChoice> &choices)
{
    if (m_inConflict)
        rebase(choices);
}

void ProfileController::rebase(const QHash<QString, ConflictChoice> &choices)
{
    Profile rebased = m_server;
    for (const QString &path : fields::differing(m_loaded, m_draft)) {
        const bool conflicting =
            std::any_of(m_conflicts.begin(), m_conflicts.end(), [&](const FieldConflict &c) { return c.path == path; });
        if (conflicting && choices.value(path, ConflictChoice::KeepMine) == ConflictChoice::TakeTheirs)
            continue;
        fields::setValue(rebased, path, fields::value(m_draft, path));
    }
    m_loaded = m_server;
    m_etag = m_serverEtag;
    m_conflicts.clear();
    setConflict(false);
    succeed();
    replaceDraft(rebased);
    emit loaded();
    if (isDirty() && m_clientErrors.isEmpty())
        send(validation::normalized(m_draft));
}

void ProfileController::discard()
{
    m_serverErrors.clear();
    m_conflicts.clear();
    setConflict(false);
    if (state() == State::Error)
        succeed();
    replaceDraft(m_loaded);
    emit fieldErrorsChanged();
}

void ProfileController::replaceDraft(const Profile &draft)
{
    const bool changed = draft != m_draft;
    m_draft = draft;
    revalidate();
    if (changed)
        emit draftChanged();
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void ProfileController::revalidate()
{
    const FieldErrors errors = validation::validate(validation::normalized(m_draft));
    if (errors != m_clientErrors) {
        m_clientErrors = errors;
        emit fieldErrorsChanged();
    }
}

void ProfileController::setConflict(bool inConflict)
{
    if (m_inConflict == inConflict)
        return;
    m_inConflict = inConflict;
    emit conflictChanged(inConflict);
}

void ProfileController::clearServerError(const QString &path)
{
    const auto removed = m_serverErrors.removeIf(
        [&](const FieldError &e) { return e.field == path || e.field.startsWith(path + QLatin1Char('.')); });
    if (removed > 0)
        emit fieldErrorsChanged();
}

} // namespace facturos::controllers
