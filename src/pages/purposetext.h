#pragma once
// The consent vocabulary in the user's words, shared by every screen that names a choice: the purpose keys
// of the consent history ("communications.newsletter", "privacy.analytics"…) with the names the
// Communications and Cookies & tracking pages show, what a recorded choice was, and where it was made.

#include <QCoreApplication>

namespace facturos::pages {

class PurposeText
{
    Q_DECLARE_TR_FUNCTIONS(PurposeText)
public:
    // "Facturos newsletter", "Analytics"…; an unknown key is shown as it is rather than hidden.
    [[nodiscard]] static QString name(const QString &purpose);
    // "Granted" / "Refused" ("Asked" / "Not asked" for the Do Not Track request, which is not a consent).
    [[nodiscard]] static QString choice(const QString &purpose, bool granted);
    // Where the choice was made: "Desktop app", "Website", "Account closure"…; unknown sources as they are.
    [[nodiscard]] static QString source(const QString &source);
};

} // namespace facturos::pages
