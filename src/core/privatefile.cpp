#include "core/privatefile.h"

namespace facturos {

bool openOwnerOnly(QSaveFile &file)
{
    // QSaveFile writes a temporary file renamed on commit(): its permissions are the ones the result keeps.
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // On failure errorString() says why; the temporary file goes with the QSaveFile, never committed.
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace facturos
