// The loopback redirect listener over real sockets: 127.0.0.1 only, garbage / wrong state / no code ignored
// while the real redirect still completes, closed after success, cancel and timeout.
#include "auth/loopbacklistener.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using facturos::auth::LoopbackListener;

namespace {

// Sends raw bytes to the listener and returns whatever it answered before closing.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "<no connection>";
    socket.write(request);
    QByteArray answer;
    // The listener lives on this thread: let the event loop run until it has answered and closed.
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    if (!closed)
        qWarning("the listener did not close the connection within 5 s");
    return answer + socket.readAll();
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(2000);
}

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT
private slots:
    void bindsLoopbackOnlyOnAnEphemeralPort()
    {
        LoopbackListener listener;
        QVERIFY(listener.start("expected-state"));
        QCOMPARE(listener.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(listener.serverPort() != 0);
        QCOMPARE(listener.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.serverPort()));
    }

    void ignoresGarbageAndStillCompletes()
    {
        LoopbackListener listener;
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        QVERIFY(listener.start("right-state"));
        const quint16 port = listener.serverPort();

        QByteArray noise(600, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        noise += "\r\n\r\n";
        QVERIFY(exchange(port, noise).startsWith("HTTP/1.1 400"));
        QVERIFY(exchange(port, get("/callback?code=stolen&state=wrong-state")).startsWith("HTTP/1.1 400"));
        QVERIFY(exchange(port, get("/callback?state=right-state")).startsWith("HTTP/1.1 400")); // no code
        QVERIFY(exchange(port, get("/favicon.ico")).startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(port, "POST /callback?code=a&state=right-state HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
        QTcpSocket silent; // a connection that never sends anything does not block the others
        silent.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(silent.waitForConnected(2000));
        QVERIFY(listener.isListening());
        QCOMPARE(codes.size() + errors.size(), 0);

        const QByteArray answer = exchange(port, get("/callback?code=the%2Bcode&state=right-state"));
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("You are signed in"));
        QTRY_COMPARE(codes.size(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("the+code"));
        QVERIFY(!listener.isListening()); // closed after success
        QVERIFY(refusesConnections(port));
    }

    void showsTheInjectedTexts()
    {
        LoopbackListener listener;
        facturos::auth::CallbackPageTexts texts;
        texts.language = QStringLiteral("fr");
        texts.success = QStringLiteral("Vous êtes connecté <à Facturos>.");
        listener.setPageTexts(texts);
        QVERIFY(listener.start("s"));
        const QByteArray answer = exchange(listener.serverPort(), get("/callback?code=c&state=s"));
        QVERIFY(answer.contains("lang=\"fr\""));
        QVERIFY(answer.contains(QStringLiteral("Vous êtes connecté &lt;à Facturos&gt;.").toUtf8()));
    }

    void serverErrorEndsTheFlow()
    {
        LoopbackListener listener;
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        QVERIFY(listener.start("s"));
        QVERIFY(
            exchange(listener.serverPort(), get("/callback?error=access_denied&state=s")).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("access_denied"));
        QVERIFY(!listener.isListening());
    }

    void checksTheIssuerWhenTheServerSendsIt()
    {
        LoopbackListener listener;
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        listener.setExpectedIssuer(QStringLiteral("https://account.facturos.fr"), true);
        QVERIFY(listener.start("s"));
        const quint16 port = listener.serverPort();
        QVERIFY(exchange(port, get("/callback?code=c&state=s")).startsWith("HTTP/1.1 400")); // iss missing
        QVERIFY(
            exchange(port, get("/callback?code=c&state=s&iss=https%3A%2F%2Fevil.example")).startsWith("HTTP/1.1 400"));
        QVERIFY(listener.isListening());
        QVERIFY(exchange(port, get("/callback?code=c&state=s&iss=https%3A%2F%2Faccount.facturos.fr"))
                    .startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(codes.size(), 1);
    }

    void closesOnCancel()
    {
        LoopbackListener listener;
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QVERIFY(listener.start("s"));
        const quint16 port = listener.serverPort();
        listener.close();
        QVERIFY(!listener.isListening());
        QVERIFY(refusesConnections(port));
        QCOMPARE(codes.size(), 0);
    }

    void closesOnTimeout()
    {
        LoopbackListener listener;
        QSignalSpy timedOut(&listener, &LoopbackListener::timedOut);
        listener.setTimeout(200);
        QVERIFY(listener.start("s"));
        const quint16 port = listener.serverPort();
        QVERIFY(timedOut.wait(5000));
        QVERIFY(!listener.isListening());
        QVERIFY(refusesConnections(port));
    }
};

QTEST_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
