// The pages behind the link of the verification message. Opening the link changes nothing, because mail
// scanners and link previews fetch it too: it shows a button, and only the POST of that button confirms.
#include "server/accountroutes.h"
#include "server/apiresponses.h"
#include "server/emailverifications.h"
#include "server/servercontext.h"
#include "server/userstore.h"

#include <memory>

namespace facturos::server {

namespace {

using Status = EmailVerifications::Status;

struct PageText
{
    QString title;
    QString message;
};

PageText confirmText(PageLanguage lang)
{
    if (lang == PageLanguage::English)
        return {QStringLiteral("Confirm your new e-mail address"),
                QStringLiteral("Click the button to use this address for your Facturos account.")};
    return {QStringLiteral("Confirmez votre nouvelle adresse e-mail"),
            QStringLiteral("Cliquez sur le bouton pour utiliser cette adresse pour votre compte Facturos.")};
}

PageText resultText(Status status, PageLanguage lang)
{
    const bool en = lang == PageLanguage::English;
    switch (status) {
    case Status::Valid:
    case Status::Confirmed:
        return en ? PageText{QStringLiteral("E-mail address confirmed"),
                             QStringLiteral("Your Facturos account now uses this address. You can close this page.")}
                  : PageText{QStringLiteral("Adresse e-mail confirmée"),
                             QStringLiteral("Votre compte Facturos utilise désormais cette adresse. Vous pouvez "
                                            "fermer cette page.")};
    case Status::Expired:
        return en ? PageText{QStringLiteral("This link has expired"),
                             QStringLiteral("Links are valid for 24 hours. Change your e-mail address again in the "
                                            "Facturos app to receive a new one.")}
                  : PageText{QStringLiteral("Ce lien a expiré"),
                             QStringLiteral("Les liens sont valables 24 heures. Modifiez à nouveau votre adresse "
                                            "dans l'application Facturos pour en recevoir un nouveau.")};
    case Status::Used:
        return en ? PageText{QStringLiteral("This link has already been used"),
                             QStringLiteral("The address was confirmed with this link already.")}
                  : PageText{QStringLiteral("Ce lien a déjà été utilisé"),
                             QStringLiteral("L'adresse a déjà été confirmée avec ce lien.")};
    case Status::Taken:
        return en ? PageText{QStringLiteral("This address is no longer available"),
                             QStringLiteral("Another Facturos account uses it now. Choose another address in the "
                                            "Facturos app.")}
                  : PageText{QStringLiteral("Cette adresse n'est plus disponible"),
                             QStringLiteral("Un autre compte Facturos l'utilise désormais. Choisissez une autre "
                                            "adresse dans l'application Facturos.")};
    case Status::Unknown:
        break;
    }
    return en ? PageText{QStringLiteral("This link is not valid"),
                         QStringLiteral("It may be incomplete or replaced by a more recent request. Use the link "
                                        "of the latest message, or change your address again in the Facturos app.")}
              : PageText{QStringLiteral("Ce lien n'est pas valide"),
                         QStringLiteral("Il est peut-être incomplet ou remplacé par une demande plus récente. "
                                        "Utilisez le lien du dernier message, ou modifiez à nouveau votre adresse "
                                        "dans l'application Facturos.")};
}

HttpResponse htmlPage(int status, PageLanguage lang, const PageText &text, const QString &extra = {})
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2 – Facturos</title>"
                       "<style>body{font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}"
                       "button{font-size:1rem;padding:.6rem 1.2rem}</style></head>"
                       "<body><h1>%2</h1><p>%3</p>%4</body></html>\n")
            .arg(lang == PageLanguage::English ? QStringLiteral("en") : QStringLiteral("fr"),
                 text.title.toHtmlEscaped(), text.message.toHtmlEscaped(), extra);
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    // No script, no outside resource, and the form may only post back here.
    response.withHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    return response;
}

HttpResponse resultPage(Status status, PageLanguage lang)
{
    const bool ok = status == Status::Confirmed || status == Status::Valid;
    return htmlPage(ok ? 200 : 400, lang, resultText(status, lang));
}

QByteArray formToken(const HttpRequest &request)
{
    const QByteArray contentType = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (contentType != "application/x-www-form-urlencoded")
        return {};
    const QUrlQuery form(QString::fromUtf8(request.body));
    return form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
}

// The issuer's path, so the form still posts back here when the server sits behind a path prefix.
QString basePath(const QUrl &issuer)
{
    QString path = issuer.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

void queueChangedNotice(EmailVerifications &verifications, const EmailVerifications::Outcome &outcome)
{
    // Told at the old address, so a takeover through a stolen session does not go unnoticed.
    verifications.queueMessage(
        outcome.userId, outcome.previousEmail, QStringLiteral("email_changed"),
        QStringLiteral("Votre adresse e-mail Facturos a été modifiée"),
        QStringLiteral("Bonjour,\n\n"
                       "L'adresse e-mail de votre compte Facturos vient d'être remplacée par %1.\n"
                       "Si vous n'êtes pas à l'origine de ce changement, écrivez-nous sans attendre à "
                       "contact@facturos.fr.\n\n"
                       "L'équipe Facturos\n")
            .arg(outcome.newEmail));
}

} // namespace

void registerEmailVerificationRoutes(ServerContext &ctx)
{
    auto verifications = std::make_shared<EmailVerifications>(ctx.db, ctx.clock);

    ctx.http.addRoute("GET", QStringLiteral("/verify-email"),
                      [&ctx, verifications](const HttpRequest &request, const Responder &responder) {
                          const PageLanguage lang = pageLanguage(request);
                          const QByteArray token =
                              request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
                          const Status status = verifications->check(token, ctx.users).status;
                          if (status != Status::Valid) {
                              responder.send(resultPage(status, lang));
                              return;
                          }
                          const QString form = QStringLiteral("<form method=\"post\" action=\"%3/verify-email\">"
                                                              "<input type=\"hidden\" name=\"token\" value=\"%1\">"
                                                              "<button type=\"submit\">%2</button></form>")
                                                   .arg(QString::fromLatin1(token).toHtmlEscaped(),
                                                        lang == PageLanguage::English ? QStringLiteral("Confirm")
                                                                                      : QStringLiteral("Confirmer"),
                                                        basePath(ctx.issuer).toHtmlEscaped());
                          responder.send(htmlPage(200, lang, confirmText(lang), form));
                      });

    ctx.http.addRoute("POST", QStringLiteral("/verify-email"),
                      [&ctx, verifications](const HttpRequest &request, const Responder &responder) {
                          const auto outcome = verifications->confirm(formToken(request), ctx.users);
                          if (outcome.status == Status::Confirmed) {
                              queueChangedNotice(*verifications, outcome);
                              qCInfo(lcAccount) << "e-mail address confirmed for user" << outcome.userId.left(8);
                          }
                          responder.send(resultPage(outcome.status, pageLanguage(request)));
                      });
}

} // namespace facturos::server
