// The Cookies & tracking page on the demo account: the switches show the demo choices (analytics on, the rest
// off, strictly necessary locked on), a flip is saved at once (the server holds it and a consent record is
// appended), "Refuse all" and "Accept all" change every optional category but not Do Not Track and look
// exactly alike, and the Do Not Track request is saved like any switch.

#include "guitest.h"

#include "httpclient.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QUrlQuery>

using namespace facturos;
using namespace facturos::test;

namespace {
const char *const kOptional[] = {"analytics", "advertising", "socialFeatures", "location", "partnerSharing"};
}

class TestCookiesPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("cookiesPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QCheckBox *box(const char *key) { return w<QCheckBox>(qPrintable(QLatin1String(key) + QLatin1String("CheckBox"))); }
    QJsonObject serverChoices()
    {
        const HttpResult answer = HttpClient().get(h->server->url(QStringLiteral("/v1/account/preferences/privacy")),
                                                   h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }
    bool serverValue(const char *key) { return serverChoices().value(QLatin1String(key)).toBool(); }
    bool saved() { return w<QLabel>("cookiesStatusLabel")->text() == QLatin1String("Saved."); }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Cookies));
        QTRY_VERIFY(box("analytics")->isEnabled());
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldShowTheDemoChoices()
    {
        QVERIFY(box("analytics")->isChecked());
        for (const char *key : {"advertising", "socialFeatures", "location", "partnerSharing", "doNotTrack"})
            QVERIFY2(!box(key)->isChecked(), key);
        QVERIFY(box("necessary")->isChecked());
        QVERIFY(!box("necessary")->isEnabled());
        QVERIFY(!w<QLabel>("necessaryExplanationLabel")->text().isEmpty());
        QVERIFY(w<QLabel>("analyticsExplanationLabel")->text().contains(QLatin1String("Google Analytics")));
        QVERIFY(w<QLabel>("analyticsExplanationLabel")->text().contains(QLatin1String("Flurry")));
        QVERIFY(w<QLabel>("doNotTrackExplanationLabel")->text().contains(QLatin1String("does not respond")));
        QVERIFY(!w<QPushButton>("cookiesUndoButton")->isVisible());
        QVERIFY(!w<QLabel>("cookiesErrorLabel")->isVisible());

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
        QCOMPARE(names.size(), 11); // with Try again, shown after a failed read
    }

    void shouldSaveAFlipAtOnceAndRecordIt()
    {
        const int before = int(consentPurposes(*h->server).size());
        flip(box("advertising"));
        QVERIFY(box("advertising")->isChecked());
        QTRY_VERIFY(saved());
        QVERIFY(w<QPushButton>("cookiesUndoButton")->isVisible());
        QVERIFY(serverValue("advertising"));
        const QStringList after = consentPurposes(*h->server);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.value(0), QStringLiteral("privacy.advertising"));
    }

    void shouldRefuseAllThenAcceptAllLeavingDoNotTrack()
    {
        QTest::mouseClick(w<QPushButton>("refuseAllButton"), Qt::LeftButton);
        QTRY_VERIFY(saved());
        QJsonObject choices = serverChoices();
        for (const char *key : kOptional) {
            QVERIFY2(!choices.value(QLatin1String(key)).toBool(), key);
            QVERIFY2(!box(key)->isChecked(), key);
        }
        QVERIFY(!choices.value(QStringLiteral("doNotTrack")).toBool());
        QVERIFY(choices.value(QStringLiteral("necessary")).toBool());

        w<QLabel>("cookiesStatusLabel")->clear();
        QTest::mouseClick(w<QPushButton>("acceptAllButton"), Qt::LeftButton);
        QTRY_VERIFY(saved());
        choices = serverChoices();
        for (const char *key : kOptional) {
            QVERIFY2(choices.value(QLatin1String(key)).toBool(), key);
            QVERIFY2(box(key)->isChecked(), key);
        }
        QVERIFY(!choices.value(QStringLiteral("doNotTrack")).toBool());
        QVERIFY(!box("doNotTrack")->isChecked());
    }

    void shouldMakeRefuseAllExactlyAsProminentAsAcceptAll()
    {
        auto *accept = w<QPushButton>("acceptAllButton");
        auto *refuse = w<QPushButton>("refuseAllButton");
        QCOMPARE(QString::fromLatin1(refuse->metaObject()->className()),
                 QString::fromLatin1(accept->metaObject()->className()));
        // What the layout uses: the size hint bounded by the minimum size (the words differ in length).
        QCOMPARE(refuse->sizeHint().expandedTo(refuse->minimumSize()),
                 accept->sizeHint().expandedTo(accept->minimumSize()));
        QCOMPARE(refuse->sizeHint().height(), accept->sizeHint().height());
        QCOMPARE(refuse->size(), accept->size());
        QCOMPARE(refuse->sizePolicy(), accept->sizePolicy());
        QCOMPARE(refuse->styleSheet(), accept->styleSheet());
        QCOMPARE(refuse->font(), accept->font());
        QVERIFY(!accept->isDefault() && !refuse->isDefault());
        QVERIFY(!accept->autoDefault() && !refuse->autoDefault());
        QVERIFY(accept->isEnabled() && refuse->isEnabled());
    }

    void shouldSaveTheDoNotTrackRequest()
    {
        flip(box("doNotTrack"));
        QTRY_VERIFY(saved());
        QVERIFY(serverValue("doNotTrack"));
        QVERIFY(box("analytics")->isChecked()); // a separate wish: the consents are left as they are
        QVERIFY(serverValue("analytics"));
    }

    void shouldPutTheSwitchBackAndExplainWhenTheServerIsGone()
    {
        h->server.reset();
        flip(box("location"));
        QTRY_VERIFY_WITH_TIMEOUT(w<QLabel>("cookiesErrorLabel")->isVisible(), 30000);
        QVERIFY(!w<QLabel>("cookiesErrorLabel")->text().isEmpty());
        QVERIFY(!box("location")->isChecked());
    }
};

QTEST_MAIN(TestCookiesPage)
#include "tst_cookiespage.moc"
