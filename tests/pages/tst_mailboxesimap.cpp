// "Add an IMAP mailbox" against a real Dovecot on loopback (the server allows loopback IMAP hosts and trusts
// the test CA, as in the server's own IMAP tests): the server settings pre-filled from the address without
// overwriting what the user typed, validation as you type, a mailbox added (the login checked, the password
// gone from the form and kept only encrypted on the server), a wrong password explained next to the password
// field, Escape sending nothing, and Reconnect pre-filled with the stored settings, only the password to type:
// the same mailbox repaired in place once the login works, kept as it was after a refusal and a Cancel.

#include "dovecot.h"
#include "mailboxestest.h"

#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kImapUser = QStringLiteral("camille");
const QString kImapPassword = QStringLiteral("Imap-gui-7d2a91");
const QString kNewAddress = QStringLiteral("camille@atelier.example");
} // namespace

class TestMailboxesImap : public QObject
{
    Q_OBJECT
    std::unique_ptr<Dovecot> dovecot;
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("mailboxesPage")); }
    QDialog *dialog() { return h->window().findChild<QDialog *>(QStringLiteral("mailboxesImapDialog")); }
    template <typename T> T *d(const char *name) { return findWidget<T>(dialog(), QLatin1String(name)); }
    QLineEdit *edit(const char *field)
    {
        return d<QLineEdit>(qPrintable(QStringLiteral("mailboxesImap%1LineEdit").arg(QLatin1String(field))));
    }
    QLabel *error(const char *field)
    {
        return d<QLabel>(qPrintable(QStringLiteral("mailboxesImap%1ErrorLabel").arg(QLatin1String(field))));
    }
    void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
    void openDialog()
    {
        QTest::mouseClick(findWidget<QPushButton>(page(), QStringLiteral("mailboxesAddImapButton")), Qt::LeftButton);
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
    }
    // Types a whole Dovecot login into the open dialog (the address first, then what the guess got wrong).
    void fillDovecotLogin(const QString &password)
    {
        type(edit("Address"), kNewAddress);
        edit("Host")->clear();
        type(edit("Host"), QStringLiteral("localhost"));
        auto *port = d<QSpinBox>("mailboxesImapPortSpinBox");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(dovecot->tlsPort()));
        edit("Username")->selectAll();
        type(edit("Username"), kImapUser);
        type(edit("Password"), password);
    }

    QByteArray storedSecret(const QString &id)
    {
        return h->server->server()
            .context()
            .mailboxes->secret(h->server->userId(kDemoEmail), id)
            .value_or(QByteArray());
    }
    void openReconnection()
    {
        const QString card = cardOf(page(), kDemoImap);
        QTest::mouseClick(cardWidget<QPushButton>(page(), card, "ReconnectButton"), Qt::LeftButton);
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
    }
    // Reconnecting: the settings changed to the loopback Dovecot's, then `password`, then Return.
    void moveToDovecot(const QString &password)
    {
        edit("Host")->selectAll();
        type(edit("Host"), QStringLiteral("localhost"));
        auto *port = d<QSpinBox>("mailboxesImapPortSpinBox");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(dovecot->tlsPort()));
        edit("Username")->selectAll();
        type(edit("Username"), kImapUser);
        type(edit("Password"), password);
        QTest::keyClick(edit("Password"), Qt::Key_Return);
    }
    // A refused reconnection: the card still says it needs reconnection, the server still holds the old one.
    void expectOldMailboxKept(const QString &id)
    {
        if (dialog()) {
            QCOMPARE(error("Password")->text(),
                     QStringLiteral("The mail server refused this user name and password. Type the password again."));
            QVERIFY(edit("Password")->isEnabled());
        }
        QCOMPARE(cardCount(page()), 2);
        QCOMPARE(cardWidget<QLabel>(page(), cardOf(page(), kDemoImap), "StatusLabel")->text(),
                 QStringLiteral("Needs reconnection"));
        const QJsonObject held = serverMailbox(*h->server, kDemoImap);
        QCOMPARE(held.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnection"));
        QCOMPARE(held.value(QStringLiteral("statusReason")).toString(), QStringLiteral("authentication_failed"));
        QCOMPARE(held.value(QStringLiteral("imap")).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("imap.atelier-durand.fr"));
        QCOMPARE(serverMailboxes(*h->server).size(), 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        dovecot = std::make_unique<Dovecot>(QList<Dovecot::User>{{kImapUser, kImapPassword}});
        QVERIFY2(dovecot->start(), qPrintable(dovecot->error()));
    }
    void init()
    {
        h = std::make_unique<AppHarness>();
        const QString ca = dovecot->caFile();
        h->server = std::make_unique<TestServer>([ca](server::ServerOptions &options) {
            options.mailboxes.allowPrivateImapHosts = true; // Dovecot is on loopback
            options.mailboxes.imapTimeoutMs = 5000;
            options.mailboxes.imapCaFile = ca;
        });
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Mailboxes));
        QTRY_COMPARE(cardCount(page()), 2);
    }
    void cleanup()
    {
        if (dialog())
            dialog()->reject();
        h->signOut();
        h.reset();
    }

    void shouldPrefillTheServerFromTheAddress()
    {
        openDialog();
        auto *port = d<QSpinBox>("mailboxesImapPortSpinBox");
        auto *security = d<QComboBox>("mailboxesImapSecurityComboBox");
        QCOMPARE(dialog()->focusWidget(), edit("Address"));
        type(edit("Address"), QStringLiteral("camille@orange.fr"));
        QCOMPARE(edit("Host")->text(), QStringLiteral("imap.orange.fr"));
        QCOMPARE(port->value(), 993);
        QCOMPARE(security->currentData().toString(), QStringLiteral("tls"));
        QCOMPARE(edit("Username")->text(), QStringLiteral("camille@orange.fr"));

        // Another provider: everything follows, as long as the user did not type there.
        edit("Address")->selectAll();
        type(edit("Address"), QStringLiteral("camille@gmx.fr"));
        QCOMPARE(edit("Host")->text(), QStringLiteral("imap.gmx.com"));
        QCOMPARE(edit("Username")->text(), QStringLiteral("camille@gmx.fr"));

        // What the user typed stays theirs.
        edit("Host")->selectAll();
        type(edit("Host"), QStringLiteral("mail.atelier.example"));
        security->setFocus();
        QTest::keyClick(security, Qt::Key_Down); // STARTTLS
        QCOMPARE(security->currentData().toString(), QStringLiteral("starttls"));
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("143"));
        edit("Username")->selectAll();
        type(edit("Username"), QStringLiteral("camille"));
        edit("Address")->selectAll();
        type(edit("Address"), QStringLiteral("contact@free.fr"));
        QCOMPARE(edit("Host")->text(), QStringLiteral("mail.atelier.example"));
        QCOMPARE(port->value(), 143);
        QCOMPARE(security->currentData().toString(), QStringLiteral("starttls"));
        QCOMPARE(edit("Username")->text(), QStringLiteral("camille"));

        // Emptied, the server is the guess's again; an unknown domain gets imap.<domain>, said to be a guess.
        edit("Host")->selectAll();
        QTest::keyClick(edit("Host"), Qt::Key_Backspace);
        edit("Address")->selectAll();
        type(edit("Address"), QStringLiteral("contact@atelier-durand.fr"));
        QCOMPARE(edit("Host")->text(), QStringLiteral("imap.atelier-durand.fr"));
        QVERIFY(d<QLabel>("mailboxesImapNoteLabel")->text().contains(QLatin1String("guessed")));
        edit("Address")->selectAll();
        type(edit("Address"), QStringLiteral("camille@gmail.com"));
        QVERIFY(d<QLabel>("mailboxesImapNoteLabel")->text().contains(QLatin1String("Connect Gmail")));

        // Escape: the dialog goes, nothing was sent.
        QTest::keyClick(edit("Address"), Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        QCOMPARE(serverMailboxes(*h->server).size(), 2);
    }

    void shouldValidateAsTheUserTypes()
    {
        openDialog();
        QVERIFY(error("Address")->isHidden());
        type(edit("Address"), QStringLiteral("camille@"));
        QVERIFY(!error("Address")->isHidden());
        QCOMPARE(error("Address")->text(), QStringLiteral("Enter an e-mail address such as name@example.fr."));
        QVERIFY(edit("Address")->accessibleDescription().endsWith(error("Address")->text()));
        QVERIFY(error("Password")->isHidden()); // not touched yet: no message
        type(edit("Address"), QStringLiteral("atelier.example"));
        QVERIFY(error("Address")->isHidden());

        // Connect with no password: the message shows where to act, and nothing is sent.
        QTest::keyClick(edit("Address"), Qt::Key_Return);
        QVERIFY(dialog()->isVisible());
        QCOMPARE(error("Password")->text(), QStringLiteral("Required."));
        QCOMPARE(dialog()->focusWidget(), edit("Password"));
        QVERIFY(d<QProgressBar>("mailboxesImapProgressBar")->isHidden());
        QCOMPARE(serverMailboxes(*h->server).size(), 2);
        type(edit("Password"), QStringLiteral("x"));
        QVERIFY(error("Password")->isHidden());
    }

    void shouldAddAMailboxOnceTheServerAcceptsTheLogin()
    {
        openDialog();
        fillDovecotLogin(kImapPassword);
        QTest::keyClick(edit("Password"), Qt::Key_Return);
        // While the server checks: progress, the form locked, the password already gone from it.
        QVERIFY(!d<QProgressBar>("mailboxesImapProgressBar")->isHidden());
        QVERIFY(!edit("Address")->isEnabled() && !edit("Password")->isEnabled());
        QVERIFY(!d<QPushButton>("mailboxesImapConnectButton")->isEnabled());
        QVERIFY(edit("Password")->text().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 15000);
        QTRY_COMPARE(cardCount(page()), 3);
        const QString card = cardOf(page(), kNewAddress);
        QCOMPARE(cardWidget<QLabel>(page(), card, "StatusLabel")->text(), QStringLiteral("Connected"));
        QCOMPARE(findWidget<QLabel>(page(), QStringLiteral("mailboxesStatusLabel"))->text(),
                 kNewAddress + QStringLiteral(" is connected: the mail server accepted the login."));

        const QJsonObject held = serverMailbox(*h->server, kNewAddress);
        const QJsonObject imap = held.value(QStringLiteral("imap")).toObject();
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(imap.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), int(dovecot->tlsPort()));
        QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(imap.value(QStringLiteral("username")).toString(), kImapUser);
        const auto secret = h->server->server().context().mailboxes->secret(
            h->server->userId(kDemoEmail), held.value(QStringLiteral("id")).toString());
        QCOMPARE(secret.value_or(QByteArray()), kImapPassword.toUtf8());
    }

    void shouldShowAWrongPasswordNextToThePasswordField()
    {
        openDialog();
        fillDovecotLogin(QStringLiteral("not-the-password"));
        QTest::mouseClick(d<QPushButton>("mailboxesImapConnectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!error("Password")->isHidden(), 15000);
        QCOMPARE(error("Password")->text(),
                 QStringLiteral("The mail server refused this user name and password. Type the password again."));
        for (const char *field : {"Address", "Host", "Port", "Security", "Username"})
            QVERIFY2(error(field)->isHidden(), field);
        QVERIFY(d<QLabel>("mailboxesImapErrorLabel")->isHidden()); // the field's message says it all
        QVERIFY(d<QProgressBar>("mailboxesImapProgressBar")->isHidden());
        QVERIFY(edit("Password")->isEnabled());
        QVERIFY(edit("Password")->text().isEmpty());
        QCOMPARE(dialog()->focusWidget(), edit("Password"));
        QVERIFY(serverMailbox(*h->server, kNewAddress).isEmpty());
        QVERIFY(findWidget<QFrame>(page(), QStringLiteral("mailboxesStatusFrame"))->isHidden());

        // Typing the right one clears the message, and this time it connects.
        type(edit("Password"), kImapPassword);
        QVERIFY(error("Password")->isHidden());
        QTest::keyClick(edit("Password"), Qt::Key_Enter);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 15000);
        QCOMPARE(serverMailbox(*h->server, kNewAddress).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }

    void shouldReconnectInPlaceOnceTheNewLoginWorks()
    {
        const QString id = serverMailbox(*h->server, kDemoImap).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        openReconnection();
        QCOMPARE(edit("Address")->text(), kDemoImap);
        QVERIFY(edit("Address")->isReadOnly());
        QCOMPARE(edit("Host")->text(), QStringLiteral("imap.atelier-durand.fr"));
        QCOMPARE(d<QSpinBox>("mailboxesImapPortSpinBox")->value(), 993);
        QCOMPARE(d<QComboBox>("mailboxesImapSecurityComboBox")->currentData().toString(), QStringLiteral("tls"));
        QCOMPARE(edit("Username")->text(), kDemoImap);
        QVERIFY(edit("Password")->text().isEmpty());
        QCOMPARE(dialog()->focusWidget(), edit("Password"));
        const QString note = d<QLabel>("mailboxesImapNoteLabel")->text();
        QVERIFY2(note.contains(QLatin1String("no longer works")) && note.contains(QLatin1String("only if it works")),
                 qPrintable(note));
        QVERIFY(!note.contains(QLatin1String("remove")));

        // The provider moved the mailbox (here: to the loopback Dovecot). A wrong password first: the reason sits
        // next to the password, and the mailbox is still there as it was, on the page and on the server.
        moveToDovecot(QStringLiteral("not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!error("Password")->isHidden(), 15000);
        expectOldMailboxKept(id);
        QVERIFY(dialog()->isVisible());

        // The right password: the same mailbox, repaired in place.
        type(edit("Password"), kImapPassword);
        QTest::keyClick(edit("Password"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 15000);
        const QJsonObject held = serverMailbox(*h->server, kDemoImap);
        QCOMPARE(held.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(held.value(QStringLiteral("statusReason")).isNull());
        QCOMPARE(held.value(QStringLiteral("imap")).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("localhost"));
        QCOMPARE(serverMailboxes(*h->server).size(), 2);
        QCOMPARE(storedSecret(id), kImapPassword.toUtf8());
        QTRY_COMPARE(cardWidget<QLabel>(page(), cardOf(page(), kDemoImap), "StatusLabel")->text(),
                     QStringLiteral("Connected"));
        QCOMPARE(cardCount(page()), 2);
        QCOMPARE(findWidget<QLabel>(page(), QStringLiteral("mailboxesStatusLabel"))->text(),
                 kDemoImap + QStringLiteral(" is connected: the mail server accepted the login."));
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("mailboxAlertFrame"))); // Overview follows
    }

    void shouldKeepTheMailboxWhenAReconnectionFailsThenIsCancelled()
    {
        const QString id = serverMailbox(*h->server, kDemoImap).value(QStringLiteral("id")).toString();
        const QByteArray secret = storedSecret(id);
        QVERIFY(!secret.isEmpty());
        openReconnection();
        moveToDovecot(QStringLiteral("still-not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!error("Password")->isHidden(), 15000);
        expectOldMailboxKept(id);
        QCOMPARE(findWidget<QPushButton>(dialog(), QStringLiteral("mailboxesImapCancelButton"))->accessibleName(),
                 QStringLiteral("Cancel reconnecting the mailbox"));

        QTest::mouseClick(findWidget<QPushButton>(dialog(), QStringLiteral("mailboxesImapCancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog());
        expectOldMailboxKept(id);
        QCOMPARE(storedSecret(id), secret);
        QVERIFY(findWidget<QFrame>(page(), QStringLiteral("mailboxesStatusFrame"))->isHidden());
        QVERIFY(h->window().findChild<QWidget *>(QStringLiteral("mailboxAlertFrame"))); // still worth an alert
    }
};

QTEST_MAIN(TestMailboxesImap)
#include "tst_mailboxesimap.moc"
