#include "api/httpmapping.h"

#include "core/json.h"
#include "core/problem.h"

#include <QDateTime>
#include <QRegularExpression>

namespace facturos::api::detail {

using Kind = ApiError::Kind;

ApiError makeError(Kind kind, const QString &code, const QString &detail, int status)
{
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.detail = detail;
    error.httpStatus = status;
    return error;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || mime.endsWith("+json");
}

QString challengeParam(const QByteArray &header, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|[\\s,])%1\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,]+))").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

// Such errors have codes under 200; HTTP statuses map to codes from 200 up.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

ApiError errorForStatus(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &etag,
                        const QByteArray &retryAfter)
{
    const std::optional<QJsonObject> object = isJsonContentType(contentType) ? parseJsonObject(body) : std::nullopt;
    FieldErrors decodeErrors;
    const std::optional<Problem> problem = object ? problemFromJson(*object, &decodeErrors) : std::nullopt;
    ApiError error;
    error.httpStatus = status;
    if (problem) {
        error.code = problem->code;
        error.detail = problem->detail.isEmpty() ? problem->title : problem->detail;
        error.fieldErrors = problem->errors;
    } else {
        error.detail = QString::fromUtf8(body.left(200)).simplified();
    }

    if (status >= 300 && status < 400) {
        error.kind = Kind::Protocol; // redirects are never followed: another origin must not see the token
        error.code = QStringLiteral("redirect");
    } else if (status == 412) {
        // The body is the current representation, not a problem.
        error.kind = object ? Kind::Conflict : Kind::Protocol;
        error.code = object ? QStringLiteral("precondition_failed") : QStringLiteral("malformed_conflict");
        error.fieldErrors.clear();
        if (object) {
            error.currentState = *object;
            error.currentEtag = etag;
        }
    } else if (status == 409) {
        // A problem whose extension members may hold the current state (e.g. `closure`).
        error.kind = problem ? Kind::Conflict : Kind::Protocol;
        if (problem)
            error.currentState = *object;
    } else if (status == 400 || status == 422) {
        error.kind = problem ? Kind::Validation : Kind::Protocol;
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
    } else if (status == 404 || status == 410) {
        error.kind = Kind::NotFound;
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.retryAfterSeconds = retryAfterSeconds(retryAfter);
    } else if (status >= 500 && status < 600) {
        error.kind = Kind::Server;
    } else {
        error.kind = Kind::Protocol; // 413, 415, 428: a client bug, never a user situation
        if (error.code.isEmpty())
            error.code = QStringLiteral("unexpected_status");
    }
    return error;
}

} // namespace facturos::api::detail
