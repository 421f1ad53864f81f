#include "server/loginpage.h"

#include "server/crypto.h"

#include <algorithm>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace facturos::server {

namespace {

struct Strings
{
    const char *lang;
    const char *title;
    const char *intro;
    const char *emailLabel;
    const char *passwordLabel;
    const char *submit;
    const char *failure;
    const char *languageName; // this language, named in itself, for the switch link on the other page
    const char *errorTitle;
    const char *errorExplanation;
    const char *errorWhatToDo;
    const char *errorDetail;
};

const Strings kFrench{
    "fr",
    "Connexion à Facturos",
    "Saisissez votre adresse e-mail et votre mot de passe Facturos pour connecter l’application Facturos de votre "
    "ordinateur.",
    "Adresse e-mail",
    "Mot de passe",
    "Se connecter",
    // One message for every failure, so that it reveals neither which accounts exist nor which are locked.
    "Adresse e-mail ou mot de passe incorrect, ou trop de tentatives. Vérifiez-les et réessayez ; après "
    "plusieurs échecs, patientez 15 minutes.",
    "Français",
    "Cette demande de connexion n’est pas valide",
    "L’application qui a ouvert cette page a envoyé une demande de connexion incorrecte. Aucune information n’a "
    "été transmise.",
    "Fermez cette page et relancez la connexion depuis l’application Facturos. Si le problème persiste, "
    "écrivez à contact@facturos.fr.",
    "Détail technique :",
};

const Strings kEnglish{
    "en",
    "Sign in to Facturos",
    "Enter your Facturos e-mail address and password to connect the Facturos app on your computer.",
    "E-mail address",
    "Password",
    "Sign in",
    "The e-mail address or password is incorrect, or there were too many attempts. Check them and try again; "
    "after several failures, wait 15 minutes.",
    "English",
    "This sign-in request is not valid",
    "The app that opened this page sent an incorrect sign-in request. No information was shared.",
    "Close this page and start signing in again from the Facturos app. If the problem persists, write to "
    "contact@facturos.fr.",
    "Technical detail:",
};

const Strings &strings(PageLanguage language)
{
    return language == PageLanguage::English ? kEnglish : kFrench;
}

struct PasswordStrings
{
    const char *title;
    const char *intro;
    const char *currentLabel;
    const char *newLabel;
    const char *rules;
    const char *confirmLabel;
    const char *submit;
    const char *tooShort;
    const char *tooLong;
    const char *mismatch;
    const char *sameAsOld;
    const char *changedTitle;
    const char *changedMessage;
    const char *changedCloseHint;
};

const PasswordStrings kFrenchPassword{
    "Modifier votre mot de passe Facturos",
    "Saisissez votre adresse e-mail et votre mot de passe actuel, puis choisissez le nouveau. Une fois le mot de "
    "passe modifié, tous les appareils connectés à votre compte seront déconnectés.",
    "Mot de passe actuel",
    "Nouveau mot de passe",
    "Au moins 12 caractères, différent du mot de passe actuel.",
    "Répétez le nouveau mot de passe",
    "Modifier le mot de passe",
    "Le nouveau mot de passe doit comporter au moins 12 caractères.",
    "Le nouveau mot de passe est trop long (1 024 caractères au plus).",
    "Les deux saisies du nouveau mot de passe sont différentes.",
    "Le nouveau mot de passe doit être différent du mot de passe actuel.",
    "Mot de passe modifié",
    "Votre mot de passe Facturos a été modifié. Par sécurité, tous les appareils connectés à votre compte ont été "
    "déconnectés, y compris l’application Facturos : reconnectez-vous avec votre nouveau mot de passe.",
    "Vous pouvez fermer cette page.",
};

const PasswordStrings kEnglishPassword{
    "Change your Facturos password",
    "Enter your e-mail address and your current password, then choose the new one. Once the password is changed, "
    "every device signed in to your account is signed out.",
    "Current password",
    "New password",
    "At least 12 characters, different from the current password.",
    "Repeat the new password",
    "Change password",
    "The new password must have at least 12 characters.",
    "The new password is too long (1,024 characters at most).",
    "The two entries of the new password differ.",
    "The new password must be different from the current one.",
    "Password changed",
    "Your Facturos password has been changed. For your security, every device signed in to your account has been "
    "signed out, the Facturos app included: sign in again with your new password.",
    "You can close this page.",
};

const PasswordStrings &passwordStrings(PageLanguage language)
{
    return language == PageLanguage::English ? kEnglishPassword : kFrenchPassword;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing SSO resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

const QString &styleSheet()
{
    static const QString css = resource(QStringLiteral(":/sso/sso.css"));
    return css;
}

// The inline style sheet is allowed by its hash, so the policy needs neither 'unsafe-inline' nor a file.
QByteArray contentSecurityPolicy(const QString &formTarget)
{
    static const QByteArray styleHash = crypto::sha256(styleSheet().toUtf8()).toBase64();
    QByteArray policy = "default-src 'none'; style-src 'sha256-" + styleHash +
                        "'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    // Browsers apply form-action to the redirect that follows the POST as well, so the loopback origin of the
    // redirect URI must be allowed. CSP has no syntax for IPv6 literals: "http:" is the narrowest that works.
    if (!formTarget.isEmpty())
        policy += ' ' + formTarget.toLatin1();
    return policy;
}

// Replaces each {{name}} with its value in one pass, so a value (which may hold user input) is never
// scanned for placeholders itself. Values are inserted as given: escape them first.
QString fill(const QString &html, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        out += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

HttpResponse htmlResponse(int status, const QString &html, const QString &formTarget)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    response.withHeader("Content-Security-Policy", contentSecurityPolicy(formTarget))
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Pragma", "no-cache");
    return response;
}

QString formTargetFor(const QString &redirectUri)
{
    if (redirectUri.startsWith(QLatin1String("http://127.0.0.1:"))) {
        const qsizetype end = redirectUri.indexOf(QLatin1Char('/'), int(qstrlen("http://127.0.0.1:")));
        return redirectUri.left(end);
    }
    return redirectUri.isEmpty() ? QString() : QStringLiteral("http:");
}

} // namespace

PageLanguage negotiateLanguage(const QString &uiLocales, const QByteArray &acceptLanguage)
{
    auto supported = [](const QString &tag) -> std::optional<PageLanguage> {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0).trimmed().toLower();
        if (primary == QLatin1String("fr"))
            return PageLanguage::French;
        if (primary == QLatin1String("en"))
            return PageLanguage::English;
        return std::nullopt;
    };
    for (const QString &tag : uiLocales.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (auto language = supported(tag))
            return *language;
    }
    struct Weighted
    {
        QString tag;
        double q;
    };
    QList<Weighted> ranges;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > 0)
            ranges.append({QString::fromLatin1(parts.first().trimmed()), q});
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const Weighted &a, const Weighted &b) { return a.q > b.q; });
    for (const Weighted &range : std::as_const(ranges)) {
        if (auto language = supported(range.tag))
            return *language;
    }
    return PageLanguage::French;
}

HttpResponse loginPageResponse(const LoginPage &page)
{
    static const QString templateHtml = resource(QStringLiteral(":/sso/login.html"));
    const Strings &s = strings(page.language);
    const bool english = page.language == PageLanguage::English;
    const Strings &other = strings(english ? PageLanguage::French : PageLanguage::English);

    QString hidden;
    for (const auto &[name, value] : page.request.formFields()) {
        if (name == QLatin1String("ui_locales"))
            continue; // the page's own language is carried below, so a failure re-renders in it
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    hidden += QStringLiteral("<input type=\"hidden\" name=\"ui_locales\" value=\"%1\">").arg(text(s.lang));

    FormFields switchFields;
    for (const auto &field : page.request.formFields()) {
        if (field.first != QLatin1String("ui_locales"))
            switchFields.append(field);
    }
    switchFields.append({QStringLiteral("ui_locales"), text(other.lang)});
    if (!page.request.loginHint.isEmpty())
        switchFields.append({QStringLiteral("login_hint"), page.request.loginHint});

    const QString describedBy = page.failed ? QStringLiteral(" aria-describedby=\"login-error\"") : QString();
    const QString error = page.failed ? QStringLiteral("<p class=\"error\" id=\"login-error\" role=\"alert\">%1</p>")
                                            .arg(text(s.failure).toHtmlEscaped())
                                      : QString();
    const bool focusPassword = !page.email.isEmpty();
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), text(s.lang)},
        {QStringLiteral("title"), text(s.title).toHtmlEscaped()},
        {QStringLiteral("style"), styleSheet()},
        {QStringLiteral("intro"), text(s.intro).toHtmlEscaped()},
        {QStringLiteral("error"), error},
        {QStringLiteral("action"), QStringLiteral("authorize")},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("emailLabel"), text(s.emailLabel).toHtmlEscaped()},
        {QStringLiteral("email"), page.email.toHtmlEscaped()},
        {QStringLiteral("emailFocus"), focusPassword ? QString() : QStringLiteral("autofocus")},
        {QStringLiteral("passwordLabel"), text(s.passwordLabel).toHtmlEscaped()},
        {QStringLiteral("passwordFocus"), focusPassword ? QStringLiteral("autofocus") : QString()},
        {QStringLiteral("describedBy"), describedBy},
        {QStringLiteral("submit"), text(s.submit).toHtmlEscaped()},
        {QStringLiteral("otherLanguageUrl"),
         (QStringLiteral("authorize?") + QString::fromLatin1(encodeForm(switchFields))).toHtmlEscaped()},
        {QStringLiteral("otherLang"), text(other.lang)},
        {QStringLiteral("otherLanguageName"), text(other.languageName).toHtmlEscaped()},
    };
    return htmlResponse(200, fill(templateHtml, values), formTargetFor(page.request.redirectUri));
}

HttpResponse passwordPageResponse(const PasswordPage &page)
{
    static const QString templateHtml = resource(QStringLiteral(":/sso/password.html"));
    using Problem = PasswordPage::Problem;
    const Strings &s = strings(page.language);
    const PasswordStrings &p = passwordStrings(page.language);
    const Strings &other =
        strings(page.language == PageLanguage::English ? PageLanguage::French : PageLanguage::English);
    const char *message = nullptr;
    switch (page.problem) {
    case Problem::None:
        break;
    case Problem::Credentials:
        message = s.failure; // the sign-in page's words: the same failure, told the same way
        break;
    case Problem::TooShort:
        message = p.tooShort;
        break;
    case Problem::TooLong:
        message = p.tooLong;
        break;
    case Problem::Mismatch:
        message = p.mismatch;
        break;
    case Problem::SameAsOld:
        message = p.sameAsOld;
        break;
    }
    const QString error = message ? QStringLiteral("<p class=\"error\" id=\"password-error\" role=\"alert\">%1</p>")
                                        .arg(text(message).toHtmlEscaped())
                                  : QString();
    const QString describedBy = QStringLiteral(" aria-describedby=\"password-error\"");
    const bool credentials = page.problem == Problem::Credentials;
    const bool newPassword = message && !credentials;
    const bool focusCurrent = !page.email.isEmpty();
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), text(s.lang)},
        {QStringLiteral("title"), text(p.title).toHtmlEscaped()},
        {QStringLiteral("style"), styleSheet()},
        {QStringLiteral("intro"), text(p.intro).toHtmlEscaped()},
        {QStringLiteral("error"), error},
        {QStringLiteral("emailLabel"), text(s.emailLabel).toHtmlEscaped()},
        {QStringLiteral("email"), page.email.toHtmlEscaped()},
        {QStringLiteral("emailFocus"), focusCurrent ? QString() : QStringLiteral("autofocus")},
        {QStringLiteral("currentLabel"), text(p.currentLabel).toHtmlEscaped()},
        {QStringLiteral("currentFocus"), focusCurrent ? QStringLiteral("autofocus") : QString()},
        {QStringLiteral("credentialsDescribedBy"), credentials ? describedBy : QString()},
        {QStringLiteral("newLabel"), text(p.newLabel).toHtmlEscaped()},
        {QStringLiteral("rules"), text(p.rules).toHtmlEscaped()},
        {QStringLiteral("newDescribedBy"), newPassword ? QStringLiteral(" password-error") : QString()},
        {QStringLiteral("confirmLabel"), text(p.confirmLabel).toHtmlEscaped()},
        {QStringLiteral("confirmDescribedBy"), newPassword ? describedBy : QString()},
        {QStringLiteral("submit"), text(p.submit).toHtmlEscaped()},
        {QStringLiteral("otherLang"), text(other.lang)},
        {QStringLiteral("otherLanguageName"), text(other.languageName).toHtmlEscaped()},
    };
    // The form posts back here ('self'); no redirect follows it.
    return htmlResponse(200, fill(templateHtml, values), QString());
}

HttpResponse passwordChangedResponse(PageLanguage language)
{
    static const QString templateHtml = resource(QStringLiteral(":/sso/password-changed.html"));
    const PasswordStrings &p = passwordStrings(language);
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), text(strings(language).lang)},
        {QStringLiteral("title"), text(p.changedTitle).toHtmlEscaped()},
        {QStringLiteral("style"), styleSheet()},
        {QStringLiteral("message"), text(p.changedMessage).toHtmlEscaped()},
        {QStringLiteral("closeHint"), text(p.changedCloseHint).toHtmlEscaped()},
    };
    return htmlResponse(200, fill(templateHtml, values), QString());
}

HttpResponse errorPageResponse(PageLanguage language, const QString &detail, int status)
{
    static const QString templateHtml = resource(QStringLiteral(":/sso/error.html"));
    const Strings &s = strings(language);
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), text(s.lang)},
        {QStringLiteral("title"), text(s.errorTitle).toHtmlEscaped()},
        {QStringLiteral("style"), styleSheet()},
        {QStringLiteral("explanation"), text(s.errorExplanation).toHtmlEscaped()},
        {QStringLiteral("whatToDo"), text(s.errorWhatToDo).toHtmlEscaped()},
        {QStringLiteral("detailLabel"), text(s.errorDetail).toHtmlEscaped()},
        {QStringLiteral("detail"), detail.toHtmlEscaped()},
    };
    return htmlResponse(status, fill(templateHtml, values), QString());
}

} // namespace facturos::server
