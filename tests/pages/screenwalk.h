#pragma once
// The real app walked screen by screen, signed in to the demo account, the way a user opens them: the sign-in
// page, the main window (menus, banner), every section with its lists built, then the dialogs (the profile's
// conflict dialog, Add IMAP mailbox, Help › Contact, Diagnostics and Copy support snapshot). Each screen is
// handed to the caller while it shows; a dialog is closed after. tst_automationdoc lists their widgets,
// tst_mnemonics their Alt keys.

#include "guitest.h"

#include "httpclient.h"

#include "pages/diagnostics.h"

#include <functional>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>

namespace facturos::test {

struct WalkedScreen
{
    enum class Kind { SignIn, MainWindow, Section, Dialog };
    Kind kind;
    QString title;        // the section's title, the dialog's window title
    QWidget *root;        // the page, the window or the dialog
    QSet<QWidget *> skip; // subtrees of root that are screens of their own
};
using ScreenVisitor = std::function<void(const WalkedScreen &)>;

namespace screenwalk {

// Runs `trigger` and hands over the first dialog it shows, then closes it. Works for open() and exec() alike:
// the visit runs from a timer, inside exec()'s own event loop when there is one.
inline bool dialog(const ScreenVisitor &visit, const std::function<void()> &trigger)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    bool visited = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *shown = qobject_cast<QDialog *>(top);
            if (!shown || !shown->isVisible() || before.contains(top) || qobject_cast<QMessageBox *>(top))
                continue;
            poll.stop();
            visit({WalkedScreen::Kind::Dialog, shown->windowTitle(), shown, {}});
            visited = true;
            shown->reject();
            return;
        }
    });
    poll.start();
    trigger();
    return QTest::qWaitFor([&visited] { return visited; }, 15000);
}

// A 412 on save: the phone changed on the server after the page loaded it.
inline bool conflictDialog(AppHarness &h, const ScreenVisitor &visit)
{
    auto *phone = findWidget<QLineEdit>(&h.window(), QStringLiteral("phoneLineEdit"));
    if (!phone || !QTest::qWaitFor([phone] { return !phone->text().isEmpty(); }, 10000))
        return false;
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("06 11 22 33 44"));
    const QUrl url = h.server->url(QStringLiteral("/v1/account/profile"));
    const QByteArray other = h.server->signInDirect(kDemoEmail);
    const HttpResult current = HttpClient().get(url, other);
    const HttpResult changed =
        HttpClient().sendJson("PATCH", url, {{QStringLiteral("phone"), QStringLiteral("+33699887766")}}, other,
                              {{"If-Match", current.header("ETag")}});
    if (changed.status != 200)
        return false;
    auto *save = findWidget<QPushButton>(&h.window(), QStringLiteral("saveButton"));
    const bool visited = dialog(visit, [save] { QTest::mouseClick(save, Qt::LeftButton); });
    QTest::mouseClick(findWidget<QPushButton>(&h.window(), QStringLiteral("discardButton")), Qt::LeftButton);
    return visited;
}

inline bool actionDialog(AppHarness &h, const ScreenVisitor &visit, const char *actionName)
{
    auto *action = h.window().findChild<QAction *>(QLatin1String(actionName));
    if (!action || !action->isEnabled())
        return false;
    return dialog(visit, [action] { action->trigger(); });
}

} // namespace screenwalk

// Starts `h`'s app, signs in and walks every screen; empty, or the screen it could not reach.
inline QString walkScreens(AppHarness &h, const ScreenVisitor &visit)
{
    if (!h.startAndSignIn())
        return QStringLiteral("the demo account could not sign in");
    pages::MainWindow &window = h.window();
    pages::DiagnosticsTarget target;
    target.server = h.server->url();
    target.language = h.language;
    target.keychainService = testKeychainService();
    target.profileDir = h.profile.path();
    window.setDiagnosticsTarget(target); // as main.cpp does: Help › Diagnostics appears

    auto *signIn = window.findChild<QWidget *>(QStringLiteral("signInPage"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
    if (!signIn || !pages)
        return QStringLiteral("no sign-in page or page stack");
    visit({WalkedScreen::Kind::SignIn, QStringLiteral("Sign-in"), signIn, {}});
    visit({WalkedScreen::Kind::MainWindow, QStringLiteral("Main window"), &window, {signIn, pages}});

    // The lists that build widgets per item are complete before they are visited.
    h.buildEveryPage();
    if (!QTest::qWaitFor([&window] { return window.findChild<QWidget *>(QStringLiteral("mailboxesCard1Frame")); },
                         15000))
        return QStringLiteral("the mailbox cards did not show");
    for (const QString &key : window.sections()) {
        if (!window.showSection(key))
            return key;
        visit({WalkedScreen::Kind::Section, pages::MainWindow::titleFor(key), pages->currentWidget(), {}});
    }

    if (!window.showSection(pages::section::Personal) || !screenwalk::conflictDialog(h, visit))
        return QStringLiteral("the conflict dialog did not open");
    auto *addImap = findWidget<QPushButton>(&window, QStringLiteral("mailboxesAddImapButton"));
    if (!window.showSection(pages::section::Mailboxes) ||
        !screenwalk::dialog(visit, [addImap] { QTest::mouseClick(addImap, Qt::LeftButton); }))
        return QStringLiteral("the IMAP dialog did not open");
    for (const char *action : {"contactAction", "diagnosticsAction", "supportSnapshotAction"}) {
        if (!screenwalk::actionDialog(h, visit, action))
            return QString::fromLatin1(action);
    }
    return {};
}

} // namespace facturos::test
