#pragma once
// The "Your data" and Mailboxes lists: categories of data held (with purpose, legal basis and retention),
// the consent history (lazy paging: GDPR art. 7 proof can be long) and connected mailboxes.

#include "controllers/itemlistmodel.h"
#include "core/consentrecord.h"
#include "core/mailbox.h"
#include "core/securitydata.h"

namespace facturos::controllers {

class DataCategoryListModel final : public ItemListModel<DataCategory>
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameEnRole,
        NameFrRole,
        PurposeEnRole,
        PurposeFrRole,
        LegalBasisRole,
        RetentionEnRole,
        RetentionFrRole,
        RecipientsEnRole,
        RecipientsFrRole,
        CountRole,
    };
    Q_ENUM(Role)
    DataCategoryListModel(Fetch fetch, QObject *parent = nullptr)
        : ItemListModel(std::move(fetch), kMaxPageLimit, parent)
    {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const DataCategory &item) const override { return item.key; }
    [[nodiscard]] QVariant itemData(const DataCategory &item, int role) const override;
};

class ConsentListModel final : public ItemListModel<ConsentRecord>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole,
        PurposeRole,
        GrantedRole,
        SourceRole,
        StatementVersionRole,
    };
    Q_ENUM(Role)
    ConsentListModel(Fetch fetch, int pageSize = 100, QObject *parent = nullptr)
        : ItemListModel(std::move(fetch), pageSize, parent)
    {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const ConsentRecord &item) const override { return item.id; }
    [[nodiscard]] QVariant itemData(const ConsentRecord &item, int role) const override;
};

class MailboxListModel final : public ItemListModel<Mailbox>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // "gmail" | "imap"
        AddressRole,
        StatusRole, // "ok" | "needs_reconnection" | "revocation_pending"
        StatusReasonRole,
        NeedsReconnectionRole,
        ConnectedAtRole,
        LastUsedAtRole,
        ScopesRole, // QStringList; Gmail: "https://mail.google.com/" (full access, shown plainly)
        ImapHostRole,
        ImapPortRole,
        ImapSecurityRole,
        ImapUsernameRole,
    };
    Q_ENUM(Role)
    MailboxListModel(Fetch fetch, QObject *parent = nullptr) : ItemListModel(std::move(fetch), kMaxPageLimit, parent) {}
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString keyOf(const Mailbox &item) const override { return item.id; }
    [[nodiscard]] QVariant itemData(const Mailbox &item, int role) const override;
};

} // namespace facturos::controllers
