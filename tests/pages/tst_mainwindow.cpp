// The main window: the sidebar holds the registered sections in DESIGN.md order and switches pages, the
// section is remembered, the settings file holds no personal data, and the banner appears when the server
// goes away.

#include "guitest.h"

#include "controllers/overviewcontroller.h"
#include "pages/errortext.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>

using namespace facturos;
using namespace facturos::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

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

    void shouldListOnlyRegisteredSectionsInOrderAndSwitch()
    {
        QVERIFY(h->startAndSignIn());
        pages::MainWindow &window = h->window();
        // The composition root registers every section, in DESIGN.md §1's order.
        const QStringList order = pages::section::order();
        QCOMPARE(window.sections(), order);
        auto *list = findWidget<QListWidget>(&window, QStringLiteral("sectionListWidget"));
        auto *stack = findWidget<QStackedWidget>(&window, QStringLiteral("pageStackedWidget"));
        QVERIFY(list && stack);

        // Only the page on screen is built; another is built when its section first shows, or when asked for.
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("overviewPage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("securityPage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("dataPage")));
        QWidget *data = window.page(pages::section::Data);
        QVERIFY(data && data->objectName() == QStringLiteral("dataPage"));
        QCOMPARE(window.page(pages::section::Data), data); // once
        QCOMPARE(window.currentSection(), pages::section::Overview);
        QVERIFY(!window.page(QStringLiteral("games")));

        QVERIFY(!window.addSection(pages::section::Mailboxes, new QLabel)); // twice: refused
        QVERIFY(!window.addSection(QStringLiteral("games"), new QLabel));   // unknown: refused
        QCOMPARE(list->count(), order.size());
        const QStringList titles = {QStringLiteral("Overview"),       QStringLiteral("Personal information"),
                                    QStringLiteral("Communications"), QStringLiteral("Cookies & tracking"),
                                    QStringLiteral("Mailboxes"),      QStringLiteral("Security"),
                                    QStringLiteral("Your data"),      QStringLiteral("Close account")};
        for (int row = 0; row < list->count(); ++row)
            QCOMPARE(list->item(row)->text(), titles.value(row));
        QCOMPARE(window.currentSection(), pages::section::Overview); // registering does not move the user

        const int securityRow = int(order.indexOf(pages::section::Security));
        list->setCurrentRow(securityRow);
        QCOMPARE(stack->currentIndex(), securityRow);
        QCOMPARE(stack->currentWidget(), window.findChild<QWidget *>(QStringLiteral("securityPage")));
        QCOMPARE(window.currentSection(), pages::section::Security);
        QVERIFY(!window.showSection(QStringLiteral("games"))); // unknown: ignored
        QCOMPARE(window.currentSection(), pages::section::Security);
        QVERIFY(window.showSection(pages::section::Mailboxes));
        QCOMPARE(stack->currentIndex(), int(order.indexOf(pages::section::Mailboxes)));
        QCOMPARE(list->currentRow(), int(order.indexOf(pages::section::Mailboxes)));

        // A screen reader selects an item (AT-SPI "Toggle") without making it current: the page follows.
        const int dataRow = int(order.indexOf(pages::section::Data));
        list->item(dataRow)->setSelected(true);
        QCOMPARE(window.currentSection(), pages::section::Data);
        QCOMPARE(stack->currentIndex(), dataRow);
    }

    void shouldNameTheAccountMenuAfterTheUserAndKeepItsAltKey()
    {
        QVERIFY(h->startAndSignIn());
        auto *menu = findWidget<QMenu>(&h->window(), QStringLiteral("accountMenu"));
        QTRY_COMPARE(menu->title(), QStringLiteral("&Account: Camille Durand"));
        QCOMPARE(QKeySequence::mnemonic(menu->title()), QKeySequence(Qt::ALT | Qt::Key_A));
        h->window().setAccountName(QStringLiteral("Dupont & Fils")); // an '&' in a name is shown, not an Alt key
        QCOMPARE(menu->title(), QStringLiteral("&Account: Dupont && Fils"));
        QCOMPARE(QKeySequence::mnemonic(menu->title()), QKeySequence(Qt::ALT | Qt::Key_A));
    }

    void shouldRememberTheSection()
    {
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Cookies));
        h->window().resize(900, 700);
        h->window().close();
        h->app.reset();

        h->start();
        QCOMPARE(h->window().currentSection(), pages::section::Cookies);
        QCOMPARE(h->window().size(), QSize(900, 700));
    }

    void shouldKeepNoPersonalDataInSettings()
    {
        QVERIFY(h->startAndSignIn());
        const QString path = h->app->settingsPath();
        QVERIFY(path.startsWith(h->profile.path()));
        h->window().close();
        h->app.reset();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("geometry"));
        QVERIFY(settings.contains("section"));
        for (const QByteArray &personal :
             {QByteArray("demo@facturos.test"), QByteArray("Camille"), QByteArray("Durand"),
              QByteArray("demo%40facturos"), QByteArray("atelier-durand")})
            QVERIFY2(!settings.contains(personal), personal.constData());
        QVERIFY(!settings.toLower().contains("token"));
    }

    void shouldShowTheBannerWhenTheServerGoesAway()
    {
        QVERIFY(h->startAndSignIn());
        auto *banner = findWidget<QLabel>(&h->window(), QStringLiteral("bannerLabel"));
        QVERIFY(banner);
        QVERIFY(!h->window().isBannerShown());
        h->server.reset();
        h->app->overview().load();
        QTRY_VERIFY_WITH_TIMEOUT(h->window().isBannerShown(), 30000);
        QCOMPARE(banner->text(), QStringLiteral("Facturos can't be reached. Check your connection; we'll retry. "
                                                "Next try in 5 seconds."));
        auto *retry = findWidget<QPushButton>(&h->window(), QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!retry->accessibleName().isEmpty());
    }

    void shouldSayWhyThePrivacyStatementDidNotOpen()
    {
        QVERIFY(h->startAndSignIn());
        h->browser.act = false;
        h->server.reset();
        h->window().openPrivacyStatement();
        QTRY_COMPARE_WITH_TIMEOUT(h->prompter.informed.size(), 1, 30000);
        QCOMPARE(h->prompter.informed.constFirst(),
                 QStringLiteral("Facturos can't be reached. Check your connection, then try again."));
        QVERIFY(h->browser.opened.size() <= 1); // only the sign-in's page: the statement never opened
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
