// Help › Diagnostics in the real app (composition root, offscreen, the test as the browser): the entry appears
// once the app knows what to check, the dialog shows the same lines as `--diagnose` with the running app's own
// sign-in, Copy puts exactly the report on the clipboard, and a lost server shows as a failed line.
#include "guitest.h"

#include "pages/diagnostics.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestDiagnosticsDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    void setTarget()
    {
        pages::DiagnosticsTarget target;
        target.server = h->server->url();
        target.language = QStringLiteral("en");
        target.keychainService = testKeychainService();
        target.profileDir = h->profile.path();
        h->window().setDiagnosticsTarget(target);
    }
    // Opens Help › Diagnostics and waits for the last line; the report, or empty.
    QString openAndWait(QDialog **dialogOut = nullptr)
    {
        auto *action = h->window().findChild<QAction *>(QStringLiteral("diagnosticsAction"));
        if (!action || !action->isVisible() || !action->isEnabled())
            return {};
        action->trigger();
        auto *dialog = findWidget<QDialog>(&h->window(), QStringLiteral("diagnosticsDialog"));
        auto *text = findWidget<QPlainTextEdit>(dialog, QStringLiteral("diagnosticsTextEdit"));
        if (!text ||
            !QTest::qWaitFor([text] { return text->toPlainText().contains(QLatin1String("Result: ")); }, 30000))
            return {};
        if (dialogOut)
            *dialogOut = dialog;
        return text->toPlainText();
    }
    static QString lineOf(const QString &report, const QString &key)
    {
        for (const QString &line : report.split(QLatin1Char('\n'))) {
            if (line.startsWith(key + QStringLiteral(": ")))
                return line;
        }
        return {};
    }

private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldOfferTheEntryOnceTheTargetIsKnown()
    {
        h->start();
        auto *action = h->window().findChild<QAction *>(QStringLiteral("diagnosticsAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        setTarget();
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("&Diagnostics…"));
        QVERIFY(findWidget<QMenu>(&h->window(), QStringLiteral("helpMenu"))->actions().contains(action));
    }

    void shouldShowTheReportAndCopyIt()
    {
        QVERIFY(h->startAndSignIn());
        setTarget();
        QDialog *dialog = nullptr;
        const QString report = openAndWait(&dialog);
        QVERIFY2(!report.isEmpty(), "the report never finished");
        QVERIFY(report.startsWith(QLatin1String("Facturos Account diagnostics\n")));
        QVERIFY2(report.contains(QLatin1String("; QPA offscreen")), qPrintable(report)); // a GUI exists here
        for (const char *check : {"dns", "connection", "tls", "health", "sso", "keychain", "sign-in"})
            QVERIFY2(lineOf(report, QLatin1String(check)).contains(QStringLiteral(": OK — ")), qPrintable(report));
        QVERIFY(lineOf(report, QStringLiteral("sign-in")).contains(h->server->userId(kDemoEmail)));
        QVERIFY(report.contains(QLatin1String("Result: OK (exit code 0)")));
        QVERIFY(!report.contains(QLatin1Char('@')) && !report.contains(kDemoPassword));
        // The app's session is untouched: its refresh token was not used by the dialog.
        QCOMPARE(h->app->session().status(), controllers::SessionController::Status::SignedIn);

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("diagnosticsCopyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), report);
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("diagnosticsCloseButton")), Qt::LeftButton);
        QTRY_VERIFY(!h->window().findChild<QDialog *>(QStringLiteral("diagnosticsDialog")));
    }

    void shouldShowALostServerAsAFailedLine()
    {
        QVERIFY(h->startAndSignIn());
        setTarget();
        h->server.reset(); // the port closes: nothing answers there any more
        const QString report = openAndWait();
        QVERIFY2(lineOf(report, QStringLiteral("connection")).startsWith(QStringLiteral("connection: FAILED — ")),
                 qPrintable(report));
        QVERIFY(lineOf(report, QStringLiteral("sso")).contains(QLatin1String(": SKIPPED")));
        QVERIFY(lineOf(report, QStringLiteral("keychain")).contains(QLatin1String(": OK")));
        QVERIFY(report.contains(QLatin1String("Result: FAILED (exit code 11)")));
    }
};

QTEST_MAIN(TestDiagnosticsDialog)
#include "tst_diagnosticsdialog.moc"
