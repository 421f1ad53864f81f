#include "server/useragent.h"

#include <QRegularExpression>

namespace facturos::server {

namespace {

// The major version right after `token` ("Firefox/128.0" → "128"), or empty.
QString majorAfter(const QString &ua, const QString &token)
{
    const qsizetype at = ua.indexOf(token);
    if (at < 0)
        return {};
    qsizetype end = at + token.size();
    qsizetype i = end;
    while (i < ua.size() && ua.at(i).isDigit())
        ++i;
    return ua.mid(end, i - end);
}

QString named(const QString &name, const QString &major)
{
    return major.isEmpty() ? name : name + QLatin1Char(' ') + major;
}

QString deviceOf(const QString &ua)
{
    // Handsets first: their agents also name "Mac OS X" or "Linux".
    struct Rule
    {
        const char *token;
        const char *device;
    };
    static const Rule rules[] = {
        {"iPhone", "iPhone"},   {"iPad", "iPad"},       {"Android", "Android"}, {"CrOS", "ChromeOS"},
        {"Windows", "Windows"}, {"Macintosh", "macOS"}, {"Mac OS X", "macOS"},  {"macOS", "macOS"},
        {"Linux", "Linux"},     {"X11", "Linux"},
    };
    for (const Rule &rule : rules) {
        if (ua.contains(QLatin1String(rule.token)))
            return QLatin1String(rule.device);
    }
    return {};
}

QString browserOf(const QString &ua)
{
    // Order matters: Edge and Opera agents also say Chrome and Safari; Chrome's also says Safari.
    struct Rule
    {
        const char *token;
        const char *name;
    };
    static const Rule rules[] = {
        {"EdgiOS/", "Edge"},
        {"EdgA/", "Edge"},
        {"Edg/", "Edge"},
        {"OPR/", "Opera"},
        {"SamsungBrowser/", "Samsung Internet"},
        {"FxiOS/", "Firefox"},
        {"CriOS/", "Chrome"},
        {"Firefox/", "Firefox"},
        {"Chromium/", "Chromium"},
        {"Chrome/", "Chrome"},
    };
    for (const Rule &rule : rules) {
        const QString token = QLatin1String(rule.token);
        if (ua.contains(token))
            return named(QLatin1String(rule.name), majorAfter(ua, token));
    }
    if (ua.contains(QLatin1String("Safari/")) && ua.contains(QLatin1String("Version/")))
        return named(QStringLiteral("Safari"), majorAfter(ua, QStringLiteral("Version/")));
    return {};
}

} // namespace

UserAgentInfo parseUserAgent(const QString &userAgent)
{
    const QString ua = userAgent.left(512);
    static const QRegularExpression app(
        QStringLiteral("^%1/([0-9][0-9A-Za-z.+-]{0,31})(?: \\(([^)]*)\\))?").arg(QLatin1String(kDesktopAppProduct)));
    if (const auto match = app.match(ua); match.hasMatch()) {
        // Our own agent names the system plainly; its version is shown whole, as the About box does.
        return {deviceOf(match.captured(2)), QStringLiteral("Facturos Account ") + match.captured(1)};
    }
    return {deviceOf(ua), browserOf(ua)};
}

} // namespace facturos::server
