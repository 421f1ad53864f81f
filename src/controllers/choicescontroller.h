#pragma once
// The Communications and Cookies & tracking pages: on/off choices saved one by one as the user flips them
// (PUT with If-Match), with undo of the last change, "all off"/"all on" in one call, and mandatory items
// reported as locked. A failed save puts the switches back to the server's values and exposes the error.

#include "api/accountapi.h"
#include "controllers/controller.h"

#include <functional>
#include <optional>
#include <QMap>
#include <QStringList>

namespace facturos::controllers {

class ChoicesController : public Controller
{
    Q_OBJECT
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoAvailableChanged)
public:
    using Values = QMap<QString, bool>;

    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }
    // The choices the user can make, in display order (JSON member names: "newsletter", "analytics"…).
    [[nodiscard]] const QStringList &keys() const { return m_keys; }
    // Mandatory items shown as always on ("serviceMessages", "necessary").
    [[nodiscard]] QStringList lockedKeys() const { return m_locked.keys(); }
    [[nodiscard]] bool isLocked(const QString &key) const { return m_locked.contains(key); }
    // Why a locked item cannot be switched off, as a code the page translates ("" for a choice).
    [[nodiscard]] QString lockReason(const QString &key) const { return m_locked.value(key); }
    // What the switch shows: the user's latest choice while it is being saved; locked items are true.
    [[nodiscard]] bool value(const QString &key) const;
    [[nodiscard]] bool serverValue(const QString &key) const { return isLocked(key) || m_server.value(key); }
    [[nodiscard]] const Values &values() const { return m_shown; }

    void load();
    // Flips one choice and saves it at once. False for an unknown or locked key, or before load().
    bool setValue(const QString &key, bool granted);
    [[nodiscard]] bool canUndo() const { return m_undo.has_value(); }
    // Saves back the values from before the last change.
    void undo();

signals:
    void loaded();
    void saved();
    void valuesChanged();
    void undoAvailableChanged(bool canUndo);

protected:
    using Answer = std::function<void(const api::ApiResult<Values> &)>;
    // `locked`: key → reason code.
    ChoicesController(QStringList keys, QMap<QString, QString> locked, QObject *parent);

    // Changes several choices in one call (one undo step).
    bool setValues(const Values &changes);

    virtual void fetch(Answer answer) = 0;
    virtual void store(const Values &values, const QByteArray &ifMatch, Answer answer) = 0;
    // The server's current state attached to a 412.
    [[nodiscard]] virtual std::optional<Values> decodeState(const QJsonObject &state) const = 0;

    // Adapts a typed result to Values with `toValues`.
    template <typename T, typename ToValues> static api::ApiResult<Values> adapt(const api::ApiResult<T> &r, ToValues f)
    {
        api::ApiResult<Values> out;
        out.error = r.error;
        out.etag = r.etag;
        if (r.value)
            out.value = f(*r.value);
        return out;
    }

private:
    bool apply(const Values &changes, bool recordUndo);
    void send();
    void onStored(const api::ApiResult<Values> &result);
    void setUndo(std::optional<Values> undo);

    QStringList m_keys;
    QMap<QString, QString> m_locked;
    bool m_hasLoaded = false;
    Values m_server;
    Values m_shown;
    QByteArray m_etag;
    bool m_inFlight = false;
    bool m_resend = false; // the user changed more while a save was in flight
    std::optional<Values> m_undo;
};

class CommunicationsController final : public ChoicesController
{
    Q_OBJECT
public:
    inline static const QString kServiceMessagesReason = QStringLiteral("service_messages_mandatory");

    explicit CommunicationsController(api::AccountApi &api, QObject *parent = nullptr);
    // "Unsubscribe from all marketing": every marketing choice off in one call.
    bool unsubscribeFromAllMarketing();

protected:
    void fetch(Answer answer) override;
    void store(const Values &values, const QByteArray &ifMatch, Answer answer) override;
    [[nodiscard]] std::optional<Values> decodeState(const QJsonObject &state) const override;

private:
    api::AccountApi &m_api;
};

class PrivacyController final : public ChoicesController
{
    Q_OBJECT
public:
    inline static const QString kNecessaryReason = QStringLiteral("strictly_necessary");

    explicit PrivacyController(api::AccountApi &api, QObject *parent = nullptr);
    // Every consent (analytics, advertising, social features, location, partner sharing) on or off in one
    // call; the Do Not Track request is a separate wish and is left as it is.
    bool acceptAll();
    bool refuseAll();

protected:
    void fetch(Answer answer) override;
    void store(const Values &values, const QByteArray &ifMatch, Answer answer) override;
    [[nodiscard]] std::optional<Values> decodeState(const QJsonObject &state) const override;

private:
    bool setAllConsents(bool granted);
    api::AccountApi &m_api;
};

} // namespace facturos::controllers
