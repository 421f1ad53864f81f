#pragma once
// The sentences of the small page the loopback listener shows in the browser after a sign-in. src/auth does no
// translation: the pages layer fills this struct with translated texts; the defaults are the English source.

#include <QString>

namespace facturos::auth {

struct CallbackPageTexts
{
    QString language = QStringLiteral("en"); // the page's lang attribute
    QString title = QStringLiteral("Facturos");
    QString success = QStringLiteral("You are signed in. You can close this window and return to Facturos.");
    QString failure = QStringLiteral("The sign-in did not complete. Return to Facturos to try again.");
    QString invalidRequest = QStringLiteral("This page was opened with an invalid or outdated link.");
};

} // namespace facturos::auth
