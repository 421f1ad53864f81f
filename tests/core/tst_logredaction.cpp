// The masking every log message passes through: secrets of every shape the app handles become [redacted],
// e-mail addresses keep only their shape, and the ordinary words, ids and paths support needs stay readable.
#include "core/logredaction.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace facturos::logredaction;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT
private slots:
    void shouldMaskEmailAddressesKeepingTheirShape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "demo@facturos.test"
                               << "d***@f***.test";
        QTest::newRow("subdomain") << "camille.durand@mail.atelier-durand.fr"
                                   << "c***@m***.fr";
        QTest::newRow("in a sentence") << "signed in as demo@facturos.test, ok"
                                       << "signed in as d***@f***.test, ok";
        QTest::newRow("url-encoded") << "login_hint=demo%40facturos.test&x=1"
                                     << "login_hint=d***@f***.test&x=1";
        QTest::newRow("none") << "no address here @ all"
                              << "no address here @ all";
    }
    void shouldMaskOneAddressWhateverItsLetters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << "demo@facturos.test"
                               << "d***@f***.test";
        QTest::newRow("accented local part") << u"josé.lefèvre@gmail.com"_s << "j***@g***.com";
        QTest::newRow("accented domain") << u"jean@café-crème.fr"_s << "j***@c***.fr";
        QTest::newRow("atom characters") << "my!secret'x@example.fr"
                                         << "m***@e***.fr";
        QTest::newRow("no ending") << "p@ssw0rd"
                                   << "***";
        QTest::newRow("no local part") << "@example.fr"
                                       << "***";
    }
    void shouldMaskOneAddressWhateverItsLetters()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskAddress(input), expected);
    }

    void shouldMaskEmailAddressesKeepingTheirShape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskEmail(input), expected);
        QCOMPARE(redact(input), expected);
    }

    void shouldRedactSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header") << "Authorization: Bearer q2Xz-9_ab.cd"
                                       << "q2Xz-9_ab.cd";
        QTest::newRow("basic header") << "Authorization: Basic dXNlcjpwYXNz"
                                      << "dXNlcjpwYXNz";
        QTest::newRow("qdebug header") << R"("Authorization" "Bearer abc")"
                                       << "abc";
        QTest::newRow("bearer lower case") << "sent bearer tok3n to the API"
                                           << "tok3n";
        QTest::newRow("jwt") << "id eyJhbGciOi.eyJzdWIiOi.SflKxwRJSM"
                             << "eyJhbGciOi";
        QTest::newRow("password form") << "email=a&password=hunter2&next=1"
                                       << "hunter2";
        QTest::newRow("password json") << R"({"password": "correct horse"})"
                                       << "correct horse";
        QTest::newRow("password qdebug") << R"(password "pa ss")"
                                         << "pa ss";
        QTest::newRow("refresh token form") << "grant_type=refresh_token&refresh_token=r1"
                                            << "r1";
        QTest::newRow("access token json") << R"({"access_token":"a1","token_type":"Bearer"})"
                                           << "a1";
        QTest::newRow("code in a redirect") << "GET /callback?code=c0de&state=st4te HTTP/1.1"
                                            << "c0de";
        QTest::newRow("state in a redirect") << "GET /callback?code=c0de&state=st4te HTTP/1.1"
                                             << "st4te";
        QTest::newRow("code verifier") << "code_verifier=v3r1f13r&client_id=x"
                                       << "v3r1f13r";
        QTest::newRow("client secret") << "client_secret: s3cr3t"
                                       << "s3cr3t";
        QTest::newRow("refresh token qdebug") << R"(stored refresh token "r2")"
                                              << "r2";
        QTest::newRow("api key") << "api_key=k3y"
                                 << "k3y";
    }
    void shouldRedactSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString output = redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(kRedacted), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("Bearer ")), qPrintable(output));
    }

    void shouldRedactRandomTokensOfEveryShape()
    {
        // The server's tokens and codes and the PKCE verifier: 32 random bytes in base64url (43 characters);
        // many of them, so a digit-free one is among the cases; hex secrets too.
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = randomBytes(32);
            for (const QByteArray &token :
                 {bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), bytes.toHex()}) {
                const QString line = QStringLiteral("got \"%1\" from the server").arg(QLatin1String(token));
                const QString output = redact(line);
                QVERIFY2(!output.contains(QLatin1String(token)), token.constData());
                QCOMPARE(output, QStringLiteral("got \"[redacted]\" from the server"));
            }
        }
    }

    void shouldKeepWhatSupportNeeds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("account id") << "signed in: 5f0c2b7e-8a41-4c1e-9a55-3d2f6b8e1a01";
        QTest::newRow("path") << "GET /v1/account/preferences/communications 200";
        QTest::newRow("problem code") << "step-up needed: insufficient_user_authentication";
        QTest::newRow("qt enum") << "QNetworkReply::ContentNotFoundError after 3 attempts";
        QTest::newRow("state word") << "session state: signed_in, error code: 404";
        QTest::newRow("token words") << "refresh failed, token kept: server_unreachable";
        QTest::newRow("metadata field") << "password_change_endpoint missing or not https";
        QTest::newRow("category") << "facturos.controllers: saving profile fields [\"companyName\"]";
        QTest::newRow("time") << "2026-05-04T10:11:12.345Z";
    }
    void shouldKeepWhatSupportNeeds()
    {
        QFETCH(QString, input);
        QCOMPARE(redact(input), input);
    }

    void shouldBeIdempotent()
    {
        const QString line = QStringLiteral("Authorization: Bearer abc; user demo@facturos.test; code=xyz; %1")
                                 .arg(QLatin1String(randomBytes(32).toHex()));
        const QString once = redact(line);
        QCOMPARE(redact(once), once);
        QCOMPARE(once, QStringLiteral("Authorization: [redacted]"));
    }
};

QTEST_APPLESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
