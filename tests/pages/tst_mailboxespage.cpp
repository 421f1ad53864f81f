// The Mailboxes page on the demo account: the two demo mailboxes with their status (Gmail connected, IMAP
// needing reconnection because its password was refused), progress while loading, a sentence when the server
// is gone (the list kept), the Overview alert landing here, "Connect Gmail" end to end with the test as the
// browser on the provider's page, the wait with Copy the link and Cancel when no browser opens, Disconnect only
// once confirmed, Reconnect for Gmail with the address preselected, and the empty state.
// The IMAP dialog has its own test (tst_mailboxesimap).

#include "mailboxestest.h"

#include "server/database.h"
#include "server/servercontext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>

using namespace facturos;
using namespace facturos::test;

class TestMailboxesPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;
    std::unique_ptr<MailProviderBrowser> browser;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("mailboxesPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QString status() { return w<QLabel>("mailboxesStatusLabel")->text(); }
    QPushButton *cardButton(const QString &address, const char *suffix)
    {
        return cardWidget<QPushButton>(page(), cardOf(page(), address), suffix);
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        browser = std::make_unique<MailProviderBrowser>(h->browser);
        h->opener = browser.get();
        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Mailboxes));
        QTRY_COMPARE(cardCount(page()), 2);
    }
    void cleanup()
    {
        h->prompter.answer = true;
        h->signOut();
        h.reset();
        browser.reset();
    }

    void shouldShowTheDemoMailboxes()
    {
        const QString gmail = cardOf(page(), kDemoGmail);
        const QString imap = cardOf(page(), kDemoImap);
        QVERIFY(!gmail.isEmpty() && !imap.isEmpty());
        QCOMPARE(cardWidget<QLabel>(page(), gmail, "StatusLabel")->text(), QStringLiteral("Connected"));
        QVERIFY(
            cardWidget<QLabel>(page(), gmail, "KindLabel")->text().contains(QLatin1String("https://mail.google.com/")));
        QVERIFY(cardWidget<QLabel>(page(), gmail, "KindLabel")->text().contains(QLatin1String("full access")));
        QVERIFY(cardWidget<QLabel>(page(), gmail, "ReasonLabel")->isHidden());
        // Dates in the user's locale, long but without the weekday.
        const QString dates = cardWidget<QLabel>(page(), gmail, "DatesLabel")->text();
        QVERIFY2(dates.startsWith(QLatin1String("Connected on ")) && dates.contains(QStringLiteral(" · last used on ")),
                 qPrintable(dates));
        QVERIFY(dates.contains(QLocale().monthName(4)) && dates.contains(QLocale().monthName(11)));
        QVERIFY(dates.contains(QLatin1String("14")) && dates.contains(QLatin1String("24")));
        QVERIFY(!dates.contains(QLocale().dayName(2))); // 14 April 2026 is a Tuesday
        QVERIFY(!page()->findChild<QPushButton *>(gmail + QStringLiteral("ReconnectButton")));

        QCOMPARE(cardWidget<QLabel>(page(), imap, "StatusLabel")->text(), QStringLiteral("Needs reconnection"));
        QVERIFY(
            cardWidget<QLabel>(page(), imap, "KindLabel")->text().contains(QLatin1String("imap.atelier-durand.fr")));
        auto *reason = cardWidget<QLabel>(page(), imap, "ReasonLabel");
        QVERIFY(!reason->isHidden());
        QVERIFY2(reason->text().startsWith(QLatin1String("The password was refused")), qPrintable(reason->text()));
        QVERIFY(cardButton(kDemoImap, "ReconnectButton")->isEnabled());

        QVERIFY(w<QLabel>("mailboxesGmailScopeLabel")->text().contains(QLatin1String("full access")));
        QVERIFY(w<QLabel>("mailboxesGmailScopeLabel")->text().contains(QLatin1String("https://mail.google.com/")));
        QVERIFY(w<QLabel>("mailboxesGmailScopeLabel")->text().contains(QLatin1String("only the access token")));
        QVERIFY(w<QLabel>("mailboxesEmptyLabel")->isHidden());
        QVERIFY(w<QFrame>("mailboxesGmailWaitFrame")->isHidden());
        QVERIFY(w<QFrame>("mailboxesStatusFrame")->isHidden());
        QVERIFY(w<QProgressBar>("mailboxesLoadingProgressBar")->isHidden());

        // Every button: a stable name ending in its class, a unique accessible name, a description.
        QStringList names;
        for (QAbstractButton *button : page()->findChildren<QAbstractButton *>()) {
            QVERIFY2(button->objectName().startsWith(QLatin1String("mailboxes")), qPrintable(button->objectName()));
            QVERIFY2(button->objectName().endsWith(QLatin1String("Button")), qPrintable(button->objectName()));
            QVERIFY2(!button->accessibleDescription().isEmpty(), qPrintable(button->objectName()));
            // An Alt key each, except on the cards: every card repeats its buttons.
            const bool onCard = button->objectName().startsWith(QLatin1String("mailboxesCard"));
            QVERIFY2(QKeySequence::mnemonic(button->text()).isEmpty() == onCard, qPrintable(button->objectName()));
            QVERIFY2(!names.contains(button->accessibleName()), qPrintable(button->accessibleName()));
            names.append(button->accessibleName());
        }
        QCOMPARE(names.size(), 8); // refresh, gmail, copy, cancel, imap; reconnect + 2 × disconnect
    }

    void shouldShowProgressWhileLoading()
    {
        auto *progress = w<QProgressBar>("mailboxesLoadingProgressBar");
        QTest::mouseClick(w<QPushButton>("mailboxesReloadButton"), Qt::LeftButton);
        QVERIFY(!progress->isHidden());
        QVERIFY(!w<QPushButton>("mailboxesReloadButton")->isEnabled());
        QVERIFY(!w<QPushButton>("mailboxesConnectGmailButton")->isEnabled());
        QVERIFY(!cardButton(kDemoImap, "DisconnectButton")->isEnabled());
        QTRY_VERIFY(progress->isHidden());
        QCOMPARE(cardCount(page()), 2);
        QVERIFY(cardButton(kDemoImap, "DisconnectButton")->isEnabled());
    }

    void shouldExplainWhenTheServerIsGone()
    {
        h->server.reset();
        QTest::mouseClick(w<QPushButton>("mailboxesReloadButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w<QFrame>("mailboxesStatusFrame")->isHidden(), 30000);
        QCOMPARE(status(), QStringLiteral("Facturos can't be reached. Check your connection, then try again."));
        QVERIFY(h->window().isBannerShown());
        QCOMPARE(cardCount(page()), 2); // what was read stays on the page
    }

    void shouldLandHereFromTheOverviewAlert()
    {
        QVERIFY(h->window().showSection(pages::section::Overview));
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("mailboxAlertButton")), Qt::LeftButton);
        QCOMPARE(h->window().currentSection(), pages::section::Mailboxes);
        auto *stack = findWidget<QStackedWidget>(&h->window(), QStringLiteral("pageStackedWidget"));
        QCOMPARE(stack->currentWidget(), page());
    }

    void shouldConnectGmailThroughTheBrowser()
    {
        const QString address = QStringLiteral("camille.factures@gmail.com");
        browser->address = address;
        QTest::mouseClick(w<QPushButton>("mailboxesConnectGmailButton"), Qt::LeftButton);
        QVERIFY(!w<QFrame>("mailboxesGmailWaitFrame")->isHidden()); // waiting at once
        QVERIFY(!w<QPushButton>("mailboxesConnectGmailButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(cardCount(page()), 3, 15000);
        QCOMPARE(browser->consentPages.size(), 1);
        QCOMPARE(browser->callbackStatus, 200);
        QTRY_VERIFY(w<QFrame>("mailboxesGmailWaitFrame")->isHidden());
        QCOMPARE(status(),
                 QStringLiteral("%1 is connected. Facturos can now send your invoices from it.").arg(address));
        QVERIFY(w<QPushButton>("mailboxesConnectGmailButton")->isEnabled());
        const QString card = cardOf(page(), address);
        QCOMPARE(cardWidget<QLabel>(page(), card, "StatusLabel")->text(), QStringLiteral("Connected"));

        const QJsonObject held = serverMailbox(*h->server, address);
        QCOMPARE(held.value(QStringLiteral("kind")).toString(), QStringLiteral("gmail"));
        QCOMPARE(held.value(QStringLiteral("scopes")).toArray().first().toString(),
                 QStringLiteral("https://mail.google.com/"));
    }

    void shouldOfferTheLinkAndCancelWhenNoBrowserOpens()
    {
        browser->act = false;
        QTest::mouseClick(w<QPushButton>("mailboxesConnectGmailButton"), Qt::LeftButton);
        QTRY_VERIFY(!w<QPushButton>("mailboxesCopyLinkButton")->isHidden());
        QCOMPARE(browser->consentPages.size(), 1);
        QVERIFY(
            w<QLabel>("mailboxesGmailWaitLabel")->text().startsWith(QLatin1String("The browser could not be opened")));
        QVERIFY(!w<QProgressBar>("mailboxesGmailProgressBar")->isHidden());

        QTest::mouseClick(w<QPushButton>("mailboxesCopyLinkButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), browser->consentPages.first().toString(QUrl::FullyEncoded));
        QVERIFY(status().startsWith(QLatin1String("Link copied")));

        QTest::mouseClick(w<QPushButton>("mailboxesCancelGmailButton"), Qt::LeftButton);
        QVERIFY(w<QFrame>("mailboxesGmailWaitFrame")->isHidden());
        QVERIFY(status().startsWith(QLatin1String("Stopped waiting for Google")));
        QVERIFY(w<QPushButton>("mailboxesConnectGmailButton")->isEnabled());
        QCOMPARE(cardCount(page()), 2);
        QCOMPARE(serverMailboxes(*h->server).size(), 2);
    }

    void shouldDisconnectOnlyOnceConfirmed()
    {
        // Declined: the question says what goes, and nothing is sent.
        h->prompter.answer = false;
        QTest::mouseClick(cardButton(kDemoGmail, "DisconnectButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        QVERIFY(h->prompter.asked.last().text.contains(QLatin1String("stop using ") + kDemoGmail));
        QVERIFY(h->prompter.asked.last().details.contains(QLatin1String("access token")));
        QVERIFY(h->prompter.asked.last().details.contains(QLatin1String("revoked at Google")));
        QTest::mouseClick(cardButton(kDemoImap, "DisconnectButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 2);
        QVERIFY(h->prompter.asked.last().details.contains(QLatin1String("encrypted password")));
        QCOMPARE(h->prompter.asked.last().acceptLabel, QStringLiteral("Disconnect"));
        QVERIFY(w<QProgressBar>("mailboxesLoadingProgressBar")->isHidden());
        QCOMPARE(cardCount(page()), 2);
        QCOMPARE(serverMailboxes(*h->server).size(), 2);

        // Accepted: gone from the page and from the server.
        h->prompter.answer = true;
        QTest::mouseClick(cardButton(kDemoImap, "DisconnectButton"), Qt::LeftButton);
        QTRY_COMPARE(cardCount(page()), 1);
        QVERIFY(cardOf(page(), kDemoImap).isEmpty());
        QTRY_COMPARE(status(), kDemoImap + QStringLiteral(" is disconnected: its access was deleted and Facturos no "
                                                          "longer uses it."));
        QVERIFY(serverMailbox(*h->server, kDemoImap).isEmpty());
        QCOMPARE(serverMailboxes(*h->server).size(), 1);
        // The Overview's alert about it goes too.
        QTRY_VERIFY(!h->window().findChild<QWidget *>(QStringLiteral("mailboxAlertFrame")));
    }

    void shouldReconnectGmailWithItsAddressPreselected()
    {
        // Google withdrew the access: the server marks the mailbox, the page shows why and offers Reconnect.
        bool ok = false;
        h->server->server().context().db.exec(
            QStringLiteral("UPDATE mailboxes SET status = 'needs_reconnection', status_reason = 'token_revoked' "
                           "WHERE kind = 'gmail'"),
            {}, &ok);
        QVERIFY(ok);
        QTest::mouseClick(w<QPushButton>("mailboxesReloadButton"), Qt::LeftButton);
        QTRY_COMPARE(cardWidget<QLabel>(page(), cardOf(page(), kDemoGmail), "StatusLabel")->text(),
                     QStringLiteral("Needs reconnection"));
        QVERIFY(cardWidget<QLabel>(page(), cardOf(page(), kDemoGmail), "ReasonLabel")
                    ->text()
                    .contains(QLatin1String("withdrawn or has expired")));

        QTest::mouseClick(cardButton(kDemoGmail, "ReconnectButton"), Qt::LeftButton);
        QTRY_COMPARE(browser->consentPages.size(), 1);
        QCOMPARE(
            QUrlQuery(browser->consentPages.first()).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
            kDemoGmail);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String(" is connected.")), 15000);
        QCOMPARE(browser->proposedAddress, kDemoGmail);
        // The old token is revoked at the provider and its row goes; the new one works.
        QTRY_COMPARE(serverMailboxes(*h->server).size(), 2);
        QCOMPARE(serverMailbox(*h->server, kDemoGmail).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(cardCount(page()), 2);
        QCOMPARE(cardWidget<QLabel>(page(), cardOf(page(), kDemoGmail), "StatusLabel")->text(),
                 QStringLiteral("Connected"));
    }

    void shouldSayWhatToDoWhenNoMailboxIsLeft()
    {
        QVERIFY(w<QLabel>("mailboxesEmptyLabel")->isHidden());
        for (const QString &address : {kDemoGmail, kDemoImap}) {
            QTest::mouseClick(cardButton(address, "DisconnectButton"), Qt::LeftButton);
            QTRY_VERIFY(cardOf(page(), address).isEmpty());
        }
        QTRY_VERIFY(!w<QLabel>("mailboxesEmptyLabel")->isHidden());
        QVERIFY(w<QLabel>("mailboxesEmptyLabel")->text().startsWith(QLatin1String("No mailbox connected yet")));
        QCOMPARE(serverMailboxes(*h->server).size(), 0);
    }
};

QTEST_MAIN(TestMailboxesPage)
#include "tst_mailboxespage.moc"
