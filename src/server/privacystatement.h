#pragma once
// The privacy statement currently in force. Consent records name its version; the app compares it with
// the version the user last acknowledged.

#include "core/account.h"

namespace facturos::server {

[[nodiscard]] PrivacyStatement currentPrivacyStatement();

} // namespace facturos::server
