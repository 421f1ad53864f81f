#pragma once
// Files the app writes with the user's data in them (the data export, the support snapshot) are the user's
// alone: readable and writable by their owner only (0600), whatever the umask, like the keyring's own files.

#include <QSaveFile>

namespace facturos {

// Opens `file` for writing and makes it its owner's alone; false when either fails (errorString() says why;
// do not commit() then).
[[nodiscard]] bool openOwnerOnly(QSaveFile &file);

} // namespace facturos
