// The mailbox codecs: the wire shape of a mailbox (nulls where the API promises them, never a secret), and
// the strict, validated reading of an IMAP connection request.
#include "core/mailbox.h"

#include "codectest.h"

#include <QTest>

using namespace facturos;
using namespace facturos::test;

namespace {

QJsonObject validRequest()
{
    return {{QStringLiteral("address"), QStringLiteral("contact@atelier-durand.fr")},
            {QStringLiteral("host"), QStringLiteral("imap.atelier-durand.fr")},
            {QStringLiteral("port"), 993},
            {QStringLiteral("security"), QStringLiteral("tls")},
            {QStringLiteral("username"), QStringLiteral("contact@atelier-durand.fr")},
            {QStringLiteral("password"), QStringLiteral("p\"a\\ss é")}};
}

} // namespace

class TestMailboxCodecs : public QObject
{
    Q_OBJECT

private slots:
    void imapMailboxRoundTrip()
    {
        Mailbox m;
        m.id = QStringLiteral("mbx-1");
        m.kind = QStringLiteral("imap");
        m.address = QStringLiteral("contact@atelier-durand.fr");
        m.status = QStringLiteral("needs_reconnection");
        m.statusReason = MailboxReason::AuthenticationFailed;
        m.connectedAt = QDateTime(QDate(2025, 9, 2), QTime(10, 12, 40), Qt::UTC);
        m.imap = ImapSettings{QStringLiteral("imap.atelier-durand.fr"), 993, QStringLiteral("tls"),
                              QStringLiteral("contact")};
        const QJsonObject json = reparsed(toJson(m));
        QVERIFY(json.value(QStringLiteral("lastUsedAt")).isNull());
        QVERIFY(json.value(QStringLiteral("scopes")).isNull());
        QCOMPARE(json.value(QStringLiteral("statusReason")).toString(), QStringLiteral("authentication_failed"));
        QCOMPARE(json.keys().size(), 9);
        const auto decoded = mailboxFromJson(json, nullptr);
        QVERIFY(decoded);
        QCOMPARE(toJson(*decoded), toJson(m));
    }

    void gmailMailboxRoundTrip()
    {
        Mailbox m;
        m.id = QStringLiteral("mbx-2");
        m.kind = QStringLiteral("gmail");
        m.address = QStringLiteral("atelier@gmail.com");
        m.status = QStringLiteral("revocation_pending");
        m.connectedAt = QDateTime(QDate(2026, 4, 14), QTime(8, 31, 12), Qt::UTC);
        m.lastUsedAt = m.connectedAt.addDays(3);
        m.scopes = {kGmailScope};
        const QJsonObject json = reparsed(toJson(m));
        QVERIFY(json.value(QStringLiteral("imap")).isNull());
        QVERIFY(json.value(QStringLiteral("statusReason")).isNull());
        QCOMPARE(json.value(QStringLiteral("scopes")).toArray().first().toString(), kGmailScope);
        const auto decoded = mailboxFromJson(json, nullptr);
        QVERIFY(decoded);
        QCOMPARE(toJson(*decoded), toJson(m));
    }

    void mailboxIsStrict_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown member") << QStringLiteral("password") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("unknown kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("pop3"));
        QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("connected"));
        QTest::newRow("missing scopes") << QStringLiteral("scopes") << kRemove;
        QTest::newRow("bad time") << QStringLiteral("lastUsedAt") << QJsonValue(QStringLiteral("yesterday"));
    }
    void mailboxIsStrict()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        Mailbox m;
        m.id = QStringLiteral("x");
        m.kind = QStringLiteral("gmail");
        m.address = QStringLiteral("a@gmail.com");
        m.status = QStringLiteral("ok");
        m.connectedAt = QDateTime::currentDateTimeUtc();
        FieldErrors errors;
        QVERIFY(!mailboxFromJson(edited(toJson(m), path, value), &errors));
        QVERIFY(!errors.isEmpty());
    }

    void imapRequestAccepted()
    {
        FieldErrors errors;
        const auto r = imapConnectRequestFromJson(validRequest(), &errors);
        QVERIFY2(r, qPrintable(errors.isEmpty() ? QString() : errors.first().field));
        QCOMPARE(r->password, QStringLiteral("p\"a\\ss é"));
        QCOMPARE(r->settings.port, 993);
        QVERIFY(imapConnectRequestFromJson(
            edited(validRequest(), QStringLiteral("host"), QStringLiteral("2001:db8::1")), nullptr));
    }

    void imapRequestRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad address") << QStringLiteral("address") << QJsonValue(QStringLiteral("not-an-email"))
                                     << ErrorCode::InvalidFormat;
        QTest::newRow("bad host") << QStringLiteral("host") << QJsonValue(QStringLiteral("imap server"))
                                  << ErrorCode::InvalidFormat;
        QTest::newRow("port 0") << QStringLiteral("port") << QJsonValue(0) << ErrorCode::InvalidFormat;
        QTest::newRow("port 65536") << QStringLiteral("port") << QJsonValue(65536) << ErrorCode::InvalidFormat;
        QTest::newRow("security") << QStringLiteral("security") << QJsonValue(QStringLiteral("ssl"))
                                  << ErrorCode::InvalidFormat;
        QTest::newRow("CRLF password") << QStringLiteral("password") << QJsonValue(QStringLiteral("a\r\nb"))
                                       << ErrorCode::InvalidCharacters;
        QTest::newRow("empty password") << QStringLiteral("password") << QJsonValue(QString()) << ErrorCode::Required;
        QTest::newRow("long password") << QStringLiteral("password") << QJsonValue(QString(1025, QLatin1Char('x')))
                                       << ErrorCode::TooLong;
        QTest::newRow("LF username") << QStringLiteral("username") << QJsonValue(QStringLiteral("a\nb"))
                                     << ErrorCode::InvalidCharacters;
        QTest::newRow("unknown") << QStringLiteral("tls") << QJsonValue(true) << ErrorCode::UnknownField;
        QTest::newRow("missing") << QStringLiteral("host") << kRemove << ErrorCode::Required;
    }
    void imapRequestRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        FieldErrors errors;
        QVERIFY(!imapConnectRequestFromJson(edited(validRequest(), path, value), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, path);
        QCOMPARE(errors.first().code, code);
    }

    void gmailConsent()
    {
        const GmailConsent c{QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth?x=1"), kGmailScope};
        const auto decoded = gmailConsentFromJson(reparsed(toJson(c)), nullptr);
        QVERIFY(decoded);
        QCOMPARE(decoded->consentUrl, c.consentUrl);
        QVERIFY(!gmailConsentFromJson(edited(toJson(c), QStringLiteral("extra"), 1), nullptr));
    }
};

QTEST_GUILESS_MAIN(TestMailboxCodecs)
#include "tst_mailboxcodecs.moc"
