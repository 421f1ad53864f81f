// The main window: the sidebar holds the registered sections in DESIGN.md order and switches pages, the
// section is remembered, the settings file holds no personal data, and the banner appears when the server
// goes away.

#include "guitest.h"

#include "controllers/overviewcontroller.h"
#include "pages/errortext.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
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
        // The composition root registers the pages built so far; Overview comes first.
        const QStringList built = window.sections();
        QCOMPARE(built.value(0), pages::section::Overview);
        auto *list = findWidget<QListWidget>(&window, QStringLiteral("sectionListWidget"));
        auto *stack = findWidget<QStackedWidget>(&window, QStringLiteral("pageStackedWidget"));
        QVERIFY(list && stack);
        QCOMPARE(list->count(), built.size());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Overview"));

        // Registered out of order, shown in the order of DESIGN.md §1 (two sections no page claims yet).
        QVERIFY(!built.contains(pages::section::Security) && !built.contains(pages::section::Mailboxes));
        auto *security = new QLabel(QStringLiteral("security page"));
        auto *mailboxes = new QLabel(QStringLiteral("mailboxes page"));
        QVERIFY(window.addSection(pages::section::Security, security));
        QVERIFY(window.addSection(pages::section::Mailboxes, mailboxes));
        QVERIFY(!window.addSection(pages::section::Mailboxes, new QLabel)); // twice: refused
        QVERIFY(!window.addSection(QStringLiteral("games"), new QLabel));   // unknown: refused
        QStringList expected;
        for (const QString &key : pages::section::order()) {
            if (built.contains(key) || key == pages::section::Security || key == pages::section::Mailboxes)
                expected.append(key);
        }
        QCOMPARE(window.sections(), expected);
        const int securityRow = int(expected.indexOf(pages::section::Security));
        QCOMPARE(list->item(int(expected.indexOf(pages::section::Mailboxes)))->text(), QStringLiteral("Mailboxes"));
        QCOMPARE(list->item(securityRow)->text(), QStringLiteral("Security"));
        QCOMPARE(window.currentSection(), pages::section::Overview); // registering does not move the user

        list->setCurrentRow(securityRow);
        QCOMPARE(stack->currentWidget(), security);
        QCOMPARE(window.currentSection(), pages::section::Security);
        QVERIFY(!window.showSection(pages::section::Data)); // not built yet: ignored
        QCOMPARE(window.currentSection(), pages::section::Security);
        QVERIFY(window.showSection(pages::section::Mailboxes));
        QCOMPARE(stack->currentWidget(), mailboxes);
    }

    void shouldRememberTheSection()
    {
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().addSection(pages::section::Data, new QLabel));
        QVERIFY(h->window().showSection(pages::section::Data));
        h->window().resize(900, 700);
        h->window().close();
        h->app.reset();

        h->start();
        QCOMPARE(h->window().currentSection(), pages::section::Overview);
        QVERIFY(h->window().addSection(pages::section::Data, new QLabel));
        QCOMPARE(h->window().currentSection(), pages::section::Data);
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
        QCOMPARE(banner->text(), QStringLiteral("Facturos can't be reached. Check your connection; we'll retry."));
        auto *retry = findWidget<QPushButton>(&h->window(), QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!retry->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
