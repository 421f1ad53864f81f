// Isolation of the data-rights routes: user A (demo) never sees, exports, cancels or closes anything of
// user B (other), whatever ids a request carries; without a valid token every route answers 401.
#include "datarights.h"

#include <memory>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestDataRightsIsolation : public QObject, private TwoUserFixture
{
    Q_OBJECT

    QString m_demoId;
    QString m_otherId;

private slots:
    void init()
    {
        const QString problem = startWithTwoUsers();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demoId = m_server->userId(kDemoEmail);
        m_otherId = m_server->userId(kOtherEmail);
        seedPersonalData(*m_server, m_demoId);
        seedPersonalData(*m_server, m_otherId);
    }

    void unauthenticatedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        for (const auto &[method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/v1/account/export")},
                                               {"POST", QStringLiteral("/v1/account/closure")},
                                               {"DELETE", QStringLiteral("/v1/account/closure")}}) {
            QTest::addRow("%s %s, none", method.constData(), qPrintable(path)) << method << path << QByteArray();
            QTest::addRow("%s %s, garbage", method.constData(), qPrintable(path))
                << method << path << QByteArray("Bearer garbage");
        }
    }

    void unauthenticatedRequestsAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        // A scheduled closure, so an unauthenticated DELETE would have something to cancel.
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail)).status, 201);
        Headers headers{{"Content-Type", "application/json"}, {"Idempotency-Key", "k"}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult result = m_http.send(method, m_server->url(path), headers, closureBody(kDemoEmail));
        QCOMPARE(result.status, 401);
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(!result.body.contains(m_demoId.toLatin1()));
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures")), 1);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), 0);
    }

    void exportHoldsOnlyTheOwnersData()
    {
        const QByteArray demoExport = m_http.get(m_server->url(QStringLiteral("/v1/account/export")), m_demo).body;
        const QByteArray otherExport = m_http.get(m_server->url(QStringLiteral("/v1/account/export")), m_other).body;
        const QList<QByteArray> demoMarks{m_demoId.toLatin1(), kDemoEmail.toLatin1(),
                                          seedId(m_demoId, "FAC").toLatin1(), seedId(m_demoId, "gmail").toLatin1(),
                                          seedId(m_demoId, "delegate").toLatin1()};
        const QList<QByteArray> otherMarks{m_otherId.toLatin1(), kOtherEmail.toLatin1(),
                                           seedId(m_otherId, "FAC").toLatin1(), seedId(m_otherId, "imap").toLatin1()};
        for (const QByteArray &mark : demoMarks) {
            QVERIFY2(demoExport.contains(mark), mark.constData());
            QVERIFY2(!otherExport.contains(mark), mark.constData());
        }
        for (const QByteArray &mark : otherMarks) {
            QVERIFY2(otherExport.contains(mark), mark.constData());
            QVERIFY2(!demoExport.contains(mark), mark.constData());
        }
        // Ids in the query or headers change nothing.
        QUrl url = m_server->url(QStringLiteral("/v1/account/export"));
        url.setQuery(QStringLiteral("userId=%1&id=%1").arg(m_demoId));
        const HttpResult guessed = m_http.get(url, m_other, {{"X-User-Id", m_demoId.toLatin1()}});
        QCOMPARE(guessed.status, 200);
        QVERIFY(!guessed.body.contains(m_demoId.toLatin1()));
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account/export/") + m_demoId), m_other).status, 404);
    }

    void closureOfOneUserLeavesTheOtherAlone()
    {
        QCOMPARE(postClosure(m_http, *m_server, m_demo, closureBody(kDemoEmail)).status, 201);
        // B sees no closure, cannot cancel A's, and cannot close A's account by typing A's e-mail.
        const QJsonObject otherAccount = m_http.get(m_server->url(QStringLiteral("/v1/account")), m_other).json();
        QCOMPARE(otherAccount.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(otherAccount.value(QStringLiteral("closure")).isNull());
        QCOMPARE(deleteClosure(m_http, *m_server, m_other).status, 404);
        QCOMPARE(m_http
                     .send("DELETE", m_server->url(QStringLiteral("/v1/account/closure/") + m_demoId),
                           {{"Authorization", "Bearer " + m_other}})
                     .status,
                 404);
        QCOMPARE(postClosure(m_http, *m_server, m_other, closureBody(kDemoEmail)).status, 422);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures WHERE user_id = ?"), {m_demoId}),
                 1);
        QCOMPARE(countRows(*m_server, QStringLiteral("SELECT COUNT(*) FROM closures WHERE user_id = ?"), {m_otherId}),
                 0);
        // B's own closure and cancellation touch only B.
        QCOMPARE(postClosure(m_http, *m_server, m_other, closureBody(kOtherEmail)).status, 201);
        QCOMPARE(deleteClosure(m_http, *m_server, m_other).status, 204);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/v1/account")), m_demo)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("closure_scheduled"));
    }
};

QTEST_GUILESS_MAIN(TestDataRightsIsolation)
#include "tst_datarightsisolation.moc"
