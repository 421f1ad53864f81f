#pragma once
// The seam through which the sign-in reaches the user's browser. The desktop app implements it with
// QDesktopServices (in the pages/app layer); tests implement it by acting as the browser over real HTTP.

#include <QUrl>

namespace facturos::auth {

class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    // Opens `url` in the system browser; false when no browser could be started (the UI then offers the link
    // to copy, see SsoSession::authorizationUrl()). Must not block.
    virtual bool openUrl(const QUrl &url) = 0;
};

} // namespace facturos::auth
