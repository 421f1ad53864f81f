#pragma once
// The sign-in's way to the user's browser in the real app: QDesktopServices.

#include "auth/urlopener.h"

namespace facturos::pages {

class DesktopUrlOpener final : public auth::UrlOpener
{
public:
    bool openUrl(const QUrl &url) override;
};

} // namespace facturos::pages
