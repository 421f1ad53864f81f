#include "core/logredaction.h"

#include <QRegularExpression>

namespace facturos::logredaction {

namespace {

using RE = QRegularExpression;

// The value of an Authorization header, to the end of its quotes or line, whatever the scheme.
const RE &authorizationHeader()
{
    static const RE re(QStringLiteral(R"((?<![\w-])((?:proxy-)?authorization)("?\s*[:=]\s*"?|"?\s+")([^"\r\n]*))"),
                       RE::CaseInsensitiveOption);
    return re;
}

const RE &bearer()
{
    static const RE re(QStringLiteral(R"(\bbearer\s+[A-Za-z0-9._~+/-]+=*)"), RE::CaseInsensitiveOption);
    return re;
}

const RE &jwt()
{
    static const RE re(QStringLiteral(R"(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?)"));
    return re;
}

// key=value, "key": "value", key: value and QDebug's `key "value"` for keys that name a secret.
const RE &secretPair()
{
    static const RE re(
        QStringLiteral(R"((?<![A-Za-z0-9_-])((?:[A-Za-z0-9_-]*[_-])?(?:password|passwd|passphrase|secret|token|)"
                       R"(verifier|api[_-]?key)|assertion)("?\s*[:=]\s*|\s+(?="))("[^"]*"|'[^']*'|[^\s&,;"'<>)}\]]+))"),
        RE::CaseInsensitiveOption);
    return re;
}

// OAuth parameters short enough to be ordinary words elsewhere: only in their URL/form shape.
const RE &oauthParameter()
{
    static const RE re(QStringLiteral(R"((?<![A-Za-z0-9_-])(code|state)(=)([^\s&,;"'<>)}\]]+))"));
    return re;
}

const RE &email()
{
    static const RE re(
        QStringLiteral(R"(([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(?:@|%40)([A-Za-z0-9])[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)"
                       R"(\.([A-Za-z]{2,63})\b)"));
    return re;
}

const RE &longRun()
{
    static const RE re(QStringLiteral(R"((?<![A-Za-z0-9_-])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-]))"));
    return re;
}

const RE &uuid()
{
    static const RE re(
        QStringLiteral(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
    return re;
}

// Random base64url or hex mixes letters and digits; the rare digit-free token still has two capitals in a
// row somewhere. Words, snake_case names and CamelCase identifiers have neither.
bool looksRandom(QStringView run)
{
    if (uuid().match(run.toString()).hasMatch())
        return false;
    bool upper = false, lower = false, digit = false, twoCapitals = false;
    QChar previous;
    for (const QChar c : run) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
        twoCapitals |= c.isUpper() && previous.isUpper();
        previous = c;
    }
    return (digit && (upper || lower)) || (twoCapitals && lower);
}

// Replaces every match of `re` with what `replacement` makes of it.
template <typename Replacement> QString replaceAll(const QString &text, const RE &re, Replacement replacement)
{
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += replacement(match);
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString keepKey(const QRegularExpressionMatch &match)
{
    return match.captured(1) + match.captured(2) + kRedacted;
}

} // namespace

QString maskEmail(const QString &address)
{
    return replaceAll(address, email(), [](const QRegularExpressionMatch &match) {
        return QStringLiteral("%1***@%2***.%3").arg(match.captured(1), match.captured(2), match.captured(3));
    });
}

QString maskAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const qsizetype dot = address.lastIndexOf(QLatin1Char('.'));
    if (at <= 0 || dot <= at + 1 || dot == address.size() - 1)
        return QStringLiteral("***");
    return address.left(1) + QStringLiteral("***@") + address.at(at + 1) + QStringLiteral("***") + address.mid(dot);
}

QString redact(const QString &message)
{
    QString text = replaceAll(message, authorizationHeader(), keepKey);
    text = replaceAll(text, bearer(), [](const QRegularExpressionMatch &) { return kRedacted; });
    text = replaceAll(text, jwt(), [](const QRegularExpressionMatch &) { return kRedacted; });
    text = replaceAll(text, secretPair(), keepKey);
    text = replaceAll(text, oauthParameter(), keepKey);
    text = maskEmail(text);
    return replaceAll(text, longRun(), [](const QRegularExpressionMatch &match) {
        return looksRandom(match.capturedView()) ? kRedacted : match.captured();
    });
}

} // namespace facturos::logredaction
