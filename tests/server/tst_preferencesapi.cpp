// Communication and privacy choices, the consent history they append to, and the privacy statement: each
// changed purpose leaves exactly one record naming the client and statement version, locked choices cannot
// be turned off, and the history pages completely.
#include "accountapi.h"
#include "core/page.h"

#include <memory>
#include <QSet>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kStatementVersion = QStringLiteral("2020-01-14");
}

class TestPreferencesApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;

    QUrl url(const char *path) const { return m_server->url(QString::fromLatin1(path)); }
    HttpResult put(const char *path, const QByteArray &body, const QByteArray &etag)
    {
        return sendBody(m_http, "PUT", url(path), m_token, body, etag);
    }
    qint64 consentCount()
    {
        return countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM consents WHERE user_id = ?"),
                         {m_server->userId(kDemoEmail)});
    }
    QJsonArray newestConsents(int count)
    {
        QUrl consents = url("/v1/account/consents");
        consents.setQuery(QStringLiteral("limit=%1").arg(count));
        const HttpResult result = m_http.get(consents, m_token);
        return result.json().value(QStringLiteral("items")).toArray();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_token = m_server->signInDirect(kDemoEmail);
    }

    void getCommunicationsShowsStoredChoices()
    {
        const HttpResult result = m_http.get(url("/v1/account/preferences/communications"), m_token);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.header("ETag").isEmpty());
        const QJsonObject choices = result.json();
        QCOMPARE(choices.value(QStringLiteral("newsletter")).toBool(), true);
        QCOMPARE(choices.value(QStringLiteral("productOffers")).toBool(), false);
        QCOMPARE(choices.value(QStringLiteral("surveys")).toBool(), true);
        QCOMPARE(choices.value(QStringLiteral("serviceMessages")).toBool(), true);
    }

    void putCommunicationsRecordsEachChange()
    {
        const char *path = "/v1/account/preferences/communications";
        const QByteArray etag = m_http.get(url(path), m_token).header("ETag");
        const qint64 before = consentCount();
        const HttpResult result = put(path,
                                      R"({"newsletter":false,"productOffers":true,"partnerOffers":false,)"
                                      R"("surveys":true,"serviceMessages":true})",
                                      etag);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("ETag") != etag);
        QCOMPARE(consentCount(), before + 2);

        QHash<QString, bool> recorded;
        const QJsonArray newest = newestConsents(2);
        for (const QJsonValue &value : newest) {
            const QJsonObject record = value.toObject();
            QCOMPARE(record.value(QStringLiteral("source")).toString(), QStringLiteral("facturos-desktop"));
            QCOMPARE(record.value(QStringLiteral("statementVersion")).toString(), kStatementVersion);
            recorded.insert(record.value(QStringLiteral("purpose")).toString(),
                            record.value(QStringLiteral("granted")).toBool());
        }
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.value(QStringLiteral("communications.newsletter"), true), false);
        QCOMPARE(recorded.value(QStringLiteral("communications.productOffers"), false), true);

        const HttpResult after = m_http.get(url(path), m_token);
        QCOMPARE(after.header("ETag"), result.header("ETag"));
        QCOMPARE(after.json().value(QStringLiteral("productOffers")).toBool(), true);

        // Sending the same choices again is no change, so no record.
        QCOMPARE(put(path, after.body, after.header("ETag")).status, 200);
        QCOMPARE(consentCount(), before + 2);
    }

    void refusedChoicesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withEtag");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        const QByteArray comms = "/v1/account/preferences/communications";
        const QByteArray privacy = "/v1/account/preferences/privacy";
        QTest::newRow("service messages off")
            << comms
            << QByteArray(R"({"newsletter":false,"productOffers":true,"partnerOffers":false,"surveys":false,)"
                          R"("serviceMessages":false})")
            << true << 422 << "serviceMessages"
            << "mandatory";
        QTest::newRow("choice missing") << comms << QByteArray(R"({"newsletter":false})") << true << 422
                                        << "productOffers"
                                        << "required";
        QTest::newRow("unknown choice")
            << comms
            << QByteArray(R"({"newsletter":false,"productOffers":false,"partnerOffers":false,"surveys":false,)"
                          R"("sms":true})")
            << true << 422 << "sms"
            << "unknown_field";
        QTest::newRow("without If-Match")
            << comms
            << QByteArray(R"({"newsletter":false,"productOffers":false,"partnerOffers":false,"surveys":false})")
            << false << 428 << ""
            << "";
        QTest::newRow("necessary cookies off")
            << privacy
            << QByteArray(R"({"necessary":false,"analytics":false,"advertising":false,"socialFeatures":false,)"
                          R"("location":false,"partnerSharing":false,"doNotTrack":true})")
            << true << 422 << "necessary"
            << "mandatory";
        QTest::newRow("wrong type") << privacy
                                    << QByteArray(R"({"analytics":"no","advertising":false,"socialFeatures":false,)"
                                                  R"("location":false,"partnerSharing":false,"doNotTrack":true})")
                                    << true << 422 << "analytics"
                                    << "type";
    }

    void refusedChoicesChangeNothing()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withEtag);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const HttpResult before = m_http.get(url(path.constData()), m_token);
        const qint64 consents = consentCount();
        const HttpResult result = put(path.constData(), body, withEtag ? before.header("ETag") : QByteArray());
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        if (!field.isEmpty())
            QVERIFY2(hasFieldError(result, field, code), result.body.constData());
        const HttpResult after = m_http.get(url(path.constData()), m_token);
        QCOMPARE(after.body, before.body);
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(consentCount(), consents);
    }

    void staleEtagIs412WithCurrentChoices()
    {
        const char *path = "/v1/account/preferences/privacy";
        const HttpResult before = m_http.get(url(path), m_token);
        const QByteArray body = R"({"analytics":false,"advertising":false,"socialFeatures":false,"location":true,)"
                                R"("partnerSharing":false,"doNotTrack":true})";
        const HttpResult first = put(path, body, before.header("ETag"));
        QCOMPARE(first.status, 200);
        const HttpResult stale = put(path, before.body, before.header("ETag"));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.header("ETag"), first.header("ETag"));
        QCOMPARE(stale.body, first.body);
    }

    void putPrivacyRecordsEachChange()
    {
        const char *path = "/v1/account/preferences/privacy";
        const HttpResult before = m_http.get(url(path), m_token);
        QCOMPARE(before.json().value(QStringLiteral("analytics")).toBool(), true);
        QCOMPARE(before.json().value(QStringLiteral("necessary")).toBool(), true);
        const qint64 count = consentCount();
        const HttpResult result = put(path,
                                      R"({"necessary":true,"analytics":false,"advertising":false,)"
                                      R"("socialFeatures":false,"location":true,"partnerSharing":false,)"
                                      R"("doNotTrack":true})",
                                      before.header("ETag"));
        QCOMPARE(result.status, 200);
        QCOMPARE(consentCount(), count + 3);
        QSet<QString> purposes;
        const QJsonArray newest = newestConsents(3);
        for (const QJsonValue &value : newest) {
            purposes.insert(value[QStringLiteral("purpose")].toString());
            QCOMPARE(value[QStringLiteral("source")].toString(), QStringLiteral("facturos-desktop"));
            QCOMPARE(value[QStringLiteral("statementVersion")].toString(), kStatementVersion);
        }
        QCOMPARE(purposes, (QSet<QString>{QStringLiteral("privacy.analytics"), QStringLiteral("privacy.location"),
                                          QStringLiteral("privacy.doNotTrack")}));
        QCOMPARE(m_http.get(url(path), m_token).json().value(QStringLiteral("doNotTrack")).toBool(), true);
    }

    void consentPagesWalkWholeHistory()
    {
        // More history than the fixture's, so the walk crosses several pages.
        const char *path = "/v1/account/preferences/communications";
        for (const char *body : {R"({"newsletter":false,"productOffers":true,"partnerOffers":true,"surveys":false})",
                                 R"({"newsletter":true,"productOffers":false,"partnerOffers":true,"surveys":true})"}) {
            QCOMPARE(put(path, body, m_http.get(url(path), m_token).header("ETag")).status, 200);
        }
        const qint64 total = consentCount();
        QVERIFY(total >= 9);

        QList<qint64> ids;
        QString cursor;
        int pages = 0;
        do {
            QString query = QStringLiteral("/v1/account/consents?limit=2");
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const HttpResult result = m_http.get(m_server->url(QString()).resolved(QUrl(query)), m_token);
            QCOMPARE(result.status, 200);
            const QJsonArray items = result.json().value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items)
                ids.append(item[QStringLiteral("id")].toString().toLongLong());
            cursor = result.json().value(QStringLiteral("next")).toString();
            QVERIFY(++pages <= total);
        } while (!cursor.isEmpty());

        QCOMPARE(ids.size(), total);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size()); // no duplicate
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i) < ids.at(i - 1), "newest first"); // and, with the count, no gap
        QCOMPARE(newestConsents(kMaxPageLimit).size(), total);
    }

    void defaultLimitAndRecordShape()
    {
        const HttpResult result = m_http.get(url("/v1/account/consents"), m_token);
        QCOMPARE(result.status, 200);
        const QJsonArray items = result.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), consentCount()); // fewer than the default limit of 50
        QVERIFY(result.json().value(QStringLiteral("next")).isNull());
        const QJsonObject oldest = items.last().toObject();
        QCOMPARE(oldest.value(QStringLiteral("time")).toString(), QStringLiteral("2019-03-18T09:14:02Z"));
        QCOMPARE(oldest.value(QStringLiteral("source")).toString(), QStringLiteral("web"));
    }

    void badPagingIs422_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << "limit=0"
                                 << "limit";
        QTest::newRow("limit too large") << "limit=201"
                                         << "limit";
        QTest::newRow("limit not a number") << "limit=ten"
                                            << "limit";
        QTest::newRow("limit negative") << "limit=-1"
                                        << "limit";
        QTest::newRow("cursor garbage") << "cursor=not-a-cursor"
                                        << "cursor";
        QTest::newRow("cursor zero") << "cursor=MA"
                                     << "cursor";
    }

    void badPagingIs422()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResult result = m_http.get(
            m_server->url(QString()).resolved(QUrl(QStringLiteral("/v1/account/consents?") + query)), m_token);
        QCOMPARE(result.status, 422);
        QVERIFY2(hasFieldError(result, field, QStringLiteral("invalid_format")), result.body.constData());
    }

    void privacyStatementIsPublic()
    {
        const HttpResult result = m_http.get(url("/v1/privacy-statement"));
        QCOMPARE(result.status, 200);
        const QJsonObject statement = result.json();
        QCOMPARE(statement.value(QStringLiteral("version")).toString(), kStatementVersion);
        QCOMPARE(statement.value(QStringLiteral("publishedOn")).toString(), QStringLiteral("2020-01-14"));
        QVERIFY(statement.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")));
        QVERIFY(!statement.value(QStringLiteral("summary"))[QStringLiteral("fr")].toString().isEmpty());
    }

    void acknowledgingTheCurrentStatement()
    {
        const QJsonObject before = m_http.get(url("/v1/account"), m_token).json();
        const QJsonObject beforeStatement = before.value(QStringLiteral("privacyStatement")).toObject();
        QCOMPARE(beforeStatement.value(QStringLiteral("acknowledgedVersion")).toString(), QStringLiteral("2018-05-25"));
        QCOMPARE(beforeStatement.value(QStringLiteral("updatedSinceAck")).toBool(), true);

        const char *ack = "/v1/account/privacy-statement/ack";
        const HttpResult old = sendBody(m_http, "POST", url(ack), m_token, R"({"version":"2018-05-25"})", {});
        QCOMPARE(old.status, 422);
        QVERIFY(hasFieldError(old, QStringLiteral("version"), QStringLiteral("not_current")));
        const HttpResult unknown =
            sendBody(m_http, "POST", url(ack), m_token, R"({"version":"2020-01-14","extra":1})", {});
        QCOMPARE(unknown.status, 422);
        QVERIFY(hasFieldError(unknown, QStringLiteral("extra"), QStringLiteral("unknown_field")));
        QCOMPARE(sendBody(m_http, "POST", url(ack), m_token, R"({"version":"2020-01-14"})", {}, "text/plain").status,
                 415);
        QCOMPARE(m_http.get(url("/v1/account"), m_token).json(), before);

        const HttpResult result = sendBody(m_http, "POST", url(ack), m_token, R"({"version":"2020-01-14"})", {});
        QCOMPARE(result.status, 200);
        const QJsonObject statement = result.json().value(QStringLiteral("privacyStatement")).toObject();
        QCOMPARE(statement.value(QStringLiteral("acknowledgedVersion")).toString(), kStatementVersion);
        QCOMPARE(statement.value(QStringLiteral("currentVersion")).toString(), kStatementVersion);
        QCOMPARE(statement.value(QStringLiteral("updatedSinceAck")).toBool(), false);
        QCOMPARE(m_http.get(url("/v1/account"), m_token).json(), result.json());
    }
};

QTEST_GUILESS_MAIN(TestPreferencesApi)
#include "tst_preferencesapi.moc"
