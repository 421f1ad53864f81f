#include "server/addresspolicy.h"

#include <QPair>

namespace facturos::server {

namespace {

bool inV4(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

bool isNonPublicV4(quint32 a)
{
    static const QList<QPair<quint32, int>> ranges{
        {v4(0, 0, 0, 0), 8},       // "this network", 0.0.0.0
        {v4(10, 0, 0, 0), 8},      // private
        {v4(100, 64, 0, 0), 10},   // CGNAT
        {v4(127, 0, 0, 0), 8},     // loopback
        {v4(169, 254, 0, 0), 16},  // link-local (cloud metadata lives here)
        {v4(172, 16, 0, 0), 12},   // private
        {v4(192, 0, 0, 0), 24},    // IETF protocol assignments
        {v4(192, 0, 2, 0), 24},    // documentation
        {v4(192, 168, 0, 0), 16},  // private
        {v4(198, 18, 0, 0), 15},   // benchmarking
        {v4(198, 51, 100, 0), 24}, // documentation
        {v4(203, 0, 113, 0), 24},  // documentation
        {v4(224, 0, 0, 0), 4},     // multicast
        {v4(240, 0, 0, 0), 4},     // reserved, broadcast
    };
    for (const auto &[network, prefix] : ranges) {
        if (inV4(a, network, prefix))
            return true;
    }
    return false;
}

} // namespace

bool isNonPublicAddress(const QHostAddress &address)
{
    if (address.isNull())
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return isNonPublicV4(address.toIPv4Address());
    const Q_IPV6ADDR b = address.toIPv6Address();
    bool zero96 = true; // the first 12 bytes are zero: ::/96 (unspecified, loopback, IPv4-compatible)
    for (int i = 0; i < 12; ++i)
        zero96 = zero96 && b[i] == 0;
    const quint32 last32 = v4(b[12], b[13], b[14], b[15]);
    if (zero96)
        return true;
    bool mapped = true; // ::ffff:a.b.c.d
    for (int i = 0; i < 10; ++i)
        mapped = mapped && b[i] == 0;
    mapped = mapped && b[10] == 0xff && b[11] == 0xff;
    if (mapped)
        return isNonPublicV4(last32);
    // NAT64 64:ff9b::/96 reaches the IPv4 address it embeds.
    const quint8 nat64[12] = {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (std::equal(nat64, nat64 + 12, b.c))
        return isNonPublicV4(last32);
    // 6to4 2002::/16 embeds an IPv4 address in bytes 2–5.
    if (b[0] == 0x20 && b[1] == 0x02)
        return isNonPublicV4(v4(b[2], b[3], b[4], b[5]));
    if ((b[0] & 0xfe) == 0xfc) // fc00::/7 unique-local
        return true;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10 link-local
        return true;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) // fec0::/10 deprecated site-local
        return true;
    if (b[0] == 0xff) // multicast
        return true;
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) // 2001:db8::/32 documentation
        return true;
    return false;
}

} // namespace facturos::server
