#pragma once
// The three tables of the Security page, as columns over the controller's list models: signed-in devices
// (this device marked in words, in bold and with an icon), the sign-in activity (one line per event, so its
// rows all have the same height however many there are) and the administrators with access. Codes become
// words and times the user's locale here.

#include "controllers/securitymodels.h"
#include "pages/listcolumnsmodel.h"

#include <QCoreApplication>

namespace facturos::pages {

class SecurityTables
{
    Q_DECLARE_TR_FUNCTIONS(SecurityTables)
public:
    enum SessionColumn { SessionDeviceColumn, SessionPlaceColumn, SessionSignedInColumn, SessionLastActiveColumn };
    // What helps to recognise an event comes first; the network address, the most technical, last.
    enum ActivityColumn {
        ActivityWhenColumn,
        ActivityResultColumn,
        ActivityPlaceColumn,
        ActivityDeviceColumn,
        ActivityBrowserColumn,
        ActivityIpColumn,
    };
    enum DelegateColumn {
        DelegateNameColumn,
        DelegateRoleColumn,
        DelegateAccessColumn,
        DelegateSinceColumn,
        DelegateLastAccessColumn
    };

    [[nodiscard]] static ListColumnsModel *sessions(controllers::SessionListModel &model, QObject *parent);
    [[nodiscard]] static ListColumnsModel *activity(controllers::ActivityListModel &model, QObject *parent);
    [[nodiscard]] static ListColumnsModel *delegates(controllers::DelegateListModel &model, QObject *parent);

    // "Firefox 145 on Windows", or whichever half is known, or "Unknown device".
    [[nodiscard]] static QString device(const QString &device, const QString &browser);
    // A session row in words, for confirmations: "Firefox 145 on Windows, Lyon, France".
    [[nodiscard]] static QString sessionDescription(const QModelIndex &session);
    // What an activity code means ("Signed in", "Sign-in failed"…); an unknown code gets a generic phrase.
    [[nodiscard]] static QString activityResult(const QString &kind);
    // "Accountant", "Facturos support"…; and "See your data" / "See and change your data".
    [[nodiscard]] static QString role(const QString &code);
    [[nodiscard]] static QString access(const QString &scope);
    // A time in the user's locale and time zone: its short format, to the minute.
    [[nodiscard]] static QString dateTime(const QDateTime &time);
};

} // namespace facturos::pages
