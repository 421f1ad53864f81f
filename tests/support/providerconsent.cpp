#include "providerconsent.h"

#include <QRegularExpression>

namespace facturos::test {

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

ProviderConsent submitProviderConsent(HttpClient &http, const QUrl &consentUrl, const QString &decision,
                                      const QString &address, const Headers &callbackHeaders)
{
    ProviderConsent seen;
    seen.page = http.get(consentUrl);
    if (seen.page.status != 200)
        return seen;
    const QString html = QString::fromUtf8(seen.page.body);
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression hidden(
        QStringLiteral(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"));
    for (auto it = hidden.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        fields.append({match.captured(1), htmlUnescape(match.captured(2))});
    }
    static const QRegularExpression email(QStringLiteral(R"re(<input name="email" value="([^"]*)">)re"));
    seen.proposedAddress = htmlUnescape(email.match(html).captured(1));
    fields.append({QStringLiteral("email"), address.isEmpty() ? seen.proposedAddress : address});
    fields.append({QStringLiteral("decision"), decision});
    seen.redirect = http.postForm(consentUrl.resolved(QUrl(QStringLiteral("/dev/mail-provider/authorize"))), fields);
    if (seen.redirect.status != 302)
        return seen;
    seen.callbackUrl = QUrl(QString::fromUtf8(seen.redirect.header("Location")));
    seen.callback = http.get(seen.callbackUrl, {}, callbackHeaders);
    return seen;
}

} // namespace facturos::test
