#include "controllers/profilefields.h"

namespace facturos::controllers::profilefields {

namespace {

const QStringList kAddressMembers{QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("postalCode"),
                                  QStringLiteral("city"), QStringLiteral("country")};
const QString kDelivery = QStringLiteral("deliveryAddress");
const QString kBilling = QStringLiteral("billingAddress");

QString *addressMember(Address &address, const QString &member)
{
    if (member == QLatin1String("line1"))
        return &address.line1;
    if (member == QLatin1String("line2"))
        return &address.line2;
    if (member == QLatin1String("postalCode"))
        return &address.postalCode;
    if (member == QLatin1String("city"))
        return &address.city;
    if (member == QLatin1String("country"))
        return &address.country;
    return nullptr;
}

QString *topMember(Profile &profile, const QString &path)
{
    if (path == QLatin1String("firstName"))
        return &profile.firstName;
    if (path == QLatin1String("lastName"))
        return &profile.lastName;
    if (path == QLatin1String("username"))
        return &profile.username;
    if (path == QLatin1String("email"))
        return &profile.email;
    if (path == QLatin1String("phone"))
        return &profile.phone;
    if (path == QLatin1String("companyName"))
        return &profile.companyName;
    if (path == QLatin1String("siret"))
        return &profile.siret;
    return nullptr;
}

} // namespace

const QStringList &paths()
{
    static const QStringList all = [] {
        QStringList list{QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("username"),
                         QStringLiteral("email"),     QStringLiteral("phone"),    QStringLiteral("companyName"),
                         QStringLiteral("siret")};
        for (const QString &member : kAddressMembers)
            list.append(kDelivery + QLatin1Char('.') + member);
        list.append(kBillingSameAsDelivery);
        for (const QString &member : kAddressMembers)
            list.append(kBilling + QLatin1Char('.') + member);
        return list;
    }();
    return all;
}

bool isPath(const QString &path)
{
    return paths().contains(path);
}

QString value(const Profile &profile, const QString &path)
{
    Profile copy = profile;
    if (path == kBillingSameAsDelivery)
        return profile.billingAddress ? QStringLiteral("false") : QStringLiteral("true");
    if (QString *member = topMember(copy, path))
        return *member;
    const QString group = path.section(QLatin1Char('.'), 0, 0);
    const QString name = path.section(QLatin1Char('.'), 1);
    if (group == kDelivery) {
        const QString *member = addressMember(copy.deliveryAddress, name);
        return member ? *member : QString();
    }
    if (group == kBilling && copy.billingAddress) {
        const QString *member = addressMember(*copy.billingAddress, name);
        return member ? *member : QString();
    }
    return {};
}

bool setValue(Profile &profile, const QString &path, const QString &value)
{
    if (path == kBillingSameAsDelivery) {
        if (value == QLatin1String("true")) {
            profile.billingAddress.reset();
        } else if (!profile.billingAddress) {
            Address separate;
            separate.country = profile.deliveryAddress.country;
            profile.billingAddress = separate;
        }
        return true;
    }
    if (QString *member = topMember(profile, path)) {
        *member = value;
        return true;
    }
    const QString group = path.section(QLatin1Char('.'), 0, 0);
    const QString name = path.section(QLatin1Char('.'), 1);
    if (!kAddressMembers.contains(name))
        return false;
    if (group == kDelivery) {
        *addressMember(profile.deliveryAddress, name) = value;
        return true;
    }
    if (group == kBilling) {
        if (!profile.billingAddress)
            setValue(profile, kBillingSameAsDelivery, QStringLiteral("false"));
        *addressMember(*profile.billingAddress, name) = value;
        return true;
    }
    return false;
}

QStringList differing(const Profile &a, const Profile &b)
{
    QStringList result;
    for (const QString &path : paths()) {
        if (value(a, path) != value(b, path))
            result.append(path);
    }
    return result;
}

} // namespace facturos::controllers::profilefields
