#include "controllers/snapshotplaceholders.h"

#include "core/validation.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QtEndian>
#include <QUuid>

namespace facturos::controllers {

namespace {

const QStringList kFirstNames{
    QStringLiteral("Lucie"),  QStringLiteral("Hugo"),    QStringLiteral("Chloé"),   QStringLiteral("Louis"),
    QStringLiteral("Manon"),  QStringLiteral("Théo"),    QStringLiteral("Inès"),    QStringLiteral("Nathan"),
    QStringLiteral("Léna"),   QStringLiteral("Arthur"),  QStringLiteral("Sarah"),   QStringLiteral("Jules"),
    QStringLiteral("Émilie"), QStringLiteral("Antoine"), QStringLiteral("Pauline"), QStringLiteral("Mathis"),
    QStringLiteral("Clara"),  QStringLiteral("Julien"),  QStringLiteral("Margaux"), QStringLiteral("Bastien"),
    QStringLiteral("Océane"), QStringLiteral("Romain"),  QStringLiteral("Justine"), QStringLiteral("Gaël"),
    QStringLiteral("Anaïs"),  QStringLiteral("Maxime"),  QStringLiteral("Elsa"),    QStringLiteral("Yanis"),
    QStringLiteral("Noémie"), QStringLiteral("Quentin"), QStringLiteral("Agathe"),  QStringLiteral("Loïc"),
};
const QStringList kLastNames{
    QStringLiteral("Moreau"),   QStringLiteral("Lefèvre"),  QStringLiteral("Garnier"),   QStringLiteral("Faure"),
    QStringLiteral("Rousseau"), QStringLiteral("Blanc"),    QStringLiteral("Guérin"),    QStringLiteral("Muller"),
    QStringLiteral("Henry"),    QStringLiteral("Roussel"),  QStringLiteral("Nicolas"),   QStringLiteral("Perrin"),
    QStringLiteral("Mathieu"),  QStringLiteral("Clément"),  QStringLiteral("Gauthier"),  QStringLiteral("Dumont"),
    QStringLiteral("Lopez"),    QStringLiteral("Fontaine"), QStringLiteral("Chevalier"), QStringLiteral("Robin"),
    QStringLiteral("Masson"),   QStringLiteral("Sanchez"),  QStringLiteral("Boyer"),     QStringLiteral("Denis"),
    QStringLiteral("Lemaire"),  QStringLiteral("Duval"),    QStringLiteral("Joly"),      QStringLiteral("Gautier"),
    QStringLiteral("Roger"),    QStringLiteral("Roche"),    QStringLiteral("Roy"),       QStringLiteral("Noël"),
};
const QStringList kTrades{
    QStringLiteral("Atelier"),   QStringLiteral("Boulangerie"), QStringLiteral("Studio"),
    QStringLiteral("Garage"),    QStringLiteral("Librairie"),   QStringLiteral("Imprimerie"),
    QStringLiteral("Plomberie"), QStringLiteral("Épicerie"),    QStringLiteral("Fromagerie"),
    QStringLiteral("Charpente"), QStringLiteral("Jardins"),     QStringLiteral("Conseil"),
};
const QStringList kStreetTypes{QStringLiteral("rue"),     QStringLiteral("avenue"), QStringLiteral("boulevard"),
                               QStringLiteral("place"),   QStringLiteral("chemin"), QStringLiteral("allée"),
                               QStringLiteral("impasse"), QStringLiteral("quai")};
const QStringList kStreetNames{
    QStringLiteral("des Lilas"),     QStringLiteral("de la Gare"),       QStringLiteral("Victor Hugo"),
    QStringLiteral("Jean Jaurès"),   QStringLiteral("du Moulin"),        QStringLiteral("des Écoles"),
    QStringLiteral("Pasteur"),       QStringLiteral("de la République"), QStringLiteral("du Marché"),
    QStringLiteral("des Acacias"),   QStringLiteral("Gambetta"),         QStringLiteral("de la Fontaine"),
    QStringLiteral("des Vignes"),    QStringLiteral("du Château"),       QStringLiteral("Émile Zola"),
    QStringLiteral("des Peupliers"),
};
const QStringList kSecondLines{QStringLiteral("Bâtiment A"),
                               QStringLiteral("Bâtiment C"),
                               QStringLiteral("Escalier 2"),
                               QStringLiteral("Appartement 14"),
                               QStringLiteral("Résidence Les Tilleuls"),
                               QStringLiteral("2e étage"),
                               QStringLiteral("Zone artisanale du Pré")};
// Real postal codes with their towns, so a stand-in address looks and validates like a French one.
const QList<QPair<QString, QString>> kTowns{
    {QStringLiteral("35000"), QStringLiteral("Rennes")},      {QStringLiteral("44000"), QStringLiteral("Nantes")},
    {QStringLiteral("33000"), QStringLiteral("Bordeaux")},    {QStringLiteral("31000"), QStringLiteral("Toulouse")},
    {QStringLiteral("67000"), QStringLiteral("Strasbourg")},  {QStringLiteral("59000"), QStringLiteral("Lille")},
    {QStringLiteral("34000"), QStringLiteral("Montpellier")}, {QStringLiteral("21000"), QStringLiteral("Dijon")},
    {QStringLiteral("37000"), QStringLiteral("Tours")},       {QStringLiteral("49000"), QStringLiteral("Angers")},
    {QStringLiteral("87000"), QStringLiteral("Limoges")},     {QStringLiteral("29200"), QStringLiteral("Brest")},
    {QStringLiteral("25000"), QStringLiteral("Besançon")},    {QStringLiteral("86000"), QStringLiteral("Poitiers")},
    {QStringLiteral("14000"), QStringLiteral("Caen")},        {QStringLiteral("76000"), QStringLiteral("Rouen")},
    {QStringLiteral("51100"), QStringLiteral("Reims")},       {QStringLiteral("45000"), QStringLiteral("Orléans")},
    {QStringLiteral("64000"), QStringLiteral("Pau")},         {QStringLiteral("72000"), QStringLiteral("Le Mans")},
    {QStringLiteral("38000"), QStringLiteral("Grenoble")},    {QStringLiteral("06000"), QStringLiteral("Nice")},
    {QStringLiteral("69001"), QStringLiteral("Lyon")},        {QStringLiteral("13001"), QStringLiteral("Marseille")},
};
// Words of real values that say nothing about the person (address and company vocabulary).
const QSet<QString> kStructuralWords{
    QStringLiteral("rue"),         QStringLiteral("avenue"),    QStringLiteral("boulevard"), QStringLiteral("place"),
    QStringLiteral("chemin"),      QStringLiteral("allée"),     QStringLiteral("impasse"),   QStringLiteral("quai"),
    QStringLiteral("route"),       QStringLiteral("cedex"),     QStringLiteral("bâtiment"),  QStringLiteral("escalier"),
    QStringLiteral("appartement"), QStringLiteral("résidence"), QStringLiteral("étage"),     QStringLiteral("atelier"),
    QStringLiteral("cabinet"),     QStringLiteral("conseil"),   QStringLiteral("studio"),    QStringLiteral("france"),
    QStringLiteral("example"),     QStringLiteral("gmail"),     QStringLiteral("support"),   QStringLiteral("facturos"),
};
// ARCEP keeps these numbers for fiction (films, books): 01 99 00 xx xx, 02 61 91 xx xx … 06 39 98 xx xx. A
// stand-in phone never rings anyone. Keyed by the first digit after +33; the first five of the nine digits.
const QHash<QChar, QString> kFictionPrefixes{
    {u'1', QStringLiteral("19900")}, {u'2', QStringLiteral("26191")}, {u'3', QStringLiteral("35301")},
    {u'4', QStringLiteral("46571")}, {u'5', QStringLiteral("53649")}, {u'6', QStringLiteral("63998")},
};

template <typename List> const auto &pick(const List &list, quint64 r)
{
    return list.at(qsizetype(r % quint64(list.size())));
}

QString digits(quint64 r, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text.append(QChar(u'0' + int(r % 10)));
        r /= 10;
    }
    return text;
}

// The digit that makes `payload` + digit pass Luhn.
QChar luhnDigit(const QString &payload)
{
    for (int d = 0; d <= 9; ++d) {
        if (validation::isLuhnValid(payload + QChar(u'0' + d)))
            return QChar(u'0' + d);
    }
    return u'0';
}

bool isPrivate(const QHostAddress &address)
{
    for (const char *subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
                               "fc00::/7", "fe80::/10"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))))
            return true;
    }
    return false;
}

} // namespace

SnapshotPlaceholders::SnapshotPlaceholders(QByteArray seed) : m_seed(std::move(seed)) {}

QStringList SnapshotPlaceholders::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 4 && !kStructuralWords.contains(word))
            result.append(word);
    }
    return result;
}

void SnapshotPlaceholders::forbid(const QString &real)
{
    if (real.trimmed().isEmpty())
        return;
    m_forbiddenValues.insert(real.trimmed().toLower());
    for (const QString &word : words(real))
        m_forbiddenWords.insert(word);
}

bool SnapshotPlaceholders::isForbidden(const QString &candidate) const
{
    if (m_forbiddenValues.contains(candidate.toLower()))
        return true;
    const QStringList candidateWords = words(candidate);
    return std::any_of(candidateWords.cbegin(), candidateWords.cend(),
                       [this](const QString &w) { return m_forbiddenWords.contains(w); });
}

quint64 SnapshotPlaceholders::draw(const QString &kind, const QString &real, int attempt) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_seed);
    hash.addData(QStringLiteral("\x1f%1\x1f%2\x1f%3").arg(kind, real).arg(attempt).toUtf8());
    return qFromBigEndian<quint64>(hash.result().constData());
}

QString SnapshotPlaceholders::unique(const QString &kind, const QString &real,
                                     const std::function<QString(quint64)> &make)
{
    const QString key = kind + QChar(0x1f) + real;
    if (const auto it = m_stand.constFind(key); it != m_stand.cend())
        return *it;
    QSet<QString> &taken = m_taken[kind];
    QString candidate;
    for (int attempt = 0; attempt < 200 && candidate.isEmpty(); ++attempt) {
        const QString c = make(draw(kind, real, attempt));
        if (!taken.contains(c) && !isForbidden(c))
            candidate = c;
    }
    if (candidate.isEmpty()) // a list exhausted: safe rather than realistic
        candidate = QStringLiteral("%1-%2").arg(kind).arg(taken.size() + 1);
    taken.insert(candidate);
    m_stand.insert(key, candidate);
    return candidate;
}

QString SnapshotPlaceholders::asciiWord(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            result.append(c);
        else if (c == u' ' || c == u'-' || c == u'.' || c == u'\'')
            result.append(u'-');
    }
    return result;
}

QString SnapshotPlaceholders::firstName(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("first"), real, [](quint64 r) { return pick(kFirstNames, r); });
}

QString SnapshotPlaceholders::lastName(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("last"), real, [](quint64 r) { return pick(kLastNames, r); });
}

QString SnapshotPlaceholders::username(const QString &real, const QString &firstName, const QString &lastName)
{
    if (real.isEmpty())
        return {};
    QString base = asciiWord(firstName) + QLatin1Char('.') + asciiWord(lastName);
    if (base.size() < 3)
        base = QStringLiteral("utilisateur");
    return unique(QStringLiteral("username"), real, [base](quint64 r) {
        return r % 4 == 0 ? base : base + QString::number(r % 90 + 10); // sometimes a number, as people do
    });
}

QString SnapshotPlaceholders::email(const QString &real, const QString &hint, const QString &domain)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("email"), real.toLower(), [hint, domain](quint64 r) {
        // Mostly the hint; now and then (and always when the hint is taken or forbidden) another name.
        const QString local = !hint.isEmpty() && r % 16 < 12 ? hint
                                                             : asciiWord(pick(kFirstNames, r / 16)) + QLatin1Char('.') +
                                                                   asciiWord(pick(kLastNames, r / 1024));
        return (r % 3 == 0 ? local : local + QString::number(r / 64 % 90 + 10)) + QLatin1Char('@') + domain;
    });
}

QString SnapshotPlaceholders::phone(const QString &real)
{
    if (real.isEmpty())
        return {};
    const bool french = real.startsWith(QLatin1String("+33")) && real.size() == 12;
    return unique(QStringLiteral("phone"), real, [&real, french](quint64 r) {
        const QChar first = french ? real.at(3) : QChar(u'6');
        if (!french && real.startsWith(QLatin1Char('+')) && real.size() > 8) {
            // Another country: keep its code and length, change the subscriber's last six digits.
            const QString other = real.left(real.size() - 6) + digits(r, 6);
            if (validation::normalizePhone(other) == other)
                return other;
        }
        const QString prefix = kFictionPrefixes.value(first);
        const QString national = prefix.isEmpty() ? QString(first) + digits(r, 8) : prefix + digits(r, 4);
        return QStringLiteral("+33") + national;
    });
}

QString SnapshotPlaceholders::siret(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("siret"), real, [](quint64 r) {
        // A SIREN that passes Luhn itself, then an establishment number that makes the whole SIRET pass.
        QString siren = QString::number(1 + r % 9) + digits(r / 10, 7);
        siren.append(luhnDigit(siren));
        if (siren == QLatin1String("356000000"))
            siren = QStringLiteral("732829320");
        QString siret = siren + digits(r / 100000000, 4);
        siret.append(luhnDigit(siret));
        return siret;
    });
}

QString SnapshotPlaceholders::company(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("company"), real,
                  [](quint64 r) { return pick(kTrades, r) + QLatin1Char(' ') + pick(kLastNames, r / 64); });
}

QString SnapshotPlaceholders::personName(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("person"), real,
                  [](quint64 r) { return pick(kFirstNames, r) + QLatin1Char(' ') + pick(kLastNames, r / 64); });
}

QString SnapshotPlaceholders::firmName(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("firm"), real,
                  [](quint64 r) { return QStringLiteral("Cabinet ") + pick(kLastNames, r); });
}

Address SnapshotPlaceholders::address(const Address &real)
{
    Address stand;
    stand.country = real.country;
    if (real.isEmpty())
        return stand;
    // "BP 4521", "CS 30012", "TSA 70011": a postal box keeps its kind, changes its number.
    static const QRegularExpression box(QStringLiteral("^(BP|CS|TSA)\\s*\\d+"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto boxMatch = box.match(real.line1);
    stand.line1 = unique(QStringLiteral("line1"), real.line1, [&boxMatch](quint64 r) {
        if (boxMatch.hasMatch())
            return boxMatch.captured(1).toUpper() + QLatin1Char(' ') + QString::number(1000 + r % 9000);
        return QString::number(1 + r % 120) + QLatin1Char(' ') + pick(kStreetTypes, r / 128) + QLatin1Char(' ') +
               pick(kStreetNames, r / 1024);
    });
    if (!real.line2.isEmpty())
        stand.line2 = unique(QStringLiteral("line2"), real.line2, [](quint64 r) { return pick(kSecondLines, r); });
    if (real.country != QLatin1String("FR")) {
        stand.postalCode =
            real.postalCode.isEmpty() ? QString() : digits(draw(QStringLiteral("zip"), real.postalCode, 0), 5);
        stand.city = real.city.isEmpty() ? QString() : QStringLiteral("Springfield");
        return stand;
    }
    // "Lyon Cedex 04" is Lyon's business mail: the town maps like "Lyon" and keeps its Cedex suffix.
    static const QRegularExpression cedex(QStringLiteral("\\s+(cedex.*)$"), QRegularExpression::CaseInsensitiveOption);
    const auto cedexMatch = cedex.match(real.city);
    const QString town = cedexMatch.hasMatch() ? real.city.left(cedexMatch.capturedStart()) : real.city;
    const QString standTown =
        unique(QStringLiteral("town"), town.toLower(), [](quint64 r) { return pick(kTowns, r).second; });
    for (const auto &[code, name] : kTowns) {
        if (name == standTown)
            stand.postalCode = real.postalCode.isEmpty() ? QString() : code;
    }
    stand.city = standTown + (cedexMatch.hasMatch() ? QLatin1Char(' ') + cedexMatch.captured(1) : QString());
    return stand;
}

QString SnapshotPlaceholders::imapHost(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("host"), real.toLower(), [](quint64 r) {
        return (r % 2 ? QStringLiteral("imap") : QStringLiteral("mail")) + QString::number(r % 90 + 10) +
               QStringLiteral(".example.net");
    });
}

QString SnapshotPlaceholders::ip(const QString &real)
{
    QHostAddress address(real);
    if (real.isEmpty() || address.isNull() || address.isLoopback())
        return real;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    const bool local = isPrivate(address);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return unique(QStringLiteral("ip"), address.toString(), [local, v6](quint64 r) {
        const QString host = QString::number(1 + r % 254);
        if (v6)
            return (local ? QStringLiteral("fd00::") : QStringLiteral("2001:db8::")) +
                   QString::number(1 + r % 0xfffe, 16);
        return (local ? QStringLiteral("10.0.0.") : QStringLiteral("192.0.2.")) + host;
    });
}

QString SnapshotPlaceholders::id(const QString &real)
{
    if (real.isEmpty())
        return {};
    return unique(QStringLiteral("id"), real, [this](quint64 r) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(m_seed);
        hash.addData(QByteArray::number(r));
        QByteArray bytes = hash.result().left(16);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4 (random)
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    });
}

void SnapshotPlaceholders::keepIdOrder(QStringList reals)
{
    reals.removeAll(QString());
    reals.sort();
    reals.removeDuplicates();
    QStringList stands;
    for (const QString &real : std::as_const(reals))
        stands.append(id(real));
    stands.sort();
    for (qsizetype i = 0; i < reals.size(); ++i)
        m_stand.insert(QStringLiteral("id") + QChar(0x1f) + reals.at(i), stands.at(i));
}

quint32 SnapshotPlaceholders::number(const QString &purpose)
{
    return quint32(draw(QStringLiteral("number"), purpose, 0) % 2147483647u);
}

} // namespace facturos::controllers
