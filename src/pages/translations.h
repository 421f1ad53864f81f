#pragma once
// Installs the app's translations (embedded under :/i18n) and Qt's own (qtbase_<lang>) for a language.

#include "auth/callbackpagetexts.h"

#include <memory>
#include <QCoreApplication>
#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace facturos::pages {

// The page the browser shows after a sign-in, in the installed language.
[[nodiscard]] auth::CallbackPageTexts callbackPageTexts(const QString &language);

// "fr" when `locale` is French, "en" otherwise.
[[nodiscard]] QString languageFor(const QLocale &locale);

class Translations
{
public:
    // `language`: "fr" or "en". The translators live as long as this object.
    Translations(QCoreApplication &app, const QString &language);
    ~Translations();

    [[nodiscard]] QString language() const { return m_language; }

private:
    QCoreApplication &m_app;
    QString m_language;
    QList<QTranslator *> m_installed;
};

} // namespace facturos::pages
