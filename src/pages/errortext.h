#pragma once
// The one place where failures become sentences: each API error (kind, problem code, field errors) and each
// sign-in error says what happened and what the user can do. Every page uses it; nothing else writes them.

#include "api/apierror.h"
#include "auth/ssosession.h"

#include <QCoreApplication>

namespace facturos::pages {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // A sentence for `error`; a problem code the app knows wins over the generic sentence of its kind.
    [[nodiscard]] static QString forApi(const api::ApiError &error);
    // The message shown next to one field.
    [[nodiscard]] static QString forField(const FieldError &error);
    // The sign-in screen's sentence for `error` (empty for None).
    [[nodiscard]] static QString forSession(auth::SessionError error);
    // True when the server could not be reached at all: the main window shows its connection banner.
    [[nodiscard]] static bool isConnectionProblem(const api::ApiError &error);
    // The connection banner's sentence, which promises the retry the banner makes.
    [[nodiscard]] static QString unreachable();
};

} // namespace facturos::pages
