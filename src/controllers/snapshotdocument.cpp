#include "controllers/snapshotdocument.h"

#include "controllers/snapshotlists.h"
#include "controllers/snapshotplaceholders.h"
#include "core/clock.h"
#include "core/closure.h"
#include "core/json.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace facturos::controllers {

namespace {

QString alertCode(OverviewAlert::Kind kind)
{
    switch (kind) {
    case OverviewAlert::Kind::MailboxNeedsReconnection:
        return QStringLiteral("mailbox_needs_reconnection");
    case OverviewAlert::Kind::ClosureScheduled:
        return QStringLiteral("closure_scheduled");
    case OverviewAlert::Kind::StatementUpdated:
        return QStringLiteral("statement_updated");
    case OverviewAlert::Kind::MemoryOnlySession:
        return QStringLiteral("memory_only_session");
    }
    return {};
}

// A hash of everything read: the placeholders' seed. Any change of the account changes every placeholder, and
// no single value can be guessed back from them.
QByteArray seedOf(const SnapshotInput &in)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QJsonObject &object) { hash.addData(toCompactJson(object)); };
    add(toJson(in.account));
    add(toJson(in.profile));
    for (const Mailbox &m : in.mailboxes)
        add(toJson(m));
    for (const Session &s : in.sessions) {
        if (!s.current) // its "last active" moves while the app runs; it is not in the document anyway
            add(toJson(s));
    }
    for (const Delegate &d : in.delegates)
        add(toJson(d));
    for (const ActivityEvent &e : in.activity)
        add(toJson(e));
    for (const ConsentRecord &c : in.consents)
        add(toJson(c));
    return hash.result();
}

void forbidAll(SnapshotPlaceholders &p, const SnapshotInput &in)
{
    const Profile &f = in.profile;
    for (const QString &value :
         {in.account.id, in.account.username, in.account.email, in.account.pendingEmail, in.account.displayName,
          f.firstName, f.lastName, f.username, f.email, f.pendingEmail, f.phone, f.companyName, f.siret})
        p.forbid(value);
    for (const Address &a : {f.deliveryAddress, f.billingAddress.value_or(Address{})}) {
        for (const QString &value : {a.line1, a.line2, a.postalCode, a.city})
            p.forbid(value);
    }
    for (const Mailbox &m : in.mailboxes) {
        p.forbid(m.id);
        p.forbid(m.address);
        if (m.imap) {
            p.forbid(m.imap->host);
            p.forbid(m.imap->username);
        }
    }
    for (const Delegate &d : in.delegates) {
        p.forbid(d.id);
        p.forbid(d.displayName);
        p.forbid(d.email);
    }
    for (const Session &s : in.sessions) {
        p.forbid(s.id);
        p.forbid(s.ip);
    }
    for (const ActivityEvent &e : in.activity)
        p.forbid(e.ip);
}

struct Names
{
    QString first;
    QString last;
    QString hint; // "lucie.moreau": the local part of the user's e-mail stand-ins
};

QJsonObject profileObject(SnapshotPlaceholders &p, const Profile &real, Names *names)
{
    Profile stand;
    names->first = p.firstName(real.firstName);
    names->last = p.lastName(real.lastName);
    const QString first =
        SnapshotPlaceholders::asciiWord(names->first.isEmpty() ? p.firstName(QStringLiteral("?")) : names->first);
    const QString last =
        SnapshotPlaceholders::asciiWord(names->last.isEmpty() ? p.lastName(QStringLiteral("?")) : names->last);
    names->hint = first + QLatin1Char('.') + last;
    stand.firstName = names->first;
    stand.lastName = names->last;
    stand.username = p.username(real.username, names->first, names->last);
    stand.email = p.email(real.email, names->hint, QStringLiteral("example.fr"));
    stand.pendingEmail = p.email(real.pendingEmail, names->hint, QStringLiteral("example.fr"));
    stand.phone = p.phone(real.phone);
    stand.companyName = p.company(real.companyName);
    stand.siret = p.siret(real.siret);
    stand.deliveryAddress = p.address(real.deliveryAddress);
    if (real.billingAddress)
        stand.billingAddress = p.address(*real.billingAddress);
    return toJson(stand);
}

QJsonArray mailboxRows(SnapshotPlaceholders &p, const QList<Mailbox> &mailboxes, const Names &names)
{
    QJsonArray rows;
    for (const Mailbox &real : mailboxes) {
        Mailbox m = real;
        m.id = p.id(real.id);
        m.address = p.email(real.address, names.hint, QStringLiteral("example.net"));
        if (m.imap) {
            m.imap->host = p.imapHost(real.imap->host);
            const QString &user = real.imap->username;
            m.imap->username = user.compare(real.address, Qt::CaseInsensitive) == 0 ? m.address
                               : user.contains(QLatin1Char('@'))
                                   ? p.email(user, names.hint, QStringLiteral("example.net"))
                                   : p.username(user, names.first, names.last);
        }
        rows.append(toJson(m)); // no "secret": the server stores a placeholder for snapshot mailboxes
    }
    return rows;
}

QJsonArray delegateRows(SnapshotPlaceholders &p, const QList<Delegate> &delegates)
{
    QJsonArray rows;
    for (const Delegate &real : delegates) {
        Delegate d = real;
        d.id = p.id(real.id);
        d.displayName =
            real.role == QLatin1String("accountant") ? p.firmName(real.displayName) : p.personName(real.displayName);
        const QStringList words = d.displayName.split(QLatin1Char(' '));
        d.email = p.email(real.email, SnapshotPlaceholders::asciiWord(words.last()), QStringLiteral("example.com"));
        rows.append(toJson(d));
    }
    return rows;
}

// The data the app only counts ("Your data"): as many neutral rows as there were real ones.
void addCountedRows(QJsonObject &user, const SnapshotInput &in)
{
    auto countOf = [&in](const char *key) {
        for (const DataCategory &c : in.inventory) {
            if (c.key == QLatin1String(key))
                return std::min<qint64>(c.count, 100000);
        }
        return qint64(0);
    };
    const QDateTime base = in.account.memberSince.isValid() ? in.account.memberSince : QDateTime::fromSecsSinceEpoch(0);
    QJsonArray chats, surveys, points, records;
    for (qint64 i = 0; i < countOf("support_chats"); ++i)
        chats.append(QJsonObject{{QStringLiteral("startedAt"), formatTime(base.addDays(i))},
                                 {QStringLiteral("topic"), QStringLiteral("Conversation %1").arg(i + 1)},
                                 {QStringLiteral("transcript"), QStringLiteral("(not in the snapshot)")}});
    for (qint64 i = 0; i < countOf("surveys"); ++i)
        surveys.append(QJsonObject{{QStringLiteral("answeredAt"), formatTime(base.addDays(i))},
                                   {QStringLiteral("survey"), QStringLiteral("survey-%1").arg(i + 1)},
                                   {QStringLiteral("answer"), QStringLiteral("(not in the snapshot)")}});
    for (qint64 i = 0; i < countOf("location"); ++i) // the geographic centre of France, not the user's places
        points.append(QJsonObject{{QStringLiteral("time"), formatTime(base.addSecs(i * 60))},
                                  {QStringLiteral("latitude"), 46.2276},
                                  {QStringLiteral("longitude"), 2.2137},
                                  {QStringLiteral("accuracyM"), 1000}});
    for (qint64 i = 0; i < countOf("invoices"); ++i)
        records.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("invoice")},
            {QStringLiteral("reference"), QStringLiteral("FAC-0000-%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("issuedOn"), base.date().addDays(i).toString(Qt::ISODate)},
            {QStringLiteral("amountCents"), 0},
            {QStringLiteral("currency"), QStringLiteral("EUR")}});
    user.insert(QStringLiteral("supportChats"), chats);
    user.insert(QStringLiteral("surveyAnswers"), surveys);
    user.insert(QStringLiteral("locationPoints"), points);
    user.insert(QStringLiteral("legalRecords"), records);
}

QJsonObject metadata(const SnapshotInput &in, const SnapshotContext &context, const QJsonObject &user,
                     const QJsonObject &lists, SnapshotPlaceholders &p)
{
    QJsonArray alerts;
    for (const OverviewAlert &a : in.alerts) {
        QJsonObject alert{{QStringLiteral("kind"), alertCode(a.kind)}};
        if (a.kind == OverviewAlert::Kind::MailboxNeedsReconnection)
            alert.insert(QStringLiteral("subject"), p.email(a.subject, {}, QStringLiteral("example.net")));
        else if (!a.subject.isEmpty())
            alert.insert(QStringLiteral("subject"), a.subject); // a statement version
        if (!a.reason.isEmpty())
            alert.insert(QStringLiteral("reason"), a.reason);
        if (a.date.isValid())
            alert.insert(QStringLiteral("date"), formatTime(a.date));
        alerts.append(alert);
    }
    QJsonObject inventory;
    for (const DataCategory &c : in.inventory)
        inventory.insert(c.key, c.count);
    const QString email = user.value(QStringLiteral("profile")).toObject().value(QStringLiteral("email")).toString();
    return {
        {QStringLiteral("format"), kSnapshotFormat},
        {QStringLiteral("about"),
         QStringLiteral("A Facturos Account support snapshot: the account as the app showed it, every personal value "
                        "replaced by a placeholder of the same shape, no password, token or mailbox secret. It is a "
                        "fixture of the reference server: facturos-account-server --fixture THIS_FILE")},
        {QStringLiteral("takenAt"), formatTime(context.takenAt)},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("name"), QStringLiteral("facturos-account")},
                                            {QStringLiteral("version"), context.appVersion},
                                            {QStringLiteral("qt"), context.qtVersion},
                                            {QStringLiteral("platform"), context.platform}}},
        {QStringLiteral("language"), context.language},
        {QStringLiteral("locale"), context.locale},
        {QStringLiteral("server"), context.server.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)},
        {QStringLiteral("sections"), QJsonArray::fromStringList(context.sections)},
        {QStringLiteral("supportSignIn"),
         QJsonObject{
             {QStringLiteral("email"), email},
             {QStringLiteral("password"), QStringLiteral("printed by facturos-account-server when it loads "
                                                         "this file, or the one given by --support-password")}}},
        {QStringLiteral("overview"),
         QJsonObject{
             {QStringLiteral("status"), in.account.status},
             {QStringLiteral("memberSince"), formatTime(in.account.memberSince)},
             {QStringLiteral("acknowledgedStatement"), nullIfEmpty(in.account.acknowledgedStatementVersion)},
             {QStringLiteral("currentStatement"), in.account.currentStatementVersion},
             {QStringLiteral("pendingEmail"), !in.account.pendingEmail.isEmpty()},
             {QStringLiteral("closure"), in.account.closure ? QJsonValue(toJson(*in.account.closure)) : QJsonValue()},
             {QStringLiteral("alerts"), alerts}}},
        {QStringLiteral("lists"), lists},
        {QStringLiteral("inventory"), inventory},
    };
}

} // namespace

QJsonObject supportSnapshotDocument(const SnapshotInput &in, const SnapshotContext &context)
{
    SnapshotPlaceholders p(seedOf(in));
    forbidAll(p, in);
    QStringList ids{in.account.id};
    for (const Mailbox &m : in.mailboxes)
        ids.append(m.id);
    for (const Session &s : in.sessions)
        ids.append(s.id);
    for (const Delegate &d : in.delegates)
        ids.append(d.id);
    p.keepIdOrder(ids);

    Names names;
    QJsonObject user{
        {QStringLiteral("id"), p.id(in.account.id)},
        {QStringLiteral("createdAt"), formatTime(in.account.memberSince)},
        {QStringLiteral("profile"), profileObject(p, in.profile, &names)},
        {QStringLiteral("communications"), toJson(in.communications)},
        {QStringLiteral("privacy"), toJson(in.privacy)},
        {QStringLiteral("statementAck"), nullIfEmpty(in.account.acknowledgedStatementVersion)},
    };
    if (in.account.closure)
        user.insert(QStringLiteral("closure"), toJson(*in.account.closure));
    user.insert(QStringLiteral("mailboxes"), mailboxRows(p, in.mailboxes, names));
    user.insert(QStringLiteral("delegates"), delegateRows(p, in.delegates));
    addCountedRows(user, in);

    const SnapshotRows rows = snapshotRows(p, in);
    user.insert(QStringLiteral("sessions"), rows.sessions);
    user.insert(QStringLiteral("activity"), rows.activity);
    user.insert(QStringLiteral("consents"), rows.consents);
    QJsonObject lists = rows.summary;

    QJsonObject statuses;
    for (const Mailbox &m : in.mailboxes)
        statuses.insert(m.status, statuses.value(m.status).toInt() + 1);
    lists.insert(QStringLiteral("mailboxes"), QJsonObject{{QStringLiteral("total"), int(in.mailboxes.size())},
                                                          {QStringLiteral("statuses"), statuses}});
    lists.insert(QStringLiteral("delegates"), QJsonObject{{QStringLiteral("total"), int(in.delegates.size())}});

    return {
        {QStringLiteral("version"), 1},
        {QStringLiteral("snapshot"), metadata(in, context, user, lists, p)},
        {QStringLiteral("users"), QJsonArray{user}},
    };
}

} // namespace facturos::controllers
