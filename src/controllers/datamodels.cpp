#include "controllers/datamodels.h"

namespace facturos::controllers {

QHash<int, QByteArray> DataCategoryListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {KeyRole, "key"},
            {NameEnRole, "nameEn"},
            {NameFrRole, "nameFr"},
            {PurposeEnRole, "purposeEn"},
            {PurposeFrRole, "purposeFr"},
            {LegalBasisRole, "legalBasis"},
            {RetentionEnRole, "retentionEn"},
            {RetentionFrRole, "retentionFr"},
            {RecipientsEnRole, "recipientsEn"},
            {RecipientsFrRole, "recipientsFr"},
            {CountRole, "count"}};
}

QVariant DataCategoryListModel::itemData(const DataCategory &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole:
        return item.key;
    case NameEnRole:
        return item.name.en;
    case NameFrRole:
        return item.name.fr;
    case PurposeEnRole:
        return item.purpose.en;
    case PurposeFrRole:
        return item.purpose.fr;
    case LegalBasisRole:
        return item.legalBasis;
    case RetentionEnRole:
        return item.retention.en;
    case RetentionFrRole:
        return item.retention.fr;
    case RecipientsEnRole:
        return item.recipients.en;
    case RecipientsFrRole:
        return item.recipients.fr;
    case CountRole:
        return item.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsentListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {TimeRole, "time"},
            {PurposeRole, "purpose"},
            {GrantedRole, "granted"},
            {SourceRole, "source"},
            {StatementVersionRole, "statementVersion"}};
}

QVariant ConsentListModel::itemData(const ConsentRecord &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case PurposeRole:
        return item.purpose;
    case IdRole:
        return item.id;
    case TimeRole:
        return item.time;
    case GrantedRole:
        return item.granted;
    case SourceRole:
        return item.source;
    case StatementVersionRole:
        return item.statementVersion;
    default:
        return {};
    }
}

QHash<int, QByteArray> MailboxListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {KindRole, "kind"},
            {AddressRole, "address"},
            {StatusRole, "status"},
            {StatusReasonRole, "statusReason"},
            {NeedsReconnectionRole, "needsReconnection"},
            {ConnectedAtRole, "connectedAt"},
            {LastUsedAtRole, "lastUsedAt"},
            {ScopesRole, "scopes"},
            {ImapHostRole, "imapHost"},
            {ImapPortRole, "imapPort"},
            {ImapSecurityRole, "imapSecurity"},
            {ImapUsernameRole, "imapUsername"}};
}

QVariant MailboxListModel::itemData(const Mailbox &item, int role) const
{
    const ImapSettings imap = item.imap.value_or(ImapSettings{});
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole:
        return item.address;
    case IdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case StatusRole:
        return item.status;
    case StatusReasonRole:
        return item.statusReason;
    case NeedsReconnectionRole:
        return item.status == QLatin1String("needs_reconnection");
    case ConnectedAtRole:
        return item.connectedAt;
    case LastUsedAtRole:
        return item.lastUsedAt;
    case ScopesRole:
        return item.scopes;
    case ImapHostRole:
        return item.imap ? QVariant(imap.host) : QVariant();
    case ImapPortRole:
        return item.imap ? QVariant(imap.port) : QVariant();
    case ImapSecurityRole:
        return item.imap ? QVariant(imap.security) : QVariant();
    case ImapUsernameRole:
        return item.imap ? QVariant(imap.username) : QVariant();
    default:
        return {};
    }
}

} // namespace facturos::controllers
