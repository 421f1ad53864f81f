#pragma once
// The approximate place of an IP address, without any network lookup: loopback and private addresses are
// the "local network"; public ones are looked up in a small embedded table (the address blocks the demo
// and the tests use); anything else is unknown. A real deployment would swap the table for a GeoIP file.

#include <QString>

namespace facturos::server {

inline constexpr char kLocalNetwork[] = "local network";

// "Lyon, France", "local network", or empty when unknown.
[[nodiscard]] QString approximatePlace(const QString &ip);

} // namespace facturos::server
