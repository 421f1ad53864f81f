#pragma once
// The logging category of src/auth. Never log a token, code, verifier, state or e-mail address.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)
