// Failed sign-ins: one generic answer for unknown user, wrong password and locked account, each after a
// full password check; failures limited per account and per client address, lifted after 15 minutes.
#include "poolblocker.h"
#include "server/authorizerequest.h"
#include "server/servercontext.h"
#include "server/ssoroutes.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kWrong = u"Not-the-password-42"_s;
const QHostAddress kOtherAddress(u"127.0.0.2"_s);

struct RawResult
{
    int status = 0;
    QByteArray body;
};

// POSTs the sign-in form from `source` (another loopback address), so the server sees a second client.
RawResult postLoginFrom(const QHostAddress &source, SsoBrowser &browser, const QString &email, const QString &password)
{
    const QUrl url = browser.endpoint(u"/oauth/authorize"_s);
    const QByteArray body = encodeForm(
        SsoBrowser::applyOverrides(browser.authorizeParameters(), {{u"email"_s, email}, {u"password"_s, password}}));
    QTcpSocket socket;
    if (!socket.bind(source))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    socket.write("POST /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray response;
    QEventLoop loop;
    auto complete = [&] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        static const QRegularExpression length(u"\r\ncontent-length: *([0-9]+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = length.match(QString::fromLatin1(response.left(end)));
        return match.hasMatch() && response.size() - end - 4 >= match.captured(1).toLongLong();
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        response += socket.readAll();
        if (complete())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    RawResult result;
    result.status = response.split(' ').value(1).toInt();
    result.body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return result;
}

// The page a failed sign-in gets, with the address the user typed blanked out so pages can be compared.
QByteArray failurePage(const HttpResult &result, const QString &email)
{
    return QByteArray(result.body).replace(email.toHtmlEscaped().toUtf8(), "EMAIL");
}

QStringList *g_logged = nullptr;
void keepLogged(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_logged)
        g_logged->append(message);
}

} // namespace

class TestSsoLogin : public QObject
{
    Q_OBJECT
private slots:
    void failuresAllLookTheSame()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto form = SsoBrowser::parseLoginForm(browser.openAuthorize().body, browser.authorizeUrl());
        QVERIFY(form);
        const HttpResult wrongPassword = browser.submitLogin(*form, kDemoEmail, kWrong);
        QCOMPARE(wrongPassword.status, 200);
        QVERIFY(wrongPassword.body.contains("role=\"alert\""));
        QVERIFY(wrongPassword.body.contains("Adresse e-mail ou mot de passe incorrect"));
        QVERIFY(wrongPassword.body.contains("value=\"demo@facturos.test\"")); // the e-mail is kept…
        QVERIFY(!wrongPassword.body.contains(kWrong.toUtf8()));               // …the password is not
        QVERIFY(wrongPassword.header("Location").isEmpty());

        const QString unknownEmail = u"nobody@facturos.test"_s;
        const HttpResult unknown = browser.submitLogin(*form, unknownEmail, kWrong);
        QCOMPARE(unknown.status, wrongPassword.status);
        QCOMPARE(failurePage(unknown, unknownEmail), failurePage(wrongPassword, kDemoEmail));

        for (int i = 0; i < 10; ++i)
            QCOMPARE(postLoginFrom(kOtherAddress, browser, kOtherEmail, kWrong).status, 200);
        const HttpResult locked = browser.submitLogin(*form, kOtherEmail, kDemoPassword); // the right password
        QCOMPARE(locked.status, wrongPassword.status);
        QCOMPARE(failurePage(locked, kOtherEmail), failurePage(wrongPassword, kDemoEmail));
        QVERIFY(browser.callbacks().isEmpty());
    }

    void theLogNamesNoAddressNorAnythingTypedInItsPlace()
    {
        // A failed sign-in is logged with a masked address; what is not an address (a password typed in the
        // e-mail field, which a browser's e-mail check lets through when it holds an @) is not logged at all.
        TestServer server;
        SsoBrowser browser(server.url());
        const auto form = SsoBrowser::parseLoginForm(browser.openAuthorize().body, browser.authorizeUrl());
        QVERIFY(form);
        QStringList logged;
        g_logged = &logged;
        const QtMessageHandler previous = qInstallMessageHandler(keepLogged);
        (void)browser.submitLogin(*form, kDemoEmail, kWrong);
        (void)browser.submitLogin(*form, u"s3cr@t-Pass"_s, kWrong);
        (void)browser.submitLogin(*form, u"josé.secret@café.fr"_s, kWrong); // letters the log's pattern lacks
        qInstallMessageHandler(previous);
        g_logged = nullptr;
        const QStringList failures = logged.filter(u"sign-in failed for"_s);
        QCOMPARE(failures.size(), 3);
        QVERIFY2(failures.at(0).contains(u"d***@f***.test"_s), qPrintable(failures.at(0)));
        QVERIFY2(!failures.at(0).contains(u"facturos"_s), qPrintable(failures.at(0)));
        QVERIFY2(failures.at(1).contains(u"\"***\""_s), qPrintable(failures.at(1)));
        QVERIFY2(failures.at(2).contains(u"j***@c***.fr"_s), qPrintable(failures.at(2)));
        for (const QString &line : logged)
            QVERIFY2(!line.contains(u"t-Pass"_s) && !line.contains(u"s3cr"_s) && !line.contains(u"secret"_s) &&
                         !line.contains(u"café"_s),
                     qPrintable(line));
    }

    void everyFailureWaitsForAPasswordCheck()
    {
        // Same timing for all three: none of them is answered before a full Argon2id check has run. Holding
        // the check pool busy shows it without measuring time.
        TestServer server;
        SsoBrowser browser(server.url());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(postLoginFrom(kOtherAddress, browser, kOtherEmail, kWrong).status, 200);
        auto *sso = server.server().context().http.findChild<server::SsoRoutes *>();
        QVERIFY(sso);
        const QList<QPair<QString, QString>> attempts{
            {kDemoEmail, kWrong}, {u"nobody@facturos.test"_s, kWrong}, {kOtherEmail, kDemoPassword}};
        for (const auto &[email, password] : attempts) {
            PoolBlocker blocker(sso->passwordCheckPool());
            QNetworkAccessManager nam;
            QNetworkRequest request(browser.endpoint(u"/oauth/authorize"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            QNetworkReply *reply = nam.post(
                request, encodeForm(SsoBrowser::applyOverrides(browser.authorizeParameters(),
                                                               {{u"email"_s, email}, {u"password"_s, password}})));
            QTRY_VERIFY(server.server().context().http.findChild<QFutureWatcherBase *>());
            QCOMPARE(browser.discover().status, 200);
            QVERIFY2(!reply->isFinished(), qPrintable(email));
            blocker.release();
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains("role=\"alert\""));
            delete reply;
        }
    }

    void accountLocksAfterTenFailures()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(postLoginFrom(kOtherAddress, browser, kDemoEmail, kWrong).status, 200);
        // Locked for every address, even with the right password…
        QString failure;
        QVERIFY(!browser.signIn(kDemoEmail, kDemoPassword, {}, &failure));
        QVERIFY(failure.contains(u"HTTP 200"_s));
        // …but only this account.
        QVERIFY(browser.signIn(kOtherEmail, kDemoPassword, {}, &failure));
        server.clock().advance(14 * 60);
        QVERIFY(!browser.signIn(kDemoEmail, kDemoPassword));
        server.clock().advance(60 + 1);
        QVERIFY2(browser.signIn(kDemoEmail, kDemoPassword, {}, &failure), qPrintable(failure));
    }

    void addressLocksAfterTenFailures()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        // One failure each for ten different addresses: no account reaches its limit, the client does.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(postLoginFrom(kOtherAddress, browser, u"user%1@facturos.test"_s.arg(i), kWrong).status, 200);
        QCOMPARE(postLoginFrom(kOtherAddress, browser, kDemoEmail, kDemoPassword).status, 200);
        // Another client is not affected.
        QString failure;
        QVERIFY2(browser.signIn(kDemoEmail, kDemoPassword, {}, &failure), qPrintable(failure));
        server.clock().advance(15 * 60 + 1);
        QCOMPARE(postLoginFrom(kOtherAddress, browser, kDemoEmail, kDemoPassword).status, 302);
    }

    void successClearsTheAccountsFailures()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        for (int i = 0; i < 9; ++i)
            QCOMPARE(postLoginFrom(kOtherAddress, browser, kDemoEmail, kWrong).status, 200);
        QVERIFY(browser.signIn(kDemoEmail, kDemoPassword));
        for (int i = 0; i < 9; ++i)
            QCOMPARE(postLoginFrom(QHostAddress(u"127.0.0.3"_s), browser, kDemoEmail, kWrong).status, 200);
        QVERIFY(browser.signIn(kDemoEmail, kDemoPassword));
    }
};

QTEST_GUILESS_MAIN(TestSsoLogin)
#include "tst_ssologin.moc"
