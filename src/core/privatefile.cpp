#include "core/privatefile.h"

namespace facturos {

bool openOwnerOnly(QSaveFile &file)
{
    // QSaveFile writes a temporary file renamed on commit(): its permissions are the ones the result keeps.
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        file.commit(); // discards the temporary file
        return false;
    }
    return true;
}

} // namespace facturos
