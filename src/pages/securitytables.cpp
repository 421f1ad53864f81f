#include "pages/securitytables.h"

#include "pages/icons.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

namespace facturos::pages {

using controllers::ActivityListModel;
using controllers::DelegateListModel;
using controllers::SessionListModel;

namespace {

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? SecurityTables::tr("Unknown") : value;
}

// A plain text column: `text` for the display, accessible and tooltip roles alike (the tooltip shows what a
// narrow column cuts off).
ListColumnsModel::Column textColumn(const QString &title, std::function<QString(const QModelIndex &)> text)
{
    return {title, [text = std::move(text)](const QModelIndex &source, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
                    return text(source);
                return {};
            }};
}

const QIcon &thisDeviceIcon()
{
    static const QIcon icon = icons::icon(QStringLiteral("thisdevice"));
    return icon;
}

const QIcon &warningIcon()
{
    static const QIcon icon = icons::icon(QStringLiteral("warning"));
    return icon;
}

} // namespace

QString SecurityTables::device(const QString &device, const QString &browser)
{
    if (!device.isEmpty() && !browser.isEmpty())
        //: %1 is a browser or app ("Firefox 145"), %2 a system or device ("Windows", "iPhone").
        return tr("%1 on %2").arg(browser, device);
    if (!device.isEmpty() || !browser.isEmpty())
        return device.isEmpty() ? browser : device;
    return tr("Unknown device");
}

QString SecurityTables::sessionDescription(const QModelIndex &session)
{
    const QString what = device(session.data(SessionListModel::DeviceRole).toString(),
                                session.data(SessionListModel::BrowserRole).toString());
    const QString place = session.data(SessionListModel::LocationRole).toString();
    //: %1 is a device ("Firefox 145 on Windows"), %2 an approximate place ("Lyon, France").
    return place.isEmpty() ? what : tr("%1, %2").arg(what, place);
}

QString SecurityTables::activityResult(const QString &kind)
{
    if (kind == ActivityKind::SignIn)
        return tr("Sign-in succeeded");
    if (kind == ActivityKind::SignInFailed)
        return tr("Sign-in failed");
    if (kind == ActivityKind::SignOut)
        return tr("Signed out");
    if (kind == ActivityKind::SessionRevoked)
        return tr("Another device signed out");
    if (kind == ActivityKind::DelegateRevoked)
        return tr("Administrator access revoked");
    if (kind == ActivityKind::ProfileUpdated)
        return tr("Personal information changed");
    if (kind == ActivityKind::EmailChangeRequested)
        return tr("E-mail address change requested");
    if (kind == ActivityKind::PreferencesUpdated)
        return tr("Choices changed");
    if (kind == ActivityKind::PasswordChanged)
        return tr("Password changed");
    return tr("Other change to your account");
}

QString SecurityTables::role(const QString &code)
{
    if (code == QLatin1String("administrator"))
        return tr("Administrator");
    if (code == QLatin1String("accountant"))
        return tr("Accountant");
    if (code == QLatin1String("support"))
        return tr("Facturos support");
    return orUnknown(code);
}

QString SecurityTables::access(const QString &scope)
{
    if (scope == QLatin1String("modify"))
        return tr("See and change your data");
    if (scope == QLatin1String("view"))
        return tr("See your data");
    return orUnknown(scope);
}

QString SecurityTables::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The locale's short date and time, to the minute: seconds only add noise to a list of sign-ins.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time.toLocalTime(), format);
}

ListColumnsModel *SecurityTables::sessions(SessionListModel &model, QObject *parent)
{
    using M = SessionListModel;
    // This device is told apart in words (so also by screen readers and in any colour scheme), in bold and by
    // an icon.
    ListColumnsModel::Column device{
        tr("Device"), [](const QModelIndex &source, int role) -> QVariant {
            const bool current = source.data(M::CurrentRole).toBool();
            const QString what =
                SecurityTables::device(source.data(M::DeviceRole).toString(), source.data(M::BrowserRole).toString());
            switch (role) {
            case Qt::DisplayRole:
            case Qt::AccessibleTextRole:
                // The marker first, so that a narrow column never cuts it off.
                //: %1 is a device ("Firefox 145 on Windows").
                return current ? tr("This device: %1").arg(what) : what;
            case Qt::DecorationRole:
                return current ? QVariant(thisDeviceIcon()) : QVariant();
            case Qt::FontRole: {
                if (!current)
                    return {};
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            case Qt::ToolTipRole:
                //: %1 is a device ("Firefox 145 on Windows"), %2 a network address.
                return tr("%1\nIP address: %2").arg(what, orUnknown(source.data(M::IpRole).toString()));
            default:
                return {};
            }
        }};
    return new ListColumnsModel(
        model,
        {device,
         textColumn(tr("Approximate place"),
                    [](const QModelIndex &s) { return orUnknown(s.data(M::LocationRole).toString()); }),
         textColumn(tr("Signed in"),
                    [](const QModelIndex &s) { return dateTime(s.data(M::CreatedAtRole).toDateTime()); }),
         textColumn(tr("Last active"),
                    [](const QModelIndex &s) { return dateTime(s.data(M::LastSeenAtRole).toDateTime()); })},
        parent);
}

ListColumnsModel *SecurityTables::activity(ActivityListModel &model, QObject *parent)
{
    using M = ActivityListModel;
    ListColumnsModel::Column result{tr("Result"), [](const QModelIndex &source, int role) -> QVariant {
                                        const QString kind = source.data(M::KindRole).toString();
                                        const bool failed = kind == ActivityKind::SignInFailed;
                                        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                                            return activityResult(kind);
                                        if (role == Qt::DecorationRole && failed)
                                            return warningIcon();
                                        if (role == Qt::ToolTipRole)
                                            return failed ? tr("A wrong password was entered for your account.")
                                                          : activityResult(kind);
                                        return {};
                                    }};
    return new ListColumnsModel(
        model,
        {textColumn(tr("Date"), [](const QModelIndex &s) { return dateTime(s.data(M::TimeRole).toDateTime()); }),
         result,
         textColumn(tr("Approximate place"),
                    [](const QModelIndex &s) { return orUnknown(s.data(M::LocationRole).toString()); }),
         textColumn(tr("Device"), [](const QModelIndex &s) { return orUnknown(s.data(M::DeviceRole).toString()); }),
         textColumn(tr("Browser"), [](const QModelIndex &s) { return orUnknown(s.data(M::BrowserRole).toString()); }),
         textColumn(tr("IP address"), [](const QModelIndex &s) { return orUnknown(s.data(M::IpRole).toString()); })},
        parent);
}

ListColumnsModel *SecurityTables::delegates(DelegateListModel &model, QObject *parent)
{
    using M = DelegateListModel;
    ListColumnsModel::Column name{tr("Name"), [](const QModelIndex &source, int role) -> QVariant {
                                      if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                                          return source.data(M::DisplayNameRole);
                                      if (role == Qt::ToolTipRole)
                                          return source.data(M::EmailRole);
                                      return {};
                                  }};
    return new ListColumnsModel(
        model,
        {name, textColumn(tr("Role"), [](const QModelIndex &s) { return role(s.data(M::RoleRole).toString()); }),
         textColumn(tr("What they can do"),
                    [](const QModelIndex &s) { return access(s.data(M::ScopeRole).toString()); }),
         textColumn(tr("Since"),
                    [](const QModelIndex &s) {
                        return QLocale().toString(s.data(M::GrantedAtRole).toDateTime().toLocalTime().date(),
                                                  QLocale::ShortFormat);
                    }),
         textColumn(tr("Last access"),
                    [](const QModelIndex &s) {
                        const QDateTime last = s.data(M::LastAccessAtRole).toDateTime();
                        return last.isValid() ? dateTime(last) : tr("Never");
                    })},
        parent);
}

} // namespace facturos::pages
