#pragma once
// Which resolved addresses the server may connect to on a user's behalf. A user-supplied IMAP host must not
// turn the server into a probe of its own network (SSRF): loopback, private, link-local, unique-local, CGNAT,
// multicast, unspecified and reserved ranges are refused, including IPv4 hidden inside IPv6 forms.

#include <QHostAddress>

namespace facturos::server {

// True for any address the server must not reach for a user (see above).
[[nodiscard]] bool isNonPublicAddress(const QHostAddress &address);

} // namespace facturos::server
