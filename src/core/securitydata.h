#pragma once
// What the Security and "Your data" pages show: signed-in sessions, the activity log, administrator
// delegates and the inventory of data categories. Server and client share these codecs, so a field the
// server adds or renames fails the client's decoding loudly instead of being dropped.

#include "core/fielderror.h"
#include "core/page.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace facturos {

// Stable codes of ActivityEvent::kind. The list is open: a client shows an unknown kind generically.
namespace ActivityKind {
inline const QString SignIn = QStringLiteral("sign_in");
inline const QString SignInFailed = QStringLiteral("sign_in_failed");
inline const QString SignOut = QStringLiteral("sign_out");
inline const QString SessionRevoked = QStringLiteral("session_revoked");
inline const QString DelegateRevoked = QStringLiteral("delegate_revoked");
inline const QString ProfileUpdated = QStringLiteral("profile_updated");
inline const QString EmailChangeRequested = QStringLiteral("email_change_requested");
inline const QString PreferencesUpdated = QStringLiteral("preferences_updated");
inline const QString PasswordChanged = QStringLiteral("password_changed");
} // namespace ActivityKind

// One signed-in device: one refresh-token family.
struct Session
{
    QString id;
    bool current = false; // the session of the token that asked
    QString clientId;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QString ip;
    QString device;              // "Windows", "macOS", "iPhone"…; empty when not recognised
    QString browser;             // "Firefox 128", "Facturos Account 0.1.0"…; empty when not recognised
    QString approximateLocation; // "Lyon, France", "local network"; empty when unknown (JSON null)

    bool operator==(const Session &o) const
    {
        return id == o.id && current == o.current && clientId == o.clientId && createdAt == o.createdAt &&
               lastSeenAt == o.lastSeenAt && ip == o.ip && device == o.device && browser == o.browser &&
               approximateLocation == o.approximateLocation;
    }
};

struct ActivityEvent
{
    QString id;
    QDateTime time;
    QString kind; // an ActivityKind code: lowercase letters and '_'
    QString ip;
    QString device;
    QString browser;
    QString approximateLocation; // empty when unknown (JSON null)

    bool operator==(const ActivityEvent &o) const
    {
        return id == o.id && time == o.time && kind == o.kind && ip == o.ip && device == o.device &&
               browser == o.browser && approximateLocation == o.approximateLocation;
    }
};

// An administrator account that can see ("view") or also change ("modify") the user's data.
struct Delegate
{
    inline static const QStringList kRoles{QStringLiteral("administrator"), QStringLiteral("accountant"),
                                           QStringLiteral("support")};
    inline static const QStringList kScopes{QStringLiteral("view"), QStringLiteral("modify")};

    QString id;
    QString displayName;
    QString email;
    QString role;  // one of kRoles
    QString scope; // one of kScopes
    QDateTime grantedAt;
    QDateTime lastAccessAt; // invalid when never used (JSON null)

    bool operator==(const Delegate &o) const
    {
        return id == o.id && displayName == o.displayName && email == o.email && role == o.role && scope == o.scope &&
               grantedAt == o.grantedAt && lastAccessAt == o.lastAccessAt;
    }
};

// A text the server gives in both languages the app speaks, so the app shows either without a round trip.
struct LocalizedText
{
    QString en;
    QString fr;

    bool operator==(const LocalizedText &o) const { return en == o.en && fr == o.fr; }
};

// One category of personal data held (GDPR art. 13/15): why, on what basis, how long, who receives it.
struct DataCategory
{
    inline static const QStringList kLegalBases{QStringLiteral("contract"), QStringLiteral("legal_obligation"),
                                                QStringLiteral("consent"), QStringLiteral("legitimate_interest")};

    QString key; // stable: "identity", "usage", "invoices"…
    LocalizedText name;
    LocalizedText purpose;
    QString legalBasis; // one of kLegalBases
    LocalizedText retention;
    LocalizedText recipients;
    qint64 count = 0;

    bool operator==(const DataCategory &o) const
    {
        return key == o.key && name == o.name && purpose == o.purpose && legalBasis == o.legalBasis &&
               retention == o.retention && recipients == o.recipients && count == o.count;
    }
};

// JSON: {"id","current","clientId","createdAt","lastSeenAt","ip","device","browser","approximateLocation"}
[[nodiscard]] QJsonObject toJson(const Session &session);
[[nodiscard]] std::optional<Session> sessionFromJson(const QJsonObject &object, const QString &path,
                                                     FieldErrors *errors);
// JSON: {"id","time","kind","ip","device","browser","approximateLocation"}
[[nodiscard]] QJsonObject toJson(const ActivityEvent &event);
[[nodiscard]] std::optional<ActivityEvent> activityEventFromJson(const QJsonObject &object, const QString &path,
                                                                 FieldErrors *errors);
// JSON: {"id","displayName","email","role","scope","grantedAt","lastAccessAt"}
[[nodiscard]] QJsonObject toJson(const Delegate &delegate);
[[nodiscard]] std::optional<Delegate> delegateFromJson(const QJsonObject &object, const QString &path,
                                                       FieldErrors *errors);
// JSON: {"en","fr"}
[[nodiscard]] QJsonObject toJson(const LocalizedText &text);
// JSON: {"key","name","purpose","legalBasis","retention","recipients","count"}
[[nodiscard]] QJsonObject toJson(const DataCategory &category);
[[nodiscard]] std::optional<DataCategory> dataCategoryFromJson(const QJsonObject &object, const QString &path,
                                                               FieldErrors *errors);
// JSON: {"categories":[…]}
[[nodiscard]] QJsonObject dataInventoryToJson(const QList<DataCategory> &categories);
[[nodiscard]] std::optional<QList<DataCategory>> dataInventoryFromJson(const QJsonObject &object, FieldErrors *errors);

// Whole pages ({"items":[…],"next":string|null}), decoded strictly with item paths ("items[3].kind").
[[nodiscard]] std::optional<Page<Session>> sessionPageFromJson(const QJsonObject &object, FieldErrors *errors);
[[nodiscard]] std::optional<Page<ActivityEvent>> activityPageFromJson(const QJsonObject &object, FieldErrors *errors);
[[nodiscard]] std::optional<Page<Delegate>> delegatePageFromJson(const QJsonObject &object, FieldErrors *errors);

[[nodiscard]] bool isActivityKind(const QString &kind);

} // namespace facturos
