// `facturos-account --diagnose`, the real executable in a child process with no display (QT_QPA_PLATFORM=xcb
// and no DISPLAY: creating a GUI would abort it), one situation per test: a healthy server with a stored
// sign-in, a closed port, bad TLS, bad SSO metadata, no keyring, a locked keyring. Each asserts its line, its
// exit code and that no secret or e-mail address reaches the output. Also --help/--version without a display.
#include "keyringcheck.h"
#include "scriptedserver.h"
#include "ssobrowser.h"
#include "storedsignin.h"
#include "testserver.h"

#include "auth/diagnosis.h"
#include "auth/servermetadata.h"
#include "auth/ssosession.h"
#include "pages/diagnostics.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out; // stdout: the report
    QString err;

    // The report line of `key` ("tls"), or empty.
    [[nodiscard]] QString line(const QString &key) const
    {
        for (const QString &text : out.split(QLatin1Char('\n'))) {
            if (text.startsWith(key + QStringLiteral(": ")))
                return text;
        }
        return {};
    }
    [[nodiscard]] QString all() const { return out + err; }
};

QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return env;
}

// Runs `program` without blocking the event loop: the in-process servers must answer meanwhile.
Run runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000) || !(finished.wait(90000) || !finished.isEmpty()))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runApp(const QStringList &arguments, const QProcessEnvironment &env = noDisplay())
{
    return runProcess(QStringLiteral(FACTUROS_ACCOUNT_BINARY), arguments, env);
}

Run diagnose(const QUrl &server, const QString &profile, const QProcessEnvironment &env = noDisplay())
{
    return runApp({QStringLiteral("--diagnose"), QStringLiteral("--server"), server.toString(),
                   QStringLiteral("--profile"), profile, QStringLiteral("--lang"), QStringLiteral("en")},
                  env);
}

// Nothing a user must not paste: the password, any e-mail address, the secrets the test knows.
bool isClean(const Run &run, const QList<QByteArray> &secrets = {})
{
    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+)"));
    const QString text = run.all();
    if (text.contains(kDemoPassword) || text.contains(email) || text.contains(QLatin1String("Bearer ")))
        return false;
    return std::none_of(secrets.cbegin(), secrets.cend(), [&text](const QByteArray &secret) {
        return !secret.isEmpty() && text.contains(QLatin1String(secret));
    });
}

QByteArray metadataFor(const QString &issuer, const QString &tokenEndpoint, bool s256 = true)
{
    return QStringLiteral(R"({"issuer":"%1","authorization_endpoint":"%1/oauth/authorize","token_endpoint":"%2",)"
                          R"("revocation_endpoint":"%1/oauth/revoke","response_types_supported":["code"],)"
                          R"("code_challenge_methods_supported":[%3]})")
        .arg(issuer, tokenEndpoint, s256 ? QStringLiteral("\"S256\"") : QStringLiteral("\"plain\""))
        .toUtf8();
}

} // namespace

#define VERIFY_RUN(run, expectedExit)                                                                                  \
    QVERIFY2((run).exitCode == (expectedExit),                                                                         \
             qPrintable(                                                                                               \
                 QStringLiteral("exit %1, expected %2:\n%3").arg((run).exitCode).arg(expectedExit).arg((run).all())))

class TestDiagnose : public QObject
{
    Q_OBJECT
    QTemporaryDir m_profile;

    // Signs in as the app does into the profile the diagnosis reads; false with a failed test otherwise.
    bool signInTo(TestServer &server, QByteArray *accessToken)
    {
        QString failure;
        if (storeSignIn(server, m_profile.path(), accessToken, &failure))
            return true;
        QTest::qFail(qPrintable(QStringLiteral("sign-in failed: %1").arg(failure)), __FILE__, __LINE__);
        return false;
    }

private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void helpAndVersionNeedNoDisplay()
    {
        const Run help = runApp({QStringLiteral("--help")});
        VERIFY_RUN(help, 0);
        QVERIFY(help.out.contains(QLatin1String("--diagnose")));
        QVERIFY(help.out.contains(QLatin1String("--log-file <FILE>")));
        const Run version = runApp({QStringLiteral("--version")});
        VERIFY_RUN(version, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("facturos-account " FACTUROS_VERSION));
        const Run unknown = runApp({QStringLiteral("--diagnose"), QStringLiteral("--bogus")});
        VERIFY_RUN(unknown, pages::diagnoseexit::Usage);
        QVERIFY(unknown.err.contains(QLatin1String("bogus")));
    }

    void healthyServerWithAStoredSignIn()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        auth::KeychainTokenStore store(auth::KeychainTokenStore::serviceForProfile(m_profile.path()));
        const QString key = auth::SsoSession::refreshTokenKey(server.url(), server.userId(kDemoEmail));
        QByteArray accessToken;
        QVERIFY(signInTo(server, &accessToken));
        const QByteArray stored = readNow(store, key).second;
        QVERIFY(!stored.isEmpty());

        const Run run = diagnose(server.url(), m_profile.path());
        VERIFY_RUN(run, pages::diagnoseexit::Ok);
        for (const char *check : {"dns", "connection", "tls", "health", "sso", "keychain", "sign-in"})
            QVERIFY2(run.line(QLatin1String(check)).contains(QStringLiteral(": OK — ")), qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("sign-in")).contains(server.userId(kDemoEmail)));
        QVERIFY(run.out.contains(QStringLiteral("Server: %1").arg(server.url().toString())));
        QVERIFY(run.out.contains(QLatin1String("Qt: " QT_VERSION_STR)));
        QVERIFY(run.out.contains(QLatin1String("Result: OK (exit code 0)")));
        QVERIFY(!run.out.contains(QLatin1String("QPA"))); // no GUI was created

        // The refresh token was used once, so rotated: the new one is stored and works; none is printed.
        const QByteArray rotated = readNow(store, key).second;
        QVERIFY(!rotated.isEmpty() && rotated != stored);
        QVERIFY(isClean(run, {stored, rotated, accessToken}));
        QVERIFY(SsoBrowser(server.url()).refresh(rotated).ok());
        QCOMPARE(deleteNow(store, key), auth::TokenStoreStatus::Ok);
        QCOMPARE(readNow(store, auth::Diagnosis::kProbeKey).first, auth::TokenStoreStatus::NotFound);
    }

    void refusedSignIn()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        QByteArray accessToken;
        QVERIFY(signInTo(server, &accessToken));
        auth::KeychainTokenStore store(auth::KeychainTokenStore::serviceForProfile(m_profile.path()));
        const QString key = auth::SsoSession::refreshTokenKey(server.url(), server.userId(kDemoEmail));
        const QByteArray stored = readNow(store, key).second;
        QCOMPARE(SsoBrowser(server.url()).revoke(stored, QStringLiteral("refresh_token")).status, 200);

        const Run run = diagnose(server.url(), m_profile.path());
        VERIFY_RUN(run, pages::diagnoseexit::SignIn);
        QVERIFY2(run.line(QStringLiteral("sign-in"))
                     .startsWith(QStringLiteral("sign-in: FAILED — The stored sign-in was refused by the server")),
                 qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("keychain")).contains(QStringLiteral(": OK — ")));
        QVERIFY(isClean(run, {stored, accessToken}));
        // As the app would at start: the worthless entry is gone.
        QCOMPARE(readNow(store, key).first, auth::TokenStoreStatus::NotFound);
    }

    void unreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run = diagnose(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_profile.path());
        VERIFY_RUN(run, pages::diagnoseexit::Connection);
        QVERIFY2(run.line(QStringLiteral("connection"))
                     .startsWith(QStringLiteral("connection: FAILED — The server "
                                                "refused the connection")),
                 qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("dns")).contains(QLatin1String(": OK")));
        for (const char *check : {"tls", "health", "sso", "sign-in"})
            QVERIFY(run.line(QLatin1String(check)).contains(QStringLiteral(": SKIPPED — ")));
        QVERIFY(run.line(QStringLiteral("keychain")).contains(QLatin1String(": OK")));
        QVERIFY(run.out.contains(QLatin1String("Result: FAILED (exit code 11)")));
        QVERIFY(isClean(run));
    }

    void badTls_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QString>("reason");
        QTest::newRow("https to a plain HTTP port") << false << QStringLiteral("does not speak TLS");
        QTest::newRow("self-signed certificate") << true << QStringLiteral("certificate is self-signed");
    }
    void badTls()
    {
        QFETCH(bool, selfSigned);
        QFETCH(QString, reason);
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        QSslServer tls;
        QUrl url = server.url();
        if (selfSigned) {
            // A certificate of our own for 127.0.0.1, made now with openssl, as a misconfigured server has.
            QTemporaryDir dir;
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                           dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                           dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=IP:127.0.0.1")});
            QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
            QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
            QVERIFY(keyFile.open(QIODevice::ReadOnly));
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem"))).value(0));
            config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
            QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
            tls.setSslConfiguration(config);
            QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
            url.setPort(tls.serverPort());
        }
        url.setScheme(QStringLiteral("https"));
        const Run run = diagnose(url, m_profile.path());
        VERIFY_RUN(run, pages::diagnoseexit::Tls);
        QVERIFY2(run.line(QStringLiteral("tls")).startsWith(QStringLiteral("tls: FAILED — ")), qPrintable(run.out));
        QVERIFY2(run.line(QStringLiteral("tls")).contains(reason), qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("connection")).contains(QLatin1String(": OK")));
        QVERIFY(run.line(QStringLiteral("sso")).contains(QLatin1String(": SKIPPED")));
        QVERIFY(isClean(run));
    }

    void invalidMetadata_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("document"); // {self}: the scripted server's own URL
        QTest::addColumn<QString>("reason");
        const QByteArray json = "application/json";
        QTest::newRow("another issuer") << 200 << json
                                        << QString::fromUtf8(metadataFor(QStringLiteral("https://evil.example"),
                                                                         QStringLiteral("https://evil.example/token")))
                                        << QStringLiteral("names another server (issuer https://evil.example)");
        QTest::newRow("token endpoint in clear text")
            << 200 << json
            << QString::fromUtf8(metadataFor(QStringLiteral("{self}"), QStringLiteral("http://login.example/t")))
            << QStringLiteral("unusable: token_endpoint missing or not https");
        QTest::newRow("no PKCE S256") << 200 << json
                                      << QString::fromUtf8(metadataFor(QStringLiteral("{self}"),
                                                                       QStringLiteral("{self}/oauth/token"), false))
                                      << QStringLiteral("unusable: S256 not supported");
        QTest::newRow("HTML") << 200 << QByteArray("text/html") << QStringLiteral("<html>Welcome</html>")
                              << QStringLiteral("not a JSON document");
        QTest::newRow("missing") << 404 << json << QStringLiteral(R"({"title":"Not Found"})")
                                 << QStringLiteral("missing (HTTP 404 at /.well-known/oauth-authorization-server)");
    }
    void invalidMetadata()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, document);
        QFETCH(QString, reason);
        ScriptedServer server;
        QVERIFY(server.listen());
        const QString self = server.url().toString();
        server.setHandler([&](const ScriptedRequest &request) {
            if (request.target == "/healthz")
                return ScriptStep::respond(httpResponse(200, "application/json", R"({"status":"ok"})"));
            if (request.target == "/.well-known/oauth-authorization-server")
                return ScriptStep::respond(httpResponse(
                    status, contentType, QString(document).replace(QLatin1String("{self}"), self).toUtf8()));
            return ScriptStep::respond(httpResponse(404, "application/json", "{}"));
        });
        const Run run = diagnose(server.url(), m_profile.path());
        VERIFY_RUN(run, pages::diagnoseexit::Metadata);
        const QString line = run.line(QStringLiteral("sso"));
        QVERIFY2(line.startsWith(QStringLiteral("sso: FAILED — The sign-in metadata ")), qPrintable(run.out));
        QVERIFY2(line.contains(reason), qPrintable(line));
        QVERIFY(run.line(QStringLiteral("health")).contains(QLatin1String(": OK")));
        QVERIFY(run.line(QStringLiteral("sign-in")).contains(QLatin1String(": SKIPPED")));
        QVERIFY(isClean(run));
    }

    // RFC 8414 lets endpoints live on another host than the issuer; the app signs in with them, so the
    // diagnosis does not fail them either.
    void metadataWithEndpointsOnAnotherHost()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray document =
            metadataFor(server.url().toString(), QStringLiteral("https://login.example/oauth/token"));
        QVERIFY(auth::parseServerMetadata(QJsonDocument::fromJson(document).object(), server.url()).has_value());
        server.setHandler([&](const ScriptedRequest &request) {
            if (request.target == "/healthz")
                return ScriptStep::respond(httpResponse(200, "application/json", R"({"status":"ok"})"));
            if (request.target == "/.well-known/oauth-authorization-server")
                return ScriptStep::respond(httpResponse(200, "application/json", document));
            return ScriptStep::respond(httpResponse(404, "application/json", "{}"));
        });
        const Run run = diagnose(server.url(), m_profile.path());
        QVERIFY2(run.line(QStringLiteral("sso")).startsWith(QStringLiteral("sso: OK — ")), qPrintable(run.out));
    }

    void noKeychain()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        QProcessEnvironment env = noDisplay();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const Run run = diagnose(server.url(), m_profile.path(), env);
        VERIFY_RUN(run, pages::diagnoseexit::Keychain);
        QVERIFY2(run.line(QStringLiteral("keychain")).startsWith(QStringLiteral("keychain: FAILED — Missing: ")),
                 qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("sign-in")).contains(QStringLiteral(": SKIPPED — Not checked: the keychain")));
        for (const char *check : {"dns", "connection", "tls", "health", "sso"})
            QVERIFY(run.line(QLatin1String(check)).contains(QLatin1String(": OK")));
        QVERIFY(isClean(run));
    }

    void lockedKeychain()
    {
        // A keyring made (unlocked) in a first private session, then served locked by a second daemon with no
        // prompter: a read would say "not found" there; the probe's write tells the truth.
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        QTemporaryDir home;
        QProcessEnvironment env = noDisplay();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("APP"), QStringLiteral(FACTUROS_ACCOUNT_BINARY));
        env.insert(QStringLiteral("ARGS"), QStringLiteral("--diagnose --lang en --server %1 --profile %2")
                                               .arg(server.url().toString(), m_profile.path()));
        const QString inSession = QStringLiteral("dbus-run-session -- sh -c '%1 >/dev/null; \"$APP\" $ARGS'");
        const Run created =
            runProcess(QStringLiteral("sh"),
                       {QStringLiteral("-c"), inSession.arg(QStringLiteral("echo -n pw | gnome-keyring-daemon --unlock "
                                                                           "--components=secrets"))},
                       env);
        VERIFY_RUN(created, pages::diagnoseexit::Ok);
        const Run run = runProcess(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), inSession.arg(QStringLiteral("gnome-keyring-daemon --start --components=secrets"))},
            env);
        VERIFY_RUN(run, pages::diagnoseexit::Keychain);
        QVERIFY2(run.line(QStringLiteral("keychain")).startsWith(QStringLiteral("keychain: FAILED — Locked: ")),
                 qPrintable(run.out));
        QVERIFY(run.line(QStringLiteral("sign-in")).contains(QStringLiteral(": SKIPPED — ")));
        QVERIFY(isClean(run));
    }
};

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
