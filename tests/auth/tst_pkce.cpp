// PKCE S256 (RFC 7636), state values, and the validation of RFC 8414 metadata — pure functions.
#include "auth/pkce.h"
#include "auth/servermetadata.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace facturos::auth;

namespace {

QJsonObject goodMetadata(const QString &base)
{
    return QJsonObject{{QStringLiteral("issuer"), base},
                       {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth/authorize")},
                       {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth/token")},
                       {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/oauth/revoke")},
                       {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
                       {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
                       {QStringLiteral("authorization_response_iss_parameter_supported"), true}};
}

} // namespace

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void challengeMatchesRfc7636AppendixB()
    {
        QCOMPARE(pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAndStatesAreLongAndNeverRepeat()
    {
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QByteArray> verifiers;
        QSet<QByteArray> states;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray verifier = pkce::newVerifier();
            const QByteArray state = pkce::newState();
            QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
            QVERIFY(state.size() >= 22); // 128 bits
            QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
            verifiers.insert(verifier);
            states.insert(state);
        }
        QCOMPARE(verifiers.size(), 1000);
        QCOMPARE(states.size(), 1000);
    }

    void metadataUrlFollowsRfc8414()
    {
        QCOMPARE(metadataUrlFor(QUrl(QStringLiteral("https://account.facturos.fr"))),
                 QUrl(QStringLiteral("https://account.facturos.fr/.well-known/oauth-authorization-server")));
        QCOMPARE(metadataUrlFor(QUrl(QStringLiteral("https://account.facturos.fr/"))),
                 QUrl(QStringLiteral("https://account.facturos.fr/.well-known/oauth-authorization-server")));
        QCOMPARE(metadataUrlFor(QUrl(QStringLiteral("https://sso.example/tenant/"))),
                 QUrl(QStringLiteral("https://sso.example/.well-known/oauth-authorization-server/tenant")));
    }

    void acceptsGoodMetadata()
    {
        const QString base = QStringLiteral("https://account.facturos.fr");
        QString why;
        const auto metadata = parseServerMetadata(goodMetadata(base), QUrl(base + QLatin1Char('/')), &why);
        QVERIFY2(metadata, qPrintable(why));
        QCOMPARE(metadata->tokenEndpoint, QUrl(base + QStringLiteral("/oauth/token")));
        QVERIFY(metadata->issParameterSupported);
        QVERIFY(parseServerMetadata(goodMetadata(QStringLiteral("http://127.0.0.1:8470")),
                                    QUrl(QStringLiteral("http://127.0.0.1:8470"))));
    }

    void refusesBadMetadata_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const QString base = QStringLiteral("https://account.facturos.fr");
        QTest::newRow("other issuer") << "issuer" << QJsonValue(QStringLiteral("https://evil.example"));
        QTest::newRow("no issuer") << "issuer" << QJsonValue();
        QTest::newRow("http token endpoint") << "token_endpoint" << QJsonValue(QStringLiteral("http://x.example/t"));
        QTest::newRow("no authorization endpoint") << "authorization_endpoint" << QJsonValue();
        QTest::newRow("plain only") << "code_challenge_methods_supported"
                                    << QJsonValue(QJsonArray{QStringLiteral("plain")});
        QTest::newRow("no pkce") << "code_challenge_methods_supported" << QJsonValue();
        QTest::newRow("http revocation") << "revocation_endpoint" << QJsonValue(QStringLiteral("http://x.example/r"));
        QTest::newRow("no code flow") << "response_types_supported" << QJsonValue(QJsonArray{QStringLiteral("token")});
    }

    void refusesBadMetadata()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QString base = QStringLiteral("https://account.facturos.fr");
        QJsonObject json = goodMetadata(base);
        if (value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        QVERIFY(!parseServerMetadata(json, QUrl(base)));
    }

    // The password change page is optional: taken when usable, otherwise ignored without refusing the sign-in.
    void readsThePasswordChangePage()
    {
        const QString base = QStringLiteral("https://account.facturos.fr");
        QJsonObject json = goodMetadata(base);
        QVERIFY(parseServerMetadata(json, QUrl(base))->passwordChangeEndpoint.isEmpty());
        json.insert(QStringLiteral("password_change_endpoint"), base + QStringLiteral("/account/password"));
        QCOMPARE(parseServerMetadata(json, QUrl(base))->passwordChangeEndpoint,
                 QUrl(base + QStringLiteral("/account/password")));
        json.insert(QStringLiteral("password_change_endpoint"), QStringLiteral("http://x.example/password"));
        const auto insecure = parseServerMetadata(json, QUrl(base));
        QVERIFY(insecure);
        QVERIFY(insecure->passwordChangeEndpoint.isEmpty());
    }

    void loopbackHttpOnly()
    {
        QVERIFY(isAcceptableEndpoint(QUrl(QStringLiteral("http://[::1]:80/t"))));
        QVERIFY(isAcceptableEndpoint(QUrl(QStringLiteral("http://localhost:80/t"))));
        QVERIFY(!isAcceptableEndpoint(QUrl(QStringLiteral("http://192.168.1.2/t"))));
        QVERIFY(!isAcceptableEndpoint(QUrl(QStringLiteral("ftp://127.0.0.1/t"))));
        QVERIFY(!isAcceptableEndpoint(QUrl(QStringLiteral("https://user@host.example/t"))));
    }
};

QTEST_MAIN(TestPkce)
#include "tst_pkce.moc"
