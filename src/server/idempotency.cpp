#include "server/idempotency.h"

#include "core/json.h"
#include "server/apiresponses.h"
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/secretbox.h"
#include "server/servercontext.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

Q_LOGGING_CATEGORY(lcIdempotency, "facturos.server.idempotency", QtInfoMsg)

namespace facturos::server {

namespace {

// Headers a replay must repeat for the result to mean the same; the default headers are added anyway.
const QList<QByteArray> kReplayedHeaders{"Location", "ETag", "Content-Disposition"};

// Keyed: a request body may hold a password (an IMAP mailbox to connect), and this hash stays a day in the
// database, where a plain SHA-256 could be tested against guessed passwords.
QString requestHash(const ServerContext &ctx, const HttpRequest &request)
{
    return QString::fromLatin1(ctx.mailboxes->secrets()
                                   .digest(request.method + '\n' + request.path.toUtf8() + '\n' + request.body)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > idempotency::kMaxKeyLength)
        return false;
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e) // visible ASCII, as a header value that survives proxies
            return false;
    }
    return true;
}

QString encodeHeaders(const HttpResponse &response)
{
    QJsonArray pairs;
    pairs.append(QJsonArray{QStringLiteral("Content-Type"), QString::fromLatin1(response.contentType)});
    for (const auto &[name, value] : response.headers) {
        for (const QByteArray &kept : kReplayedHeaders) {
            if (name.compare(kept, Qt::CaseInsensitive) == 0)
                pairs.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        }
    }
    return QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
}

HttpResponse replay(int status, const QByteArray &body, const QString &headers)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    const QJsonArray pairs = QJsonDocument::fromJson(headers.toUtf8()).array();
    for (const QJsonValue &pair : pairs) {
        const QByteArray name = pair.toArray().at(0).toString().toLatin1();
        const QByteArray value = pair.toArray().at(1).toString().toLatin1();
        if (name == "Content-Type")
            response.contentType = value;
        else
            response.withHeader(name, value);
    }
    response.withHeader("Idempotent-Replayed", "true");
    return response;
}

class KeyStore
{
public:
    KeyStore(ServerContext &ctx, QString userId, QByteArray key) : m_ctx(ctx), m_user(std::move(userId)), m_key(key) {}

    // Either reserves the key for this request (nullopt: go on and run it) or gives the answer to send now.
    std::optional<HttpResponse> reserve(const HttpRequest &request)
    {
        const qint64 now = m_ctx.clock.now().toSecsSinceEpoch();
        m_ctx.db.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE user_id = ? AND (created_at <= ? OR "
                                     "(state = 'in_progress' AND created_at <= ?))"),
                      {m_user, now - idempotency::kLifetime, now - idempotency::kAbandonedAfter});
        const QVariantList row = m_ctx.db.row(QStringLiteral("SELECT request_hash, state, response_status, "
                                                             "response_body, response_headers FROM idempotency_keys "
                                                             "WHERE user_id = ? AND key = ?"),
                                              {m_user, QString::fromLatin1(m_key)});
        const QString hash = requestHash(m_ctx, request);
        if (row.isEmpty()) {
            bool ok = false;
            m_ctx.db.exec(QStringLiteral("INSERT INTO idempotency_keys (user_id, key, route, request_hash, state, "
                                         "created_at) VALUES (?, ?, ?, ?, 'in_progress', ?)"),
                          {m_user, QString::fromLatin1(m_key),
                           QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path, hash, now},
                          &ok);
            if (ok)
                return std::nullopt;
            return problemResponse(Problem::make(500, QStringLiteral("storage_failed"),
                                                 QStringLiteral("Storage failed"),
                                                 QStringLiteral("Nothing was changed; try again later.")));
        }
        if (row.at(0).toString() != hash) {
            return problemResponse(Problem::make(
                422, QStringLiteral("idempotency_key_reused"), QStringLiteral("Idempotency key already used"),
                QStringLiteral("This Idempotency-Key was used for another request; use a new key.")));
        }
        if (row.at(1).toString() != QLatin1String("done")) {
            return problemResponse(Problem::make(409, QStringLiteral("idempotency_key_in_progress"),
                                                 QStringLiteral("The first request is still in progress"),
                                                 QStringLiteral("Wait for it to finish, then retry.")))
                .withHeader("Retry-After", "1");
        }
        qCDebug(lcIdempotency) << "replaying" << request.method << request.path;
        return replay(row.at(2).toInt(), row.at(3).toByteArray(), row.at(4).toString());
    }

    void complete(const HttpResponse &response)
    {
        if (response.status >= 200 && response.status < 300) {
            m_ctx.db.exec(
                QStringLiteral("UPDATE idempotency_keys SET state = 'done', response_status = ?, "
                               "response_body = ?, response_headers = ? WHERE user_id = ? AND key = ?"),
                {response.status, response.body, encodeHeaders(response), m_user, QString::fromLatin1(m_key)});
        } else {
            m_ctx.db.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?"),
                          {m_user, QString::fromLatin1(m_key)});
        }
    }

private:
    ServerContext &m_ctx;
    QString m_user;
    QByteArray m_key;
};

} // namespace

Handler idempotentDeferredRoute(ServerContext &ctx, DeferredBearerHandler handler)
{
    return [&ctx, handler = std::move(handler)](const HttpRequest &request, const Responder &responder) {
        HttpResponse error;
        const auto auth = ctx.tokens.requireBearer(request, &error);
        if (!auth) {
            responder.send(error);
            return;
        }
        const bool keyed = std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &header) {
            return header.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0;
        });
        const QByteArray key = request.header("Idempotency-Key").trimmed();
        if (!keyed) {
            handler(request, *auth, responder);
            return;
        }
        if (!isValidKey(key)) {
            responder.send(validationProblem({{QStringLiteral("Idempotency-Key"), ErrorCode::InvalidFormat,
                                               QStringLiteral("1 to 255 visible ASCII characters.")}}));
            return;
        }
        auto store = std::make_shared<KeyStore>(ctx, auth->userId, key);
        if (auto answer = store->reserve(request)) {
            responder.send(*answer);
            return;
        }
        responder.observe([store](const HttpResponse &response) { store->complete(response); });
        handler(request, *auth, responder);
    };
}

Handler idempotentRoute(ServerContext &ctx, BearerHandler handler)
{
    return idempotentDeferredRoute(
        ctx, [handler = std::move(handler)](const HttpRequest &request, const AuthContext &auth,
                                            const Responder &responder) { responder.send(handler(request, auth)); });
}

} // namespace facturos::server
