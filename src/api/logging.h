#pragma once
// The logging category of src/api. Never log a token, an Authorization header, a password or a full e-mail.

#include <QLoggingCategory>

namespace facturos::api {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
}
