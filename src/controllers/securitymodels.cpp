#include "controllers/securitymodels.h"

namespace facturos::controllers {

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {CurrentRole, "current"},
            {ClientIdRole, "clientId"},
            {CreatedAtRole, "createdAt"},
            {LastSeenAtRole, "lastSeenAt"},
            {IpRole, "ip"},
            {DeviceRole, "device"},
            {BrowserRole, "browser"},
            {LocationRole, "approximateLocation"}};
}

QVariant SessionListModel::itemData(const Session &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return item.browser.isEmpty() ? item.clientId : item.browser;
    case IdRole:
        return item.id;
    case CurrentRole:
        return item.current;
    case ClientIdRole:
        return item.clientId;
    case CreatedAtRole:
        return item.createdAt;
    case LastSeenAtRole:
        return item.lastSeenAt;
    case IpRole:
        return item.ip;
    case DeviceRole:
        return item.device;
    case BrowserRole:
        return item.browser;
    case LocationRole:
        return item.approximateLocation;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {TimeRole, "time"},
            {KindRole, "kind"},
            {IpRole, "ip"},
            {DeviceRole, "device"},
            {BrowserRole, "browser"},
            {LocationRole, "approximateLocation"}};
}

QVariant ActivityListModel::itemData(const ActivityEvent &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case KindRole:
        return item.kind;
    case IdRole:
        return item.id;
    case TimeRole:
        return item.time;
    case IpRole:
        return item.ip;
    case DeviceRole:
        return item.device;
    case BrowserRole:
        return item.browser;
    case LocationRole:
        return item.approximateLocation;
    default:
        return {};
    }
}

QHash<int, QByteArray> DelegateListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {DisplayNameRole, "displayName"},
            {EmailRole, "email"},
            {RoleRole, "role"},
            {ScopeRole, "scope"},
            {GrantedAtRole, "grantedAt"},
            {LastAccessAtRole, "lastAccessAt"}};
}

QVariant DelegateListModel::itemData(const Delegate &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return item.displayName;
    case IdRole:
        return item.id;
    case EmailRole:
        return item.email;
    case RoleRole:
        return item.role;
    case ScopeRole:
        return item.scope;
    case GrantedAtRole:
        return item.grantedAt;
    case LastAccessAtRole:
        return item.lastAccessAt;
    default:
        return {};
    }
}

} // namespace facturos::controllers
