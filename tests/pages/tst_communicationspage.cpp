// The Communications page on the demo account: the switches show the demo choices, a flip is saved at once
// (the server holds it and a consent record is appended) with "Saved" and Undo, Undo restores on the server,
// "Unsubscribe from all marketing" turns every marketing choice off while service messages stay locked on.

#include "guitest.h"

#include "httpclient.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QUrlQuery>

using namespace facturos;
using namespace facturos::test;

class TestCommunicationsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("communicationsPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(&h->window(), QLatin1String(name)); }
    QJsonObject serverChoices()
    {
        const HttpResult answer =
            HttpClient().get(h->server->url(QStringLiteral("/v1/account/preferences/communications")),
                             h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }
    bool serverValue(const char *key) { return serverChoices().value(QLatin1String(key)).toBool(); }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Communications));
        QTRY_VERIFY(w<QCheckBox>("newsletterCheckBox")->isEnabled());
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldShowTheDemoChoices()
    {
        QVERIFY(w<QCheckBox>("newsletterCheckBox")->isChecked());
        QVERIFY(!w<QCheckBox>("productOffersCheckBox")->isChecked());
        QVERIFY(!w<QCheckBox>("partnerOffersCheckBox")->isChecked());
        QVERIFY(w<QCheckBox>("surveysCheckBox")->isChecked());
        auto *service = w<QCheckBox>("serviceMessagesCheckBox");
        QVERIFY(service->isChecked());
        QVERIFY(!service->isEnabled());
        QVERIFY(!w<QLabel>("serviceMessagesExplanationLabel")->text().isEmpty());
        QVERIFY(!w<QLabel>("newsletterExplanationLabel")->text().isEmpty());
        QVERIFY(!w<QPushButton>("undoButton")->isVisible());
        QVERIFY(!w<QLabel>("communicationsErrorLabel")->isVisible());

        QStringList names;
        for (QWidget *widget : page()->findChildren<QWidget *>()) {
            if (!qobject_cast<QAbstractButton *>(widget))
                continue;
            QString cls = QString::fromLatin1(widget->metaObject()->className()).mid(1);
            if (cls == QLatin1String("PushButton"))
                cls = QStringLiteral("Button");
            QVERIFY2(widget->objectName().endsWith(cls), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!names.contains(widget->accessibleName()), qPrintable(widget->accessibleName()));
            names.append(widget->accessibleName());
        }
        QCOMPARE(names.size(), 8); // with Try again, shown after a failed read
    }

    void shouldSaveAFlipAtOnceAndRecordIt()
    {
        const int before = int(consentPurposes(*h->server).size());
        auto *offers = w<QCheckBox>("productOffersCheckBox");
        offers->setFocus();
        QTest::keyClick(offers, Qt::Key_Space);
        QVERIFY(offers->isChecked());
        QTRY_COMPARE(w<QLabel>("communicationsStatusLabel")->text(), QStringLiteral("Saved."));
        QVERIFY(w<QPushButton>("undoButton")->isVisible());
        QVERIFY(serverValue("productOffers"));
        const QStringList after = consentPurposes(*h->server);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.value(0), QStringLiteral("communications.productOffers"));
    }

    void shouldUndoOnTheServer()
    {
        flip(w<QCheckBox>("newsletterCheckBox"));
        QTRY_COMPARE(w<QLabel>("communicationsStatusLabel")->text(), QStringLiteral("Saved."));
        QVERIFY(!serverValue("newsletter"));
        QTest::mouseClick(w<QPushButton>("undoButton"), Qt::LeftButton);
        QTRY_VERIFY(!w<QPushButton>("undoButton")->isVisible());
        QTRY_COMPARE(w<QLabel>("communicationsStatusLabel")->text(), QStringLiteral("Saved."));
        QVERIFY(w<QCheckBox>("newsletterCheckBox")->isChecked());
        QVERIFY(serverValue("newsletter"));
    }

    void shouldUnsubscribeFromAllMarketingInOneClick()
    {
        QTest::mouseClick(w<QPushButton>("unsubscribeAllButton"), Qt::LeftButton);
        QTRY_COMPARE(w<QLabel>("communicationsStatusLabel")->text(), QStringLiteral("Saved."));
        for (const char *name :
             {"newsletterCheckBox", "productOffersCheckBox", "partnerOffersCheckBox", "surveysCheckBox"})
            QVERIFY2(!w<QCheckBox>(name)->isChecked(), name);
        const QJsonObject choices = serverChoices();
        for (const char *key : {"newsletter", "productOffers", "partnerOffers", "surveys"})
            QVERIFY2(!choices.value(QLatin1String(key)).toBool(), key);
        QVERIFY(choices.value(QStringLiteral("serviceMessages")).toBool());
        QVERIFY(w<QCheckBox>("serviceMessagesCheckBox")->isChecked());
        QVERIFY(!w<QCheckBox>("serviceMessagesCheckBox")->isEnabled());
        QVERIFY(!w<QPushButton>("unsubscribeAllButton")->isEnabled()); // nothing left to turn off
    }

    void shouldPutTheSwitchBackAndExplainWhenTheServerIsGone()
    {
        h->server.reset();
        flip(w<QCheckBox>("partnerOffersCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(w<QLabel>("communicationsErrorLabel")->isVisible(), 30000);
        QVERIFY(!w<QLabel>("communicationsErrorLabel")->text().isEmpty());
        QVERIFY(!w<QCheckBox>("partnerOffersCheckBox")->isChecked());
    }
};

QTEST_MAIN(TestCommunicationsPage)
#include "tst_communicationspage.moc"
