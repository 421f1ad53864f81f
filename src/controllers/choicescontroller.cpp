#include "controllers/choicescontroller.h"

namespace facturos::controllers {

namespace {

using Values = ChoicesController::Values;

Values communicationValues(const CommunicationChoices &c)
{
    return {{QStringLiteral("newsletter"), c.newsletter},
            {QStringLiteral("productOffers"), c.productOffers},
            {QStringLiteral("partnerOffers"), c.partnerOffers},
            {QStringLiteral("surveys"), c.surveys}};
}

CommunicationChoices communicationChoices(const Values &v)
{
    CommunicationChoices c;
    c.newsletter = v.value(QStringLiteral("newsletter"));
    c.productOffers = v.value(QStringLiteral("productOffers"));
    c.partnerOffers = v.value(QStringLiteral("partnerOffers"));
    c.surveys = v.value(QStringLiteral("surveys"));
    return c;
}

Values privacyValues(const PrivacyChoices &c)
{
    return {{QStringLiteral("analytics"), c.analytics},           {QStringLiteral("advertising"), c.advertising},
            {QStringLiteral("socialFeatures"), c.socialFeatures}, {QStringLiteral("location"), c.location},
            {QStringLiteral("partnerSharing"), c.partnerSharing}, {QStringLiteral("doNotTrack"), c.doNotTrack}};
}

PrivacyChoices privacyChoices(const Values &v)
{
    PrivacyChoices c;
    c.analytics = v.value(QStringLiteral("analytics"));
    c.advertising = v.value(QStringLiteral("advertising"));
    c.socialFeatures = v.value(QStringLiteral("socialFeatures"));
    c.location = v.value(QStringLiteral("location"));
    c.partnerSharing = v.value(QStringLiteral("partnerSharing"));
    c.doNotTrack = v.value(QStringLiteral("doNotTrack"));
    return c;
}

const QString kDoNotTrack = QStringLiteral("doNotTrack");

} // namespace

ChoicesController::ChoicesController(QStringList keys, QMap<QString, QString> locked, QObject *parent)
    : Controller(parent), m_keys(std::move(keys)), m_locked(std::move(locked))
{}

bool ChoicesController::value(const QString &key) const
{
    return isLocked(key) || m_shown.value(key);
}

void ChoicesController::load()
{
    if (m_inFlight)
        return; // the save in flight brings the server's values back anyway
    begin(State::Loading);
    fetch([this](const api::ApiResult<Values> &result) {
        if (!result.ok()) {
            fail(result.error, "load");
            return;
        }
        m_server = m_shown = *result.value;
        m_etag = result.etag;
        m_hasLoaded = true;
        setUndo(std::nullopt);
        succeed();
        emit valuesChanged();
        emit loaded();
    });
}

bool ChoicesController::setValue(const QString &key, bool granted)
{
    if (!m_keys.contains(key))
        return false;
    return apply({{key, granted}}, true);
}

bool ChoicesController::setValues(const Values &changes)
{
    return apply(changes, true);
}

void ChoicesController::undo()
{
    if (m_undo)
        apply(*std::exchange(m_undo, std::nullopt), false);
    emit undoAvailableChanged(false);
}

bool ChoicesController::apply(const Values &changes, bool recordUndo)
{
    if (!m_hasLoaded || state() == State::Loading)
        return false;
    Values next = m_shown;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!m_keys.contains(it.key()))
            return false;
        next.insert(it.key(), it.value());
    }
    if (next == m_shown)
        return true;
    if (recordUndo)
        setUndo(m_shown);
    m_shown = next;
    emit valuesChanged();
    send();
    return true;
}

void ChoicesController::send()
{
    if (m_inFlight) {
        m_resend = true; // one PUT at a time: the latest values follow when this one answers
        return;
    }
    m_inFlight = true;
    m_resend = false;
    begin(State::Saving);
    store(m_shown, m_etag, [this](const api::ApiResult<Values> &result) { onStored(result); });
}

void ChoicesController::onStored(const api::ApiResult<Values> &result)
{
    m_inFlight = false;
    if (result.ok()) {
        m_server = *result.value;
        m_etag = result.etag;
        if (m_resend && m_shown != m_server) {
            send();
            return;
        }
        m_shown = m_server;
        succeed();
        emit valuesChanged();
        emit saved();
        return;
    }
    // The switches go back to what the server holds: its current state on a 412, else the last known one.
    if (result.error.kind == api::ApiError::Kind::Conflict && !result.error.currentState.isEmpty()) {
        if (const auto current = decodeState(result.error.currentState)) {
            m_server = *current;
            m_etag = result.error.currentEtag;
        }
    }
    m_resend = false;
    m_shown = m_server;
    setUndo(std::nullopt);
    emit valuesChanged();
    fail(result.error, "save");
}

void ChoicesController::setUndo(std::optional<Values> undo)
{
    const bool before = m_undo.has_value();
    m_undo = std::move(undo);
    if (before != m_undo.has_value())
        emit undoAvailableChanged(m_undo.has_value());
}

CommunicationsController::CommunicationsController(api::AccountApi &api, QObject *parent)
    : ChoicesController({QStringLiteral("newsletter"), QStringLiteral("productOffers"), QStringLiteral("partnerOffers"),
                         QStringLiteral("surveys")},
                        {{QStringLiteral("serviceMessages"), kServiceMessagesReason}}, parent),
      m_api(api)
{}

bool CommunicationsController::unsubscribeFromAllMarketing()
{
    Values off;
    for (const QString &key : keys())
        off.insert(key, false);
    return setValues(off);
}

void CommunicationsController::fetch(Answer answer)
{
    m_api.communications(
        this, [answer](const api::ApiResult<CommunicationChoices> &r) { answer(adapt(r, communicationValues)); });
}

void CommunicationsController::store(const Values &values, const QByteArray &ifMatch, Answer answer)
{
    m_api.setCommunications(
        communicationChoices(values), this,
        [answer](const api::ApiResult<CommunicationChoices> &r) { answer(adapt(r, communicationValues)); }, ifMatch);
}

std::optional<Values> CommunicationsController::decodeState(const QJsonObject &state) const
{
    FieldErrors errors;
    const auto choices = communicationChoicesFromJson(state, &errors);
    return choices ? std::optional<Values>(communicationValues(*choices)) : std::nullopt;
}

PrivacyController::PrivacyController(api::AccountApi &api, QObject *parent)
    : ChoicesController({QStringLiteral("analytics"), QStringLiteral("advertising"), QStringLiteral("socialFeatures"),
                         QStringLiteral("location"), QStringLiteral("partnerSharing"), kDoNotTrack},
                        {{QStringLiteral("necessary"), kNecessaryReason}}, parent),
      m_api(api)
{}

bool PrivacyController::acceptAll()
{
    return setAllConsents(true);
}

bool PrivacyController::refuseAll()
{
    return setAllConsents(false);
}

bool PrivacyController::setAllConsents(bool granted)
{
    Values all;
    for (const QString &key : keys()) {
        if (key != kDoNotTrack)
            all.insert(key, granted);
    }
    return setValues(all);
}

void PrivacyController::fetch(Answer answer)
{
    m_api.privacy(this, [answer](const api::ApiResult<PrivacyChoices> &r) { answer(adapt(r, privacyValues)); });
}

void PrivacyController::store(const Values &values, const QByteArray &ifMatch, Answer answer)
{
    m_api.setPrivacy(
        privacyChoices(values), this,
        [answer](const api::ApiResult<PrivacyChoices> &r) { answer(adapt(r, privacyValues)); }, ifMatch);
}

std::optional<Values> PrivacyController::decodeState(const QJsonObject &state) const
{
    FieldErrors errors;
    const auto choices = privacyChoicesFromJson(state, &errors);
    return choices ? std::optional<Values>(privacyValues(*choices)) : std::nullopt;
}

} // namespace facturos::controllers
