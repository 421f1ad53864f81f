// The Personal information page on the demo account: the form shows the profile, an edit reaches the server
// once saved, invalid values are explained next to the field, Discard restores, a 412 conflict is settled
// in the dialog field by field, and leaving with unsaved changes asks first.

#include "guitest.h"

#include "httpclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace facturos;
using namespace facturos::test;

class TestProfilePage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("profilePage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(&h->window(), QLatin1String(name)); }
    QUrl profileUrl() { return h->server->url(QStringLiteral("/v1/account/profile")); }
    QJsonObject serverProfile()
    {
        const HttpResult answer = HttpClient().get(profileUrl(), h->server->signInDirect(kDemoEmail));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }
    // Another device saves `field` = `value`, then the user presses Save: the conflict dialog, once it shows.
    QDialog *saveAfterAChangeElsewhere(const QString &field, const QString &value)
    {
        const QByteArray other = h->server->signInDirect(kDemoEmail);
        const HttpResult current = HttpClient().get(profileUrl(), other);
        const HttpResult changed = HttpClient().sendJson("PATCH", profileUrl(), {{field, value}}, other,
                                                         {{"If-Match", current.header("ETag")}});
        if (current.status != 200 || changed.status != 200)
            return nullptr;
        QTest::mouseClick(w<QPushButton>("saveButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = page()->findChild<QDialog *>(QStringLiteral("conflictDialog"));
                return dialog && dialog->isVisible();
            },
            5000);
        return shown ? dialog : nullptr;
    }
    // Types `text` over the field's content, key by key, as a user would.
    void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Personal));
        QTRY_COMPARE(w<QLineEdit>("firstNameLineEdit")->text(), QStringLiteral("Camille"));
    }
    void cleanup()
    {
        h->prompter.answer = true;
        h->signOut();
        h.reset();
    }

    void shouldShowTheDemoProfile()
    {
        QCOMPARE(w<QLineEdit>("lastNameLineEdit")->text(), QStringLiteral("Durand"));
        QCOMPARE(w<QLineEdit>("emailLineEdit")->text(), kDemoEmail);
        QCOMPARE(w<QLineEdit>("phoneLineEdit")->text(), QStringLiteral("+33612345678"));
        QCOMPARE(w<QLineEdit>("siretLineEdit")->text(), QStringLiteral("73282932000074"));
        QCOMPARE(w<QLineEdit>("deliveryCityLineEdit")->text(), QStringLiteral("Lyon"));
        QCOMPARE(w<QComboBox>("deliveryCountryComboBox")->currentData().toString(), QStringLiteral("FR"));
        QVERIFY(!w<QCheckBox>("sameAsDeliveryCheckBox")->isChecked());
        QVERIFY(w<QLineEdit>("billingCityLineEdit")->isVisible());
        QCOMPARE(w<QLineEdit>("billingCityLineEdit")->text(), QStringLiteral("Lyon Cedex 04"));
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
        QVERIFY(!w<QPushButton>("discardButton")->isEnabled());
        QVERIFY(!w<QLabel>("phoneErrorLabel")->isVisible());
        QVERIFY(w<QLabel>("emailNoteLabel")->text().contains(QStringLiteral("sign in again")));

        // Every interactive widget: a stable name ending in its class, a unique accessible name, a description.
        QStringList names;
        for (QWidget *widget : page()->findChildren<QWidget *>()) {
            if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget) &&
                !qobject_cast<QAbstractButton *>(widget))
                continue;
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parent()))
                continue;
            QString cls = QString::fromLatin1(widget->metaObject()->className()).mid(1);
            if (cls == QLatin1String("PushButton"))
                cls = QStringLiteral("Button"); // the team's convention: saveButton
            QVERIFY2(widget->objectName().endsWith(cls), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!names.contains(widget->accessibleName()), qPrintable(widget->accessibleName()));
            names.append(widget->accessibleName());
        }
        QVERIFY(names.size() >= 20);
    }

    void shouldHideTheBillingFieldsWhenSameAsDelivery()
    {
        auto *same = w<QCheckBox>("sameAsDeliveryCheckBox");
        same->setFocus();
        QTest::keyClick(same, Qt::Key_Space);
        QVERIFY(same->isChecked());
        QVERIFY(!w<QLineEdit>("billingCityLineEdit")->isVisible());
        QVERIFY(w<QPushButton>("saveButton")->isEnabled());
        QTest::mouseClick(w<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(w<QLabel>("profileStatusLabel")->isVisible());
        QVERIFY(serverProfile().value(QStringLiteral("billingAddress")).isNull());
    }

    void shouldSaveAnEditedPhoneToTheServer()
    {
        retype(w<QLineEdit>("phoneLineEdit"), QStringLiteral("06 98 76 54 32"));
        QVERIFY(!w<QLabel>("phoneErrorLabel")->isVisible());
        QVERIFY(w<QPushButton>("saveButton")->isEnabled());
        QVERIFY(w<QPushButton>("discardButton")->isEnabled());
        QTest::mouseClick(w<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE(w<QLabel>("profileStatusLabel")->text(), QStringLiteral("Your changes were saved."));
        QVERIFY(w<QLabel>("profileStatusLabel")->isVisible());
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
        QCOMPARE(serverProfile().value(QStringLiteral("phone")).toString(), QStringLiteral("+33698765432"));
    }

    void shouldExplainAnInvalidSiretAndDiscard()
    {
        retype(w<QLineEdit>("siretLineEdit"), QStringLiteral("12345"));
        auto *message = w<QLabel>("siretErrorLabel");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(w<QLineEdit>("siretLineEdit")->accessibleDescription().contains(message->text()));
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
        QVERIFY(w<QPushButton>("discardButton")->isEnabled());
        QTest::mouseClick(w<QPushButton>("discardButton"), Qt::LeftButton);
        QCOMPARE(w<QLineEdit>("siretLineEdit")->text(), QStringLiteral("73282932000074"));
        QVERIFY(!message->isVisible());
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
        QVERIFY(!w<QPushButton>("discardButton")->isEnabled());
        QCOMPARE(serverProfile().value(QStringLiteral("siret")).toString(), QStringLiteral("73282932000074"));
    }

    void shouldSettleAConflictInTheDialog_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("status");
        QTest::newRow("theirs") << QStringLiteral("phoneTheirsRadioButton") << QStringLiteral("+33699887766")
                                << QStringLiteral("Your information now matches what is saved in Facturos.");
        QTest::newRow("mine") << QStringLiteral("phoneMineRadioButton") << QStringLiteral("+33611223344")
                              << QStringLiteral("Your changes were saved.");
    }
    void shouldSettleAConflictInTheDialog()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        QFETCH(QString, status);
        retype(w<QLineEdit>("phoneLineEdit"), QStringLiteral("06 11 22 33 44"));
        // Meanwhile, another device changes the same field.
        QDialog *dialog = saveAfterAChangeElsewhere(QStringLiteral("phone"), QStringLiteral("+33699887766"));
        QVERIFY(dialog);
        auto *mine = findWidget<QRadioButton>(dialog, QStringLiteral("phoneMineRadioButton"));
        auto *theirs = findWidget<QRadioButton>(dialog, QStringLiteral("phoneTheirsRadioButton"));
        QVERIFY(mine && theirs);
        QCOMPARE(mine->text(), QStringLiteral("06 11 22 33 44"));
        QCOMPARE(theirs->text(), QStringLiteral("+33699887766"));
        QVERIFY(mine->isChecked());
        QTest::mouseClick(findWidget<QRadioButton>(dialog, choice), Qt::LeftButton);
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_COMPARE(w<QLabel>("profileStatusLabel")->text(), status);
        QCOMPARE(serverProfile().value(QStringLiteral("phone")).toString(), expected);
        QCOMPARE(w<QLineEdit>("phoneLineEdit")->text(), expected);
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
    }

    void shouldShowAmpersandsInAConflictAsTyped()
    {
        retype(w<QLineEdit>("companyNameLineEdit"), QStringLiteral("Dupont & Fils"));
        QDialog *dialog = saveAfterAChangeElsewhere(QStringLiteral("companyName"), QStringLiteral("Martin&Associés"));
        QVERIFY(dialog);
        // Shown as typed ("&&" draws one '&'), and no Alt key taken from the values.
        auto *mine = findWidget<QRadioButton>(dialog, QStringLiteral("companyNameMineRadioButton"));
        auto *theirs = findWidget<QRadioButton>(dialog, QStringLiteral("companyNameTheirsRadioButton"));
        QCOMPARE(mine->text(), QStringLiteral("Dupont && Fils"));
        QCOMPARE(theirs->text(), QStringLiteral("Martin&&Associés"));
        QVERIFY(QKeySequence::mnemonic(mine->text()).isEmpty());
        QVERIFY(QKeySequence::mnemonic(theirs->text()).isEmpty());
        QVERIFY(theirs->accessibleDescription().endsWith(QStringLiteral(": Martin&Associés")));
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("notNowButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(w<QLineEdit>("companyNameLineEdit")->text(), QStringLiteral("Dupont & Fils")); // the draft stays
    }

    void shouldAskBeforeLeavingWithUnsavedChanges()
    {
        auto *firstName = w<QLineEdit>("firstNameLineEdit");
        QVERIFY(h->window().showSection(pages::section::Overview)); // nothing unsaved: no question
        QVERIFY(h->prompter.asked.isEmpty());
        QVERIFY(h->window().showSection(pages::section::Personal));
        retype(firstName, QStringLiteral("Camilla"));

        h->prompter.answer = false;
        h->window().showSection(pages::section::Overview);
        QCOMPARE(h->prompter.asked.size(), 1);
        QCOMPARE(h->window().currentSection(), pages::section::Personal);
        QCOMPARE(firstName->text(), QStringLiteral("Camilla"));
        QVERIFY(!h->window().close()); // quitting asks too
        QCOMPARE(h->prompter.asked.size(), 2);
        QVERIFY(h->window().isVisible());

        h->prompter.answer = true;
        h->window().showSection(pages::section::Overview);
        QCOMPARE(h->prompter.asked.size(), 3);
        QCOMPARE(h->window().currentSection(), pages::section::Overview);
        QCOMPARE(firstName->text(), QStringLiteral("Camille"));
        QCOMPARE(serverProfile().value(QStringLiteral("firstName")).toString(), QStringLiteral("Camille"));
    }
};

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
