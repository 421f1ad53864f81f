#pragma once
// Turns a stored User-Agent header into the two words the Security page shows: the device (operating system
// or handset) and the browser with its major version. Recognises the common browsers and systems and our
// desktop app; anything else gives empty strings rather than a guess.

#include <QString>

namespace facturos::server {

struct UserAgentInfo
{
    QString device;  // "Windows", "macOS", "Linux", "ChromeOS", "iPhone", "iPad", "Android"; empty if unknown
    QString browser; // "Firefox 128", "Chrome 126", "Edge 126", "Safari 17", "Opera 110", "Facturos Account 0.1.0"
};

// The desktop app identifies itself as "FacturosAccount/<version> (<Windows|macOS|Linux>; …)".
inline constexpr char kDesktopAppProduct[] = "FacturosAccount";

[[nodiscard]] UserAgentInfo parseUserAgent(const QString &userAgent);

} // namespace facturos::server
