#pragma once
// The Security page's lists: signed-in sessions (the current one marked), the sign-in activity (lazy paging
// over any length) and the administrator delegates. Roles carry raw values; the pages format them.

#include "controllers/itemlistmodel.h"
#include "core/securitydata.h"

namespace facturos::controllers {

class SessionListModel final : public ItemListModel<Session>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CurrentRole,
        ClientIdRole,
        CreatedAtRole,
        LastSeenAtRole,
        IpRole,
        DeviceRole,
        BrowserRole,
        LocationRole,
    };
    Q_ENUM(Role)
    SessionListModel(Fetch fetch, QObject *parent = nullptr) : ItemListModel(std::move(fetch), kMaxPageLimit, parent) {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const Session &item) const override { return item.id; }
    [[nodiscard]] QVariant itemData(const Session &item, int role) const override;
};

class ActivityListModel final : public ItemListModel<ActivityEvent>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole,
        KindRole,
        IpRole,
        DeviceRole,
        BrowserRole,
        LocationRole,
    };
    Q_ENUM(Role)
    ActivityListModel(Fetch fetch, int pageSize = 100, QObject *parent = nullptr)
        : ItemListModel(std::move(fetch), pageSize, parent)
    {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const ActivityEvent &item) const override { return item.id; }
    [[nodiscard]] QVariant itemData(const ActivityEvent &item, int role) const override;
};

class DelegateListModel final : public ItemListModel<Delegate>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DisplayNameRole,
        EmailRole,
        RoleRole, // "administrator" | "accountant" | "support"
        ScopeRole,
        GrantedAtRole,
        LastAccessAtRole,
    };
    Q_ENUM(Role)
    DelegateListModel(Fetch fetch, QObject *parent = nullptr) : ItemListModel(std::move(fetch), kMaxPageLimit, parent)
    {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const Delegate &item) const override { return item.id; }
    [[nodiscard]] QVariant itemData(const Delegate &item, int role) const override;
};

} // namespace facturos::controllers
