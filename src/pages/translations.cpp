#include "pages/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace facturos::pages {

namespace {
class CallbackPage
{
    Q_DECLARE_TR_FUNCTIONS(CallbackPage)
};
} // namespace

auth::CallbackPageTexts callbackPageTexts(const QString &language)
{
    auth::CallbackPageTexts texts;
    texts.language = language;
    texts.title = CallbackPage::tr("Facturos Account");
    texts.success = CallbackPage::tr("You are signed in. You can close this window and return to Facturos Account.");
    texts.failure = CallbackPage::tr("The sign-in did not complete. Return to Facturos Account to try again.");
    texts.invalidRequest = CallbackPage::tr("This page was opened with an invalid or outdated link.");
    return texts;
}

QString languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

Translations::Translations(QCoreApplication &app, const QString &language) : m_app(app), m_language(language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    const auto install = [this](const QString &name, const QString &dir) {
        auto *translator = new QTranslator(&m_app);
        if (translator->load(name, dir) && QCoreApplication::installTranslator(translator))
            m_installed.append(translator);
        else
            delete translator;
    };
    install(QStringLiteral("facturos-account_") + language, QStringLiteral(":/i18n"));
    // Qt's own strings (standard buttons, context menus); absent on some systems, which is fine.
    if (language != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        install(QStringLiteral("qtbase_") + language, qtDir);
    }
}

Translations::~Translations()
{
    for (QTranslator *translator : m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace facturos::pages
