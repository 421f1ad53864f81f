#include "controllers/securitymodels.h"

namespace facturos::controllers {

namespace {

// Sessions and activity events both say where a sign-in came from: the same four roles, each model with its
// own role numbers.
template <typename Model> QHash<int, QByteArray> originRoleNames(QHash<int, QByteArray> names)
{
    names.insert({{Model::IpRole, "ip"},
                  {Model::DeviceRole, "device"},
                  {Model::BrowserRole, "browser"},
                  {Model::LocationRole, "approximateLocation"}});
    return names;
}

template <typename Model, typename T> QVariant originData(const T &item, int role)
{
    switch (role) {
    case Model::IpRole:
        return item.ip;
    case Model::DeviceRole:
        return item.device;
    case Model::BrowserRole:
        return item.browser;
    case Model::LocationRole:
        return item.approximateLocation;
    default:
        return {};
    }
}

} // namespace

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return originRoleNames<SessionListModel>({{Qt::DisplayRole, "display"},
                                              {IdRole, "id"},
                                              {CurrentRole, "current"},
                                              {ClientIdRole, "clientId"},
                                              {CreatedAtRole, "createdAt"},
                                              {LastSeenAtRole, "lastSeenAt"}});
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
    default:
        return originData<SessionListModel>(item, role);
    }
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    return originRoleNames<ActivityListModel>(
        {{Qt::DisplayRole, "display"}, {IdRole, "id"}, {TimeRole, "time"}, {KindRole, "kind"}});
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
    default:
        return originData<ActivityListModel>(item, role);
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
