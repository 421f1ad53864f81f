#pragma once
// The support snapshot document: the account as the app saw it, with every personal value replaced by a
// placeholder of the same shape, written as a fixture the reference server loads (`facturos-account-server
// --fixture SNAPSHOT.json`) plus a "snapshot" member saying what the app saw (sections, statuses, alerts,
// list totals, app version, locale, server). Pure: no I/O, the same input gives the same document.
//
// List lengths are kept exactly: the rows a user sees first (the first page of the activity and of the
// consent history) are written one by one with their kind, result and date; the older rows are written as
// fixture generators with their count, time span and kinds. The user's current session and the sign-in that
// opened it are left out, because the support sign-in adds its own session and sign-in event in their place.

#include "controllers/overviewcontroller.h"
#include "core/account.h"
#include "core/consentrecord.h"
#include "core/mailbox.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "core/securitydata.h"

#include <QJsonObject>
#include <QUrl>

namespace facturos::controllers {

// What the app read, section by section. Long lists newest first, as the API gives them.
struct SnapshotInput
{
    Account account;
    Profile profile;
    CommunicationChoices communications;
    PrivacyChoices privacy;
    QList<Mailbox> mailboxes;
    QList<Session> sessions;
    QList<Delegate> delegates;
    QList<ActivityEvent> activity;
    bool activityComplete = true; // false: the reading stopped at the limit, the total is a lower bound
    QList<ConsentRecord> consents;
    bool consentsComplete = true;
    QList<DataCategory> inventory;
    QList<OverviewAlert> alerts;
};

// Where the snapshot was taken.
struct SnapshotContext
{
    QString appVersion;
    QString qtVersion;
    QString platform;
    QString language; // the app's, "fr" | "en"
    QString locale;   // the system's, "fr_FR"
    QUrl server;
    QStringList sections; // the sidebar's section keys, in order
    QDateTime takenAt;
};

inline constexpr int kSnapshotExplicitRows = 100; // the first page of the Security activity and consent lists
inline constexpr int kSnapshotFormat = 1;

[[nodiscard]] QJsonObject supportSnapshotDocument(const SnapshotInput &input, const SnapshotContext &context);

// A User-Agent header the reference server reads back as `device` and `browser` (the words the Security page
// shows), for rows whose real header the API never returns.
[[nodiscard]] QString userAgentFor(const QString &device, const QString &browser);

} // namespace facturos::controllers
