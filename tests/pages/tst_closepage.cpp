// The Close account page on the demo account: the form with what is deleted and kept, the button enabled only
// once the typed e-mail matches, a declined confirmation sending nothing, scheduling through the step-up (the
// test as the browser) with marketing stopped or kept as ticked, the closing state and the Overview alert,
// cancelling, a cancelled step-up, the closing state at start, the export offered first, and the server gone.

#include "guitest.h"

#include "core/clock.h"
#include "core/closure.h"
#include "pages/closepage.h"
#include "pages/errortext.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace facturos;
using namespace facturos::test;

namespace {
const char *const kMarketing[] = {"newsletter", "productOffers", "partnerOffers", "surveys"};
}

class TestClosePage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("closePage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QJsonObject serverGet(const char *path)
    {
        const HttpResult answer =
            HttpClient().get(h->server->url(QLatin1String(path)), h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }
    QJsonValue serverClosure() { return serverGet("/v1/account").value(QStringLiteral("closure")); }
    QJsonObject serverChoices() { return serverGet("/v1/account/preferences/communications"); }

    // Signs in, opens Close account and waits until the page knows the account (or its closure).
    [[nodiscard]] bool start()
    {
        return h->startAndSignIn() && h->window().showSection(pages::section::Close) && QTest::qWaitFor([this] {
                   return page()->findChild<QLineEdit *>(QStringLiteral("closeConfirmLineEdit"))->isEnabled() ||
                          page()->findChild<QWidget *>(QStringLiteral("closeScheduledWidget"))->isVisible();
               });
    }
    void typeEmail(const QString &text)
    {
        auto *edit = w<QLineEdit>("closeConfirmLineEdit");
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    bool formShown()
    {
        return w<QWidget>("closeFormWidget")->isVisible() && !w<QWidget>("closeScheduledWidget")->isVisible();
    }
    bool closingShown()
    {
        return w<QWidget>("closeScheduledWidget")->isVisible() && !w<QWidget>("closeFormWidget")->isVisible();
    }
    QString longDate(const QDateTime &time)
    {
        return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
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

    void shouldShowTheFormWhenNothingIsScheduled()
    {
        QVERIFY(start());
        QVERIFY(formShown());
        QVERIFY(!w<QPushButton>("closeAccountButton")->isEnabled());
        QVERIFY(w<QCheckBox>("closeStopMarketingCheckBox")->isChecked());
        QVERIFY(w<QLabel>("closeConfirmCaptionLabel")->text().contains(kDemoEmail));
        QVERIFY(w<QLabel>("closeDeletedLabel")->text().contains(QLatin1String("mailboxes")));
        QVERIFY(w<QLabel>("closeKeptLabel")->text().contains(QLatin1String("10 years")));
        QVERIFY(w<QLabel>("closeKeptLabel")->text().contains(QLatin1String("L123-22")));
        QVERIFY(w<QLabel>("closeGraceLabel")->text().contains(QLatin1String("Signing in again does not cancel it")));
        QVERIFY(w<QPushButton>("closeExportButton")->isVisible());
        for (const char *hidden : {"closeErrorFrame", "closeStepUpFrame", "closeConfirmErrorLabel",
                                   "closeLoadingProgressBar", "closeStatusLabel"})
            QVERIFY2(!w<QWidget>(hidden)->isVisible(), hidden);

        // Every control: the page's prefix, an accessible name unique on the page, a description.
        QStringList names;
        for (QWidget *widget : page()->findChildren<QWidget *>()) {
            if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget))
                continue;
            QVERIFY2(widget->objectName().startsWith(QLatin1String("close")), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty() && !names.contains(widget->accessibleName()),
                     qPrintable(widget->objectName()));
            names.append(widget->accessibleName());
        }
        QCOMPARE(names.size(), 10);
        QVERIFY(serverClosure().isNull());
    }

    void shouldEnableClosingOnlyOnceTheEmailMatches()
    {
        QVERIFY(start());
        auto *button = w<QPushButton>("closeAccountButton");
        auto *error = w<QLabel>("closeConfirmErrorLabel");
        typeEmail(QStringLiteral("demo@fac")); // on its way to the right address: no reproach yet
        QVERIFY(!error->isVisible());
        QVERIFY(!button->isEnabled());
        typeEmail(kOtherEmail);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("This is not your account's e-mail address. Type it exactly as shown above."));
        QVERIFY(!button->isEnabled());
        typeEmail(QStringLiteral("DEMO@Facturos.test "));
        QVERIFY(!error->isVisible());
        QVERIFY(button->isEnabled());
    }

    void shouldSendNothingWhenTheConfirmationIsDeclined()
    {
        QVERIFY(start());
        h->prompter.answer = false;
        typeEmail(kDemoEmail);
        QTest::mouseClick(w<QPushButton>("closeAccountButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QCOMPARE(h->prompter.asked.first().acceptLabel, QStringLiteral("Close my account"));
        QVERIFY(h->prompter.asked.first().details.contains(QLatin1String("10 years")));
        QVERIFY(formShown());
        QVERIFY(!w<QWidget>("closeLoadingProgressBar")->isVisible());
        QVERIFY(w<QPushButton>("closeAccountButton")->isEnabled());
        QVERIFY(serverClosure().isNull());
        QVERIFY(serverChoices().value(QStringLiteral("newsletter")).toBool());
    }

    void shouldScheduleThroughStepUpAndStopMarketing()
    {
        QVERIFY(start());
        QVERIFY(serverChoices().value(QStringLiteral("newsletter")).toBool()); // the demo gets it
        h->server->clock().advance(400); // the sign-in is no longer recent (max_age=300): step-up
        const int opened = int(h->browser.opened.size());
        typeEmail(kDemoEmail);
        w<QLineEdit>("closeReasonLineEdit")->setText(QStringLiteral("Cessation d'activité"));
        QTest::mouseClick(w<QPushButton>("closeAccountButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(closingShown(), 15000);
        QVERIFY2(h->browser.failure.isEmpty(), qPrintable(h->browser.failure));
        QCOMPARE(h->browser.opened.size(), opened + 1);
        QCOMPARE(QUrlQuery(h->browser.opened.last()).queryItemValue(QStringLiteral("max_age")), QStringLiteral("0"));

        // The server: scheduled 30 days after now, every marketing choice off.
        const QDateTime expected = h->server->clock().now().addDays(kClosureGraceDays);
        const QJsonObject closure = serverClosure().toObject();
        QCOMPARE(parseTime(closure.value(QStringLiteral("scheduledFor")).toString()).toSecsSinceEpoch(),
                 expected.toSecsSinceEpoch());
        QVERIFY(closure.value(QStringLiteral("stopMarketing")).toBool());
        const QJsonObject choices = serverChoices();
        for (const char *key : kMarketing)
            QVERIFY2(!choices.value(QLatin1String(key)).toBool(), key);

        // The page: the date, the days left, what happens meanwhile, Cancel closure.
        const QString scheduled = w<QLabel>("closeScheduledLabel")->text();
        QVERIFY2(scheduled.contains(longDate(expected)), qPrintable(scheduled));
        const qint64 days = QDate::currentDate().daysTo(expected.toLocalTime().date());
        // "30 days left" (or the source's "30 day(s) left" until the English plurals are regenerated)
        const QRegularExpression left(QStringLiteral("\\b%1 day(s|\\(s\\)) left").arg(days));
        QVERIFY2(left.match(scheduled).hasMatch(), qPrintable(scheduled));
        QVERIFY(w<QLabel>("closeMeanwhileLabel")->text().contains(QLatin1String("Marketing messages were stopped")));
        QVERIFY(w<QPushButton>("closeCancelClosureButton")->isEnabled());
        QVERIFY(!w<QWidget>("closeErrorFrame")->isVisible());

        // The Overview shows the alert with the same date.
        QVERIFY(h->window().showSection(pages::section::Overview));
        QTRY_VERIFY(h->window().findChild<QLabel *>(QStringLiteral("closureAlertLabel")));
        QVERIFY(
            h->window().findChild<QLabel *>(QStringLiteral("closureAlertLabel"))->text().contains(longDate(expected)));
    }

    void shouldScheduleNothingWhenTheStepUpIsCancelled()
    {
        QVERIFY(start());
        h->server->clock().advance(400);
        h->browser.act = false; // no browser comes back: the page waits, and the user gives up
        typeEmail(kDemoEmail);
        QTest::mouseClick(w<QPushButton>("closeAccountButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w<QWidget>("closeStepUpFrame")->isVisible(), 10000);
        QVERIFY(w<QLabel>("closeStepUpLabel")->text().contains(QLatin1String("password again")));
        QVERIFY(w<QPushButton>("closeStepUpCopyLinkButton")->isVisible()); // no browser opened
        QVERIFY(w<QPushButton>("closeStepUpCancelButton")->isEnabled());
        QVERIFY(!w<QPushButton>("closeAccountButton")->isEnabled());

        QTest::mouseClick(w<QPushButton>("closeStepUpCancelButton"), Qt::LeftButton);
        QTRY_VERIFY(w<QWidget>("closeErrorFrame")->isVisible());
        QVERIFY(w<QLabel>("closeErrorLabel")->text().contains(QLatin1String("nothing was changed")));
        QVERIFY(!w<QWidget>("closeStepUpFrame")->isVisible());
        QVERIFY(formShown());
        QCOMPARE(h->window().currentSection(), pages::section::Close);
        QVERIFY(serverClosure().isNull());
        QVERIFY(serverChoices().value(QStringLiteral("newsletter")).toBool());
    }

    void shouldKeepMarketingWhenUntickedThenCancel()
    {
        QVERIFY(start());
        flip(w<QCheckBox>("closeStopMarketingCheckBox"));
        QVERIFY(!w<QCheckBox>("closeStopMarketingCheckBox")->isChecked());
        typeEmail(kDemoEmail);
        QTest::mouseClick(w<QPushButton>("closeAccountButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(closingShown(), 10000);
        QVERIFY(!serverClosure().toObject().value(QStringLiteral("stopMarketing")).toBool());
        QVERIFY(serverChoices().value(QStringLiteral("newsletter")).toBool());
        QVERIFY(w<QLabel>("closeMeanwhileLabel")->text().contains(QLatin1String("left as they were")));

        QTest::mouseClick(w<QPushButton>("closeCancelClosureButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(formShown(), 10000);
        QCOMPARE(h->prompter.asked.size(), 1); // cancelling needs no confirmation
        QVERIFY(w<QLabel>("closeStatusLabel")->isVisible());
        QVERIFY(w<QLabel>("closeStatusLabel")->text().startsWith(QLatin1String("Closure cancelled")));
        QVERIFY(serverClosure().isNull());
        QCOMPARE(serverGet("/v1/account").value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        // A fresh form: the address is typed again for the next closure.
        QVERIFY(w<QLineEdit>("closeConfirmLineEdit")->text().isEmpty());
        QVERIFY(w<QCheckBox>("closeStopMarketingCheckBox")->isChecked());
        QVERIFY(!w<QPushButton>("closeAccountButton")->isEnabled());
        QVERIFY(h->window().showSection(pages::section::Overview));
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("closureAlertFrame")));
    }

    void shouldShowTheClosingStateAtStart()
    {
        const QJsonObject body{{QStringLiteral("confirm"), kDemoEmail}, {QStringLiteral("stopMarketing"), true}};
        const HttpResult posted = HttpClient().sendJson("POST", h->server->url(QStringLiteral("/v1/account/closure")),
                                                        body, h->server->signInDirect(kDemoEmail));
        QCOMPARE(posted.status, 201);
        const QDateTime expected = parseTime(posted.json().value(QStringLiteral("scheduledFor")).toString());
        QVERIFY(start());
        QVERIFY(closingShown());
        QVERIFY(w<QLabel>("closeIntroLabel")->text().contains(QLatin1String("scheduled for closure")));
        QVERIFY(w<QLabel>("closeScheduledLabel")->text().contains(longDate(expected)));
        QVERIFY(w<QPushButton>("closeCancelClosureButton")->isEnabled());
        QVERIFY(!w<QWidget>("closeStatusLabel")->isVisible());
    }

    void shouldShowTheFormWhenTheClosureWasCancelledElsewhere()
    {
        const QJsonObject body{{QStringLiteral("confirm"), kDemoEmail}, {QStringLiteral("stopMarketing"), true}};
        const QUrl closure = h->server->url(QStringLiteral("/v1/account/closure"));
        QCOMPARE(HttpClient().sendJson("POST", closure, body, h->server->signInDirect(kDemoEmail)).status, 201);
        QVERIFY(start());
        QVERIFY(closingShown());
        // Meanwhile, another device cancels it; then the user presses Cancel the closure here.
        const HttpResult cancelled =
            HttpClient().send("DELETE", closure, {{"Authorization", "Bearer " + h->server->signInDirect(kDemoEmail)}});
        QVERIFY2(cancelled.status / 100 == 2, qPrintable(QString::number(cancelled.status)));
        QTest::mouseClick(w<QPushButton>("closeCancelClosureButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(formShown(), 10000); // the page reads the account again: nothing is scheduled
        QVERIFY(w<QLabel>("closeStatusLabel")->isVisible());
        QVERIFY(
            w<QLabel>("closeStatusLabel")->text().startsWith(QLatin1String("The closure had already been cancelled")));
        QVERIFY(!w<QWidget>("closeErrorFrame")->isVisible());
        QVERIFY(serverClosure().isNull());
        QVERIFY(h->window().showSection(pages::section::Overview)); // its closure alert is gone too
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("closureAlertFrame")));
    }

    void shouldOfferTheExportFirst()
    {
        QVERIFY(start());
        QSignalSpy requested(qobject_cast<pages::ClosePage *>(page()), &pages::ClosePage::exportRequested);
        QTest::mouseClick(w<QPushButton>("closeExportButton"), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        // Your data is shown and its export starts: it asks where to save (the test declines).
        QCOMPARE(h->window().currentSection(), pages::section::Data);
        QCOMPARE(h->prompter.saveTitles.size(), 1);
        QVERIFY(serverClosure().isNull());
    }

    void shouldExplainWhenTheServerIsGone()
    {
        QVERIFY(start());
        typeEmail(kDemoEmail);
        h->server.reset();
        QTest::mouseClick(w<QPushButton>("closeAccountButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w<QWidget>("closeErrorFrame")->isVisible(), 20000);
        QCOMPARE(w<QLabel>("closeErrorLabel")->text(),
                 pages::ErrorText::forSession(auth::SessionError::ServerUnreachable));
        QVERIFY(h->window().isBannerShown());
        QVERIFY(formShown());
        QCOMPARE(w<QLineEdit>("closeConfirmLineEdit")->text(), kDemoEmail); // kept for the next try
        QVERIFY(w<QPushButton>("closeAccountButton")->isEnabled());
    }
};

QTEST_MAIN(TestClosePage)
#include "tst_closepage.moc"
