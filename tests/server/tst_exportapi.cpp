// The data export over real HTTP: an attachment holding every section the documented schema requires, no
// secret among its bytes, a valid JSON document even with 100,000 activity events (streamed, chunked), and
// a client that leaves mid-download does not bring the server down.
#include "core/json.h"
#include "core/securitydata.h"
#include "datarights.h"

#include <memory>
#include <QFile>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

QJsonObject apiDocument(const QString &name)
{
    QFile file(qEnvironmentVariable("FACTUROS_SOURCE_DIR") + QStringLiteral("/resources/api/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject exportSchema()
{
    return apiDocument(QStringLiteral("export.schema.json"));
}

// The `required` members of a schema (following one $ref, local or into openapi.json), checked on `value`;
// returns what is missing.
QStringList missingRequired(const QJsonObject &root, QJsonObject schema, const QJsonObject &value, const QString &at)
{
    static const QJsonObject openApiSchemas = apiDocument(QStringLiteral("openapi.json"))
                                                  .value(QStringLiteral("components"))
                                                  .toObject()
                                                  .value(QStringLiteral("schemas"))
                                                  .toObject();
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (ref.startsWith(QLatin1String("#/$defs/")))
        schema = root.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
    else if (ref.startsWith(QLatin1String("openapi.json#/components/schemas/")))
        schema = openApiSchemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
    if (!ref.isEmpty() && schema.isEmpty())
        return {at + QStringLiteral(": unresolved ") + ref};
    QStringList missing;
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
        if (!value.contains(name.toString()))
            missing.append(at + QLatin1Char('.') + name.toString());
    }
    return missing;
}

void seedActivity(TestServer &server, const QString &userId, int count)
{
    auto &db = server.server().database();
    const qint64 start = server.clock().now().toSecsSinceEpoch() - count;
    db.transaction();
    for (int i = 0; i < count; ++i) {
        db.exec(QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent) VALUES (?, ?, 'sign_in', "
                               "'203.0.113.24', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
                               "Firefox/128.0')"),
                {userId, start + i});
    }
    db.commit();
}

} // namespace

class TestExportApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;

    HttpResult exportOf(const QByteArray &token)
    {
        return m_http.get(m_server->url(QStringLiteral("/v1/account/export")), token);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void containsEverySectionOfTheSchema()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        seedPersonalData(*m_server, demoId);
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        QCOMPARE(postClosure(m_http, *m_server, token, closureBody(kDemoEmail)).status, 201);

        const HttpResult result = exportOf(token);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.header("Content-Disposition"),
                 "attachment; filename=\"facturos-export-" +
                     m_server->clock().now().toUTC().date().toString(Qt::ISODate).toLatin1() + ".json\"");
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(result.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QJsonObject schema = exportSchema();
        QVERIFY(!schema.isEmpty());
        QCOMPARE(schema.value(QStringLiteral("$schema")).toString(),
                 QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        QStringList missing = missingRequired(schema, schema, doc, QStringLiteral("$"));
        // Every member is one the schema lists (additionalProperties: false).
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QString &key : doc.keys()) {
            if (!properties.contains(key))
                missing.append(QStringLiteral("undocumented: ") + key);
        }
        // Each item of each list has its required members; each list holds the seeded row.
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonObject property = it.value().toObject();
            if (property.value(QStringLiteral("type")).toString() != QLatin1String("array"))
                continue;
            const QJsonArray items = doc.value(it.key()).toArray();
            if (items.isEmpty())
                missing.append(QStringLiteral("empty: ") + it.key());
            for (const QJsonValue &item : items)
                missing += missingRequired(schema, property.value(QStringLiteral("items")).toObject(), item.toObject(),
                                           it.key());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        QCOMPARE(doc.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString(), demoId);
        QCOMPARE(doc.value(QStringLiteral("closure")).toObject().value(QStringLiteral("stopMarketing")),
                 QJsonValue(true));
        QCOMPARE(doc.value(QStringLiteral("profile")).toObject(),
                 QJsonDocument::fromJson(m_server->server().users().profileJson(demoId)).object());
        const QJsonArray mailboxes = doc.value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(mailboxes.size(),
                 countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE user_id = ?"), {demoId}));
        QVERIFY(mailboxes.size() >= 2);
        const QJsonArray legal = doc.value(QStringLiteral("legalRecords")).toArray();
        QCOMPARE(
            legal.size(),
            countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM legal_records WHERE user_id = ?"), {demoId}));
        QVERIFY(doc.value(QStringLiteral("legalRecords"))
                    .toArray()
                    .contains(QJsonValue(QJsonObject{
                        {QStringLiteral("kind"), QStringLiteral("invoice")},
                        {QStringLiteral("reference"), seedId(demoId, "FAC")},
                        {QStringLiteral("issuedOn"), QStringLiteral("2025-03-01")},
                        {QStringLiteral("amountCents"), 2900},
                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                        {QStringLiteral("retainUntil"), QStringLiteral("2035-03-01")},
                        {QStringLiteral("party"), QStringLiteral("Élise Martin, 12 rue des Tanneurs, 69001 Lyon")}})));
    }

    // The OpenAPI document's Export and the standalone schema describe the same members.
    void schemaMatchesOpenApi()
    {
        const QJsonObject schema = exportSchema();
        const QJsonObject api = apiDocument(QStringLiteral("openapi.json"))
                                    .value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("schemas"))
                                    .toObject()
                                    .value(QStringLiteral("Export"))
                                    .toObject();
        QCOMPARE(api.value(QStringLiteral("properties")).toObject().keys(),
                 schema.value(QStringLiteral("properties")).toObject().keys());
        QCOMPARE(api.value(QStringLiteral("required")), schema.value(QStringLiteral("required")));
        QCOMPARE(schema.value(QStringLiteral("additionalProperties")), QJsonValue(false));
    }

    void containsNoSecret()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const Canaries canaries;
        seedPersonalData(*m_server, demoId, canaries);
        SsoBrowser browser(m_server->url());
        const auto tokens = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(tokens);
        const QByteArray passwordHash = m_server->server().users().findById(demoId)->passwordHash;
        QVERIFY(!passwordHash.isEmpty());

        const HttpResult result = exportOf(tokens->accessToken);
        QCOMPARE(result.status, 200);
        const QList<QByteArray> secrets{kDemoPassword.toUtf8(),
                                        passwordHash,
                                        passwordHash.mid(30, 20),
                                        tokens->accessToken,
                                        tokens->refreshToken,
                                        canaries.gmailToken,
                                        canaries.imapPassword,
                                        canaries.verifier,
                                        "CANARY",
                                        "argon2id",
                                        "Menuiserie-69007!", // the demo fixture's own mailbox secrets
                                        "1//09demo-refresh-token",
                                        "nonce-g",
                                        "nonce-i"};
        for (const QByteArray &secret : secrets)
            QVERIFY2(!result.body.contains(secret), secret.constData());
        // The hashes stored for the tokens must not leak either.
        const QStringList hashes{
            m_server->server().database().scalar(QStringLiteral("SELECT hash FROM refresh_tokens LIMIT 1")).toString(),
            m_server->server().database().scalar(QStringLiteral("SELECT hash FROM access_tokens LIMIT 1")).toString()};
        for (const QString &hash : hashes)
            QVERIFY(!hash.isEmpty() && !result.body.contains(hash.toLatin1()));
    }

    void hundredThousandEventsStreamAsOneDocument()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        const qint64 before =
            countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM activity WHERE user_id = ?"), {demoId});
        seedActivity(*m_server, demoId, 100000);
        const HttpResult result = exportOf(m_server->signInDirect(kDemoEmail));
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.size() > 10 * 1000 * 1000);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(result.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray activity = doc.value(QStringLiteral("activity")).toArray();
        QCOMPARE(activity.size(), before + 100000);
        // Newest first, every event once.
        QSet<QString> ids;
        for (const QJsonValue &event : activity)
            ids.insert(event.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), activity.size());
        // Events are written without QJsonObject for speed: each must still decode with the strict codec.
        for (const qsizetype i : {qsizetype(0), activity.size() / 2, activity.size() - 1}) {
            FieldErrors errors;
            const auto event = activityEventFromJson(activity.at(i).toObject(), QStringLiteral("activity"), &errors);
            QVERIFY2(event && errors.isEmpty(), qPrintable(activity.at(i).toObject().keys().join(QLatin1Char(','))));
            QCOMPARE(toCompactJson(toJson(*event)), toCompactJson(activity.at(i).toObject()));
        }
        QVERIFY(activity.first().toObject().value(QStringLiteral("time")).toString() >=
                activity.last().toObject().value(QStringLiteral("time")).toString());
    }

    void clientLeavingMidExportDoesNotCrash()
    {
        const QString demoId = m_server->userId(kDemoEmail);
        seedActivity(*m_server, demoId, 50000);
        const QByteArray token = m_server->signInDirect(kDemoEmail);
        for (int round = 0; round < 3; ++round) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /v1/account/export HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                         "\r\n\r\n");
            QByteArray received;
            QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).size() > 100000, 10000);
            QVERIFY(received.startsWith("HTTP/1.1 200"));
            QVERIFY(received.contains("Transfer-Encoding: chunked"));
            round % 2 ? socket.abort() : socket.disconnectFromHost();
        }
        // QNAM cancelling a download, as the app would on "Cancel".
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server->url(QStringLiteral("/v1/account/export")));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy progress(reply, &QNetworkReply::downloadProgress);
        QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() > 50000, 10000);
        reply->abort();
        reply->deleteLater();
        // The server is alive and the next export is whole.
        const HttpResult after = exportOf(token);
        QCOMPARE(after.status, 200);
        QCOMPARE(QJsonDocument::fromJson(after.body).object().value(QStringLiteral("activity")).toArray().size(),
                 countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM activity WHERE user_id = ?"), {demoId}));
    }

    void requiresAToken()
    {
        const HttpResult result = exportOf({});
        QCOMPARE(result.status, 401);
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(result.header("Content-Disposition").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportApi)
#include "tst_exportapi.moc"
