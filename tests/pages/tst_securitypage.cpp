// The Security page on the demo account: the three signed-in devices of the fixture plus this one (marked in
// words, bold and by an icon), the accountant with access, the first page of activity; signing out one other
// device and all others (the server keeps only this one), revoking the administrator, declined confirmations
// sending nothing, "Change password" opening the SSO page, loading shown, and the server gone said in words.
// The activity table (paging, "This wasn't me") has its own test: tst_securityactivity.

#include "guitest.h"

#include "pages/errortext.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTabWidget>

using namespace facturos;
using namespace facturos::test;

namespace {
// An English plural as shown: "session(s)" is the source text, "sessions" its English form once the lead has
// regenerated translations/facturos-account_en.ts (a page engineer does not edit the .ts files).
QRegularExpression plural(const char *source)
{
    return QRegularExpression(QRegularExpression::escape(QLatin1String(source))
                                  .replace(QStringLiteral("\\(s\\)"), QStringLiteral("(\\(s\\)|s)")));
}

const QStringList kFixtureSessions{QStringLiteral("1f6d7c1e-3a52-4b8e-9c11-5a0d2e7b9001"),
                                   QStringLiteral("2b8e4f90-6c1d-4e7a-a3b5-8d9f0e1c2a02"),
                                   QStringLiteral("3c9f5a01-7d2e-4f8b-b4c6-9e0a1f2d3b03")};
} // namespace

class TestSecurityPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;
    QByteArray m_token; // one direct session per test, made after the app loaded, for reading the server

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("securityPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QTableView *sessions() { return w<QTableView>("securitySessionsTableView"); }
    QTableView *delegates() { return w<QTableView>("securityDelegatesTableView"); }
    QPushButton *button(const char *name) { return w<QPushButton>(name); }
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    static int rowContaining(QTableView *view, const QString &text)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (cell(view, row, 0).contains(text))
                return row;
        }
        return -1;
    }
    void clickRow(QTableView *view, int row)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, 1)).center());
    }
    void showTab(const char *name)
    {
        auto *tabs = w<QTabWidget>("securityTabWidget");
        tabs->setCurrentWidget(w<QWidget>(name));
    }
    // The items of a list on the server, read with this test's own direct session.
    QJsonArray serverItems(const char *path)
    {
        if (m_token.isEmpty())
            m_token = h->server->signInDirect(kDemoEmail);
        const HttpResult answer = HttpClient().get(h->server->url(QLatin1String(path)), m_token);
        return answer.status == 200 ? answer.json().value(QStringLiteral("items")).toArray() : QJsonArray();
    }
    // Sessions on the server other than the test's own direct one.
    QStringList serverOtherSessions()
    {
        QStringList ids;
        for (const QJsonValue &item : serverItems("/v1/account/sessions")) {
            if (!item.toObject().value(QStringLiteral("current")).toBool())
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
        }
        ids.sort();
        return ids;
    }
    bool loaded() { return sessions()->model()->rowCount() == 4 && delegates()->model()->rowCount() == 1; }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        m_token.clear();
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Security));
        QTRY_VERIFY(loaded());
        QTRY_VERIFY(!w<QProgressBar>("securityLoadingProgressBar")->isVisible());
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldShowTheDemoAccount()
    {
        // This device, told apart in words, in bold and with an icon; the fixture's three others.
        const int current = rowContaining(sessions(), QStringLiteral("This device: "));
        QVERIFY(current >= 0);
        const QModelIndex currentIndex = sessions()->model()->index(current, 0);
        QVERIFY(currentIndex.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!currentIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
        const int windows = rowContaining(sessions(), QStringLiteral("Firefox 145 on Windows"));
        QVERIFY(windows >= 0 && windows != current);
        QVERIFY(!cell(sessions(), windows, 0).contains(QStringLiteral("This device")));
        QCOMPARE(cell(sessions(), windows, 1), QStringLiteral("Lyon, France"));
        const QDateTime signedIn = QDateTime::fromString(QStringLiteral("2026-10-12T07:58:21Z"), Qt::ISODate);
        const QString minutes = QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
        QCOMPARE(cell(sessions(), windows, 2), QLocale().toString(signedIn.toLocalTime(), minutes));
        QVERIFY(cell(sessions(), windows, 2)
                    .contains(QLocale().toString(signedIn.toLocalTime().date(), QLocale::ShortFormat)));
        QVERIFY(rowContaining(sessions(), QStringLiteral("Chrome 142 on macOS")) >= 0);
        QVERIFY(rowContaining(sessions(), QStringLiteral("Safari 18 on iPhone")) >= 0);
        QCOMPARE(sessions()->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Last active"));

        QCOMPARE(cell(delegates(), 0, 0), QStringLiteral("Cabinet Morel Expertise"));
        QCOMPARE(cell(delegates(), 0, 1), QStringLiteral("Accountant"));
        QCOMPARE(cell(delegates(), 0, 2), QStringLiteral("See and change your data"));
        QCOMPARE(cell(delegates(), 0, 3), QLocale().toString(QDate(2024, 1, 15), QLocale::ShortFormat));

        // The newest activity first: this very sign-in. Only the first page is read.
        auto *activity = w<QTableView>("securityActivityTableView");
        QCOMPARE(cell(activity, 0, 1), QStringLiteral("Sign-in succeeded"));
        QVERIFY(activity->model()->rowCount() > 0 && activity->model()->rowCount() <= 100);
        QVERIFY(activity->model()->canFetchMore({}));

        auto *tabs = w<QTabWidget>("securityTabWidget");
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Devices (4)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Ad&ministrators (1)"));
        QVERIFY(!button("securitySignOutButton")->isEnabled()); // nothing selected yet
        QVERIFY(button("securitySignOutOthersButton")->isEnabled());
        QVERIFY(!button("securityNotMeButton")->isEnabled());
        QVERIFY(!button("securityRevokeButton")->isEnabled());
        QVERIFY(button("securityChangePasswordButton")->isEnabled());
        for (const char *hidden : {"securitySessionsEmptyLabel", "securityDelegatesEmptyLabel",
                                   "securityActivityEmptyLabel", "securityErrorFrame", "securityActivityErrorFrame"})
            QVERIFY2(!w<QWidget>(hidden)->isVisibleTo(page()), hidden);

        QStringList names;
        for (QWidget *widget : page()->findChildren<QWidget *>()) {
            // What the user works with (a table's corner button and a tab bar's arrows belong to Qt).
            if (!qobject_cast<QPushButton *>(widget) && !qobject_cast<QTableView *>(widget) &&
                !qobject_cast<QTabWidget *>(widget))
                continue;
            QVERIFY2(widget->objectName().startsWith(QLatin1String("security")), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!names.contains(widget->accessibleName()), qPrintable(widget->accessibleName()));
            names.append(widget->accessibleName());
        }
        QCOMPARE(names.size(), 11); // 7 buttons, 3 tables, the tabs
    }

    void shouldShowLoadingThenTheSameLists()
    {
        QTest::mouseClick(button("securityReloadButton"), Qt::LeftButton);
        QVERIFY(w<QProgressBar>("securityLoadingProgressBar")->isVisible());
        QVERIFY(!button("securityReloadButton")->isEnabled());
        QTRY_VERIFY(!w<QProgressBar>("securityLoadingProgressBar")->isVisible());
        QVERIFY(loaded());
    }

    void shouldNotSignOutThisDevice()
    {
        clickRow(sessions(), rowContaining(sessions(), QStringLiteral("This device: ")));
        QVERIFY(!button("securitySignOutButton")->isEnabled());
        clickRow(sessions(), rowContaining(sessions(), QStringLiteral("iPhone")));
        QVERIFY(button("securitySignOutButton")->isEnabled());
    }

    void shouldSignOutOneOtherDevice()
    {
        clickRow(sessions(), rowContaining(sessions(), QStringLiteral("iPhone")));
        QTest::mouseClick(button("securitySignOutButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QVERIFY(h->prompter.asked.first().text.contains(QStringLiteral("Safari 18 on iPhone, Paris, France")));
        QTRY_COMPARE(sessions()->model()->rowCount(), 3);
        QCOMPARE(rowContaining(sessions(), QStringLiteral("iPhone")), -1);
        QVERIFY(w<QLabel>("securityStatusLabel")->text().contains(QStringLiteral("was signed out")));
        QCOMPARE(w<QTabWidget>("securityTabWidget")->tabText(0), QStringLiteral("&Devices (3)"));

        const QStringList left = serverOtherSessions();
        QVERIFY(!left.contains(kFixtureSessions.at(2)));
        QVERIFY(left.contains(kFixtureSessions.at(0)) && left.contains(kFixtureSessions.at(1)));
        QCOMPARE(left.size(), 3); // the two others and this app's
    }

    void shouldSignOutAllOtherSessions()
    {
        QTest::mouseClick(button("securitySignOutOthersButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QVERIFY(h->prompter.asked.first().text.contains(plural("3 other session(s) will be signed out")));
        QTRY_COMPARE(sessions()->model()->rowCount(), 1);
        QVERIFY(cell(sessions(), 0, 0).contains(QStringLiteral("This device: ")));
        QVERIFY(w<QLabel>("securitySessionsEmptyLabel")->isVisible());
        QVERIFY(!button("securitySignOutOthersButton")->isEnabled());
        QVERIFY(w<QLabel>("securityStatusLabel")->text().contains(plural("3 other session(s) signed out.")));

        // On the server only this app's session is left (besides the test's own): it still works.
        const QStringList left = serverOtherSessions();
        QCOMPARE(left.size(), 1);
        for (const QString &id : kFixtureSessions)
            QVERIFY(!left.contains(id));
        QTest::mouseClick(button("securityReloadButton"), Qt::LeftButton);
        QTRY_COMPARE(sessions()->model()->rowCount(), 2); // this device and the test's session
        QVERIFY(rowContaining(sessions(), QStringLiteral("This device: ")) >= 0);
        QVERIFY(!w<QWidget>("securityErrorFrame")->isVisible());
    }

    void shouldRevokeTheAdministrator()
    {
        showTab("securityDelegatesTab");
        clickRow(delegates(), 0);
        QVERIFY(button("securityRevokeButton")->isEnabled());
        QTest::mouseClick(button("securityRevokeButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QVERIFY(h->prompter.asked.first().text.contains(QStringLiteral("Cabinet Morel Expertise (Accountant)")));
        QTRY_VERIFY(w<QLabel>("securityDelegatesEmptyLabel")->isVisible());
        QVERIFY(!delegates()->isVisible());
        QCOMPARE(w<QTabWidget>("securityTabWidget")->tabText(2), QStringLiteral("Ad&ministrators (0)"));
        QVERIFY(serverItems("/v1/account/delegates").isEmpty());
    }

    void shouldSendNothingWhenDeclined()
    {
        const QStringList before = serverOtherSessions();
        h->prompter.answer = false;
        clickRow(sessions(), rowContaining(sessions(), QStringLiteral("macOS")));
        QTest::mouseClick(button("securitySignOutButton"), Qt::LeftButton);
        QTest::mouseClick(button("securitySignOutOthersButton"), Qt::LeftButton);
        showTab("securityDelegatesTab");
        clickRow(delegates(), 0);
        QTest::mouseClick(button("securityRevokeButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 3);
        QVERIFY(h->prompter.asked.at(1).acceptLabel.contains(plural("Sign out 3 session(s)")));
        QVERIFY(!w<QProgressBar>("securityLoadingProgressBar")->isVisible()); // nothing in flight
        QVERIFY(loaded());
        QCOMPARE(serverOtherSessions(), before);
        QCOMPARE(serverItems("/v1/account/delegates").size(), 1);
        QVERIFY(w<QLabel>("securityStatusLabel")->text().isEmpty());
    }

    void shouldOpenThePasswordPage()
    {
        const int opened = int(h->browser.opened.size());
        QTest::mouseClick(button("securityChangePasswordButton"), Qt::LeftButton);
        QCOMPARE(h->browser.opened.size(), opened + 1);
        QUrl expected = h->server->url(QStringLiteral("/account/password"));
        expected.setQuery(QStringLiteral("ui_locales=en"));
        QCOMPARE(h->browser.opened.last(), expected);
        const HttpResult pageAnswer = HttpClient().get(h->browser.opened.last());
        QCOMPARE(pageAnswer.status, 200);
        QVERIFY(pageAnswer.body.contains("Change your Facturos password"));
        QVERIFY(h->prompter.informed.isEmpty());
    }

    void shouldSayWhenTheServerIsGone()
    {
        showTab("securityDelegatesTab");
        clickRow(delegates(), 0);
        h->server.reset();
        QTest::mouseClick(button("securityRevokeButton"), Qt::LeftButton);
        QTRY_VERIFY(w<QWidget>("securityErrorFrame")->isVisible());
        QCOMPARE(w<QLabel>("securityErrorLabel")->text(),
                 pages::ErrorText::forSession(auth::SessionError::ServerUnreachable));
        QCOMPARE(delegates()->model()->rowCount(), 1); // still listed: nothing was revoked
        QVERIFY(w<QLabel>("securityStatusLabel")->text().isEmpty());
        QTRY_VERIFY(h->window().isBannerShown());
    }
};

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
