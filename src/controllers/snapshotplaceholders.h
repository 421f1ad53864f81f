#pragma once
// Realistic stand-ins for the personal values of a support snapshot, keeping their shape: names stay names, a
// French phone stays a valid French E.164 number, a SIRET stays 14 Luhn-valid digits, an address stays a
// French address with a real postal code and city, e-mails move to example.* domains, IP addresses to the
// documentation ranges, ids to other UUIDs. The same real value always gets the same stand-in, and two real
// values never share one.
//
// Every choice comes from SHA-256(seed, kind, real value, attempt): the same seed gives the same snapshot.
// The seed must hold more than the value itself (the snapshot builder hashes the whole account), or a
// low-entropy value such as a phone number could be found again by trying them all.

#include "core/profile.h"

#include <functional>
#include <QHash>
#include <QSet>
#include <QString>

namespace facturos::controllers {

class SnapshotPlaceholders
{
public:
    explicit SnapshotPlaceholders(QByteArray seed);

    // A real value no stand-in may equal, nor share a distinctive word with (call before asking for any).
    void forbid(const QString &real);

    // Empty stays empty for all of these (an unset field is part of the shape).
    [[nodiscard]] QString firstName(const QString &real);
    [[nodiscard]] QString lastName(const QString &real);
    // "first.last" from the stand-ins of the names, made unique.
    [[nodiscard]] QString username(const QString &real, const QString &firstName, const QString &lastName);
    // "<hint>@<domain>", `domain` one of the example.* domains; `hint` a local part already made of stand-ins.
    [[nodiscard]] QString email(const QString &real, const QString &hint, const QString &domain);
    [[nodiscard]] QString phone(const QString &real);
    [[nodiscard]] QString siret(const QString &real);
    [[nodiscard]] QString company(const QString &real);
    // A person ("Lucie Moreau") or a firm ("Cabinet Moreau"), for administrators' display names.
    [[nodiscard]] QString personName(const QString &real);
    [[nodiscard]] QString firmName(const QString &real);
    [[nodiscard]] Address address(const Address &real);
    [[nodiscard]] QString imapHost(const QString &real);
    // Loopback stays as it is; private ranges stay private (so "local network" stays); the rest goes to
    // 192.0.2.0/24 or 2001:db8::/32.
    [[nodiscard]] QString ip(const QString &real);
    [[nodiscard]] QString id(const QString &real);
    // Gives `reals` their id stand-ins in the same sort order, since the server lists some rows by id
    // (mailboxes) and breaks ties by id (sessions, administrators). Call before id() for any of them.
    void keepIdOrder(QStringList reals);
    // A number from the seed alone (generator seeds).
    [[nodiscard]] quint32 number(const QString &purpose);

    // "Jérôme" → "jerome": for local parts and usernames.
    [[nodiscard]] static QString asciiWord(const QString &text);

private:
    [[nodiscard]] quint64 draw(const QString &kind, const QString &real, int attempt) const;
    // The stand-in of `real` in `kind`: remembered, unique within `kind`, never forbidden.
    QString unique(const QString &kind, const QString &real, const std::function<QString(quint64)> &make);
    [[nodiscard]] bool isForbidden(const QString &candidate) const;
    [[nodiscard]] static QStringList words(const QString &text);

    QByteArray m_seed;
    QHash<QString, QString> m_stand;       // kind + real → stand-in
    QHash<QString, QSet<QString>> m_taken; // kind → stand-ins given
    QSet<QString> m_forbiddenValues;       // lower case
    QSet<QString> m_forbiddenWords;        // lower case, distinctive words of the real values
};

} // namespace facturos::controllers
