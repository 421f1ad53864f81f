#include "pages/desktopurlopener.h"

#include <QDesktopServices>

namespace facturos::pages {

bool DesktopUrlOpener::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace facturos::pages
