#include "server/approximateplace.h"

#include <QHostAddress>

namespace facturos::server {

namespace {

struct Block
{
    const char *subnet;
    const char *place;
};

// Private and link-local ranges (RFC 1918, RFC 6598, RFC 3927, RFC 4193, RFC 4291).
const char *const kLocal[] = {"10.0.0.0/8",     "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
                              "169.254.0.0/16", "fc00::/7",      "fe80::/10"};

// The embedded table: documentation ranges (RFC 5737, RFC 3849) given places, so the demo fixture and the
// tests show believable places without a GeoIP database or a lookup.
const Block kTable[] = {
    {"192.0.2.0/25", "Lyon, France"},         {"192.0.2.128/25", "Villeurbanne, France"},
    {"198.51.100.0/24", "Paris, France"},     {"203.0.113.0/25", "Toronto, Canada"},
    {"203.0.113.128/25", "Montréal, Canada"}, {"2001:db8:1::/48", "Lyon, France"},
    {"2001:db8:2::/48", "Paris, France"},
};

bool inBlock(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet)));
}

} // namespace

QString approximatePlace(const QString &ip)
{
    QHostAddress address(ip);
    if (address.isNull())
        return {};
    // "::ffff:192.0.2.1" is the IPv4 client seen through a dual-stack socket.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    if (address.isLoopback())
        return QLatin1String(kLocalNetwork);
    for (const char *subnet : kLocal) {
        if (inBlock(address, subnet))
            return QLatin1String(kLocalNetwork);
    }
    for (const Block &block : kTable) {
        if (inBlock(address, block.subnet))
            return QString::fromUtf8(block.place);
    }
    return {};
}

} // namespace facturos::server
