#include "auth/authlog.h"

Q_LOGGING_CATEGORY(lcAuth, "facturos.auth", QtInfoMsg)
