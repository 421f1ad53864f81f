#pragma once
// The logging category of src/controllers. Never log a token, a password, an IMAP credential or an e-mail.

#include <QLoggingCategory>

namespace facturos::controllers {
Q_DECLARE_LOGGING_CATEGORY(lcControllers)
}
