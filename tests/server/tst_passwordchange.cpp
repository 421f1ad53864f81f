// The SSO's password change page (/account/password): advertised in the metadata, served in French and
// English; the rules on the new password named before any password work; a wrong e-mail or current password
// answered with the sign-in page's one generic message, through the same throttle; on success the new
// password signs in, the old one no longer does, and every session of that account (none of another) is
// signed out.
#include "httpclient.h"
#include "ssobrowser.h"
#include "testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNewPassword = u"Un-nouveau-mot-de-passe-2027"_s;
const QString kWrong = u"Not-the-password-42"_s;

struct Change
{
    QString email = kDemoEmail;
    QString current = kDemoPassword;
    QString next = kNewPassword;
    QString confirm = kNewPassword;
    QString language = u"en"_s;
};

HttpResult submit(TestServer &server, const Change &change)
{
    return HttpClient().postForm(server.url(u"/account/password"_s), {{u"ui_locales"_s, change.language},
                                                                      {u"email"_s, change.email},
                                                                      {u"current_password"_s, change.current},
                                                                      {u"new_password"_s, change.next},
                                                                      {u"new_password_confirm"_s, change.confirm}});
}

bool changed(const HttpResult &result)
{
    return result.status == 200 && result.body.contains("data-outcome=\"password-changed\"");
}

// The page a generic refusal gets, with the address the user typed blanked out so pages can be compared.
QByteArray refusalPage(const HttpResult &result, const QString &email)
{
    return QByteArray(result.body).replace(email.toHtmlEscaped().toUtf8(), "EMAIL");
}

bool canSignIn(TestServer &server, const QString &email, const QString &password)
{
    SsoBrowser browser(server.url());
    return browser.signIn(email, password).has_value();
}

QStringList activityKinds(TestServer &server)
{
    // Every event of a test shares the clock's second, so take more than the few a test adds.
    QUrl url = server.url(u"/v1/account/activity"_s);
    url.setQuery(u"limit=20"_s);
    const HttpResult answer = HttpClient().get(url, server.signInDirect(kDemoEmail));
    QStringList kinds;
    for (const QJsonValue &item : answer.json().value(u"items"_s).toArray())
        kinds.append(item.toObject().value(u"kind"_s).toString());
    return kinds;
}

} // namespace

class TestPasswordChange : public QObject
{
    Q_OBJECT
private slots:
    void metadataAdvertisesThePage()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const QJsonObject metadata = browser.discover().json();
        QCOMPARE(metadata.value(u"password_change_endpoint"_s).toString(),
                 server.url(u"/account/password"_s).toString());

        HttpClient http;
        const HttpResult french = http.get(server.url(u"/account/password"_s), {}, {{"Accept-Language", "fr-FR"}});
        QCOMPARE(french.status, 200);
        QVERIFY(french.header("Content-Type").startsWith("text/html"));
        QVERIFY(french.header("Content-Security-Policy").contains("form-action 'self'"));
        QVERIFY(french.body.contains("Modifier votre mot de passe Facturos"));
        for (const char *field : {"name=\"email\"", "name=\"current_password\"", "name=\"new_password\"",
                                  "name=\"new_password_confirm\"", "autocomplete=\"new-password\""})
            QVERIFY2(french.body.contains(field), field);
        QVERIFY(!french.body.contains("role=\"alert\""));

        QUrl url = server.url(u"/account/password"_s);
        url.setQuery(u"ui_locales=en"_s);
        const HttpResult english = http.get(url);
        QVERIFY(english.body.contains("Change your Facturos password"));
        QVERIFY(english.body.contains("<html lang=\"en\">"));
    }

    void changesThePasswordAndSignsOutEverySession()
    {
        TestServer server;
        SsoBrowser browser(server.url());
        const auto first = browser.signIn(kDemoEmail, kDemoPassword);
        const auto second = browser.signIn(kDemoEmail, kDemoPassword);
        QVERIFY(first && second);
        const QByteArray otherUser = server.signInDirect(kOtherEmail);
        HttpClient http;
        QCOMPARE(http.get(server.url(u"/v1/account"_s), first->accessToken).status, 200);

        const HttpResult result = submit(server, {});
        QVERIFY2(changed(result), result.body.constData());
        QVERIFY(result.body.contains("every device signed in to your account has been signed out"));
        QVERIFY(!result.body.contains(kNewPassword.toUtf8()));

        // Every session of the account is gone: access tokens refused, refresh tokens too…
        QCOMPARE(http.get(server.url(u"/v1/account"_s), first->accessToken).status, 401);
        QCOMPARE(http.get(server.url(u"/v1/account"_s), second->accessToken).status, 401);
        QVERIFY(!browser.refresh(first->refreshToken).ok());
        QVERIFY(!browser.refresh(second->refreshToken).ok());
        // …while another user's are not touched.
        QCOMPARE(http.get(server.url(u"/v1/account"_s), otherUser).status, 200);

        QVERIFY(!canSignIn(server, kDemoEmail, kDemoPassword));
        QVERIFY(canSignIn(server, kDemoEmail, kNewPassword));
        QVERIFY(canSignIn(server, kOtherEmail, kDemoPassword));
        QVERIFY(activityKinds(server).contains(u"password_changed"_s));
    }

    void refusalsLookTheSameAndChangeNothing()
    {
        TestServer server;
        const QByteArray token = server.signInDirect(kDemoEmail);
        Change wrongPassword;
        wrongPassword.current = kWrong;
        const HttpResult wrong = submit(server, wrongPassword);
        QCOMPARE(wrong.status, 200);
        QVERIFY(!changed(wrong));
        QVERIFY(wrong.body.contains("role=\"alert\""));
        QVERIFY(wrong.body.contains("The e-mail address or password is incorrect"));
        QVERIFY(wrong.body.contains("value=\"demo@facturos.test\"")); // the e-mail is kept, no password is
        QVERIFY(!wrong.body.contains(kWrong.toUtf8()));
        QVERIFY(!wrong.body.contains(kNewPassword.toUtf8()));

        Change unknownEmail;
        unknownEmail.email = u"nobody@facturos.test"_s;
        const HttpResult unknown = submit(server, unknownEmail);
        QCOMPARE(refusalPage(unknown, unknownEmail.email), refusalPage(wrong, kDemoEmail));

        QCOMPARE(HttpClient().get(server.url(u"/v1/account"_s), token).status, 200);
        QVERIFY(canSignIn(server, kDemoEmail, kDemoPassword));
        QVERIFY(activityKinds(server).contains(u"sign_in_failed"_s)); // the owner sees the wrong attempt
    }

    void rulesAreNamedBeforeAnyCheck_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("too short") << kDemoPassword << u"Court-2027"_s << u"Court-2027"_s
                                   << QByteArray("at least 12 characters");
        QTest::newRow("too long") << kDemoPassword << QString(1025, u'x') << QString(1025, u'x')
                                  << QByteArray("too long");
        QTest::newRow("mismatch") << kDemoPassword << kNewPassword << kNewPassword + u"!"_s
                                  << QByteArray("entries of the new password differ");
        QTest::newRow("same as old") << kDemoPassword << kDemoPassword << kDemoPassword
                                     << QByteArray("different from the current one");
        // Even with a wrong current password the rule is named: it says nothing about the account.
        QTest::newRow("short, wrong current")
            << kWrong << u"short"_s << u"short"_s << QByteArray("at least 12 characters");
    }

    void rulesAreNamedBeforeAnyCheck()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, confirm);
        QFETCH(QByteArray, message);
        TestServer server;
        Change change;
        change.current = current;
        change.next = next;
        change.confirm = confirm;
        const QStringList before = activityKinds(server);
        const HttpResult result = submit(server, change);
        QCOMPARE(result.status, 200);
        QVERIFY(!changed(result));
        QVERIFY2(result.body.contains(message), result.body.constData());
        QVERIFY(!result.body.contains("The e-mail address or password is incorrect"));
        QCOMPARE(activityKinds(server), before); // no password was checked, so no failure was recorded
        QVERIFY(canSignIn(server, kDemoEmail, kDemoPassword));
    }

    void sharesTheSignInThrottle()
    {
        TestServer server;
        Change wrong;
        wrong.current = kWrong;
        for (int i = 0; i < 10; ++i)
            QVERIFY(!changed(submit(server, wrong)));
        // Locked on this page even with the right password, and on the sign-in page as well.
        const HttpResult locked = submit(server, {});
        QVERIFY(!changed(locked));
        QVERIFY(locked.body.contains("too many attempts"));
        QVERIFY(!canSignIn(server, kDemoEmail, kDemoPassword));
        server.clock().advance(15 * 60 + 1);
        QVERIFY(changed(submit(server, {})));
        QVERIFY(canSignIn(server, kDemoEmail, kNewPassword));
    }

    void refusesWhatIsNotAForm()
    {
        TestServer server;
        const HttpResult result =
            HttpClient().sendJson("POST", server.url(u"/account/password"_s), QJsonObject{{u"email"_s, kDemoEmail}});
        QCOMPARE(result.status, 400);
        QVERIFY(!result.body.contains("data-outcome"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
