// Regenerates the README's screenshots: every screen of the app in French and in English, on the demo
// account, against the real reference server on loopback (the program acting as the browser for the sign-in).
// Run through scripts/screenshots, which writes docs/screenshots/<lang>/<nn>-<screen>.png.
//   screenshots OUTPUT_DIR

#include "guitest.h"

#include <cstdio>
#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QProgressBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace facturos;

namespace {

// Waits until nothing on `widget` shows a busy indicator, then runs what that queued.
void settle(QWidget *widget)
{
    (void)QTest::qWaitFor(
        [widget] {
            const auto bars = widget->findChildren<QProgressBar *>();
            return std::none_of(bars.cbegin(), bars.cend(),
                                [](QProgressBar *bar) { return bar->isVisible() && bar->maximum() == 0; });
        },
        5000);
    // The layouts and updates those last answers queued (grab() paints the widget itself).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool shoot(const QString &language, const QDir &dir)
{
    test::AppHarness h(language);
    h.prompter.answer = false; // nothing is confirmed while the screens are taken
    h.app = std::make_unique<app::CompositionRoot>(h.options());
    app::CompositionRoot &root = *h.app;
    pages::MainWindow &window = root.window();
    window.resize(1120, 780);
    root.start();
    using Status = controllers::SessionController::Status;
    if (!QTest::qWaitFor([&] { return root.session().status() != Status::Restoring; }, 15000))
        return false;
    if (root.session().status() == Status::SignedIn) { // a token left by an interrupted run: start afresh
        root.session().signOut();
        (void)QTest::qWaitFor([&] { return root.session().status() == Status::SignedOut; }, 10000);
    }
    settle(&window);
    bool ok = save(&window, dir, QStringLiteral("00-sign-in"));

    root.session().signIn();
    if (!QTest::qWaitFor([&] { return root.overview().hasLoaded(); }, 15000)) {
        std::fprintf(stderr, "sign-in did not complete: %s\n", qPrintable(h.browser.failure));
        return false;
    }
    int index = 1;
    for (const QString &key : window.sections()) {
        window.showSection(key);
        settle(&window);
        ok = save(&window, dir, QStringLiteral("%1-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(key)) && ok;
    }
    // The IMAP dialog, as opened from the Mailboxes page.
    window.showSection(pages::section::Mailboxes);
    if (auto *add = window.findChild<QAbstractButton *>(QStringLiteral("mailboxesAddImapButton"))) {
        add->click();
        QDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                return (dialog = window.findChild<QDialog *>(QStringLiteral("mailboxesImapDialog"))) &&
                       dialog->isVisible();
            },
            5000);
        if (dialog) {
            dialog->adjustSize();
            settle(dialog);
            ok = save(dialog, dir, QStringLiteral("%1-imap-dialog").arg(index, 2, 10, QLatin1Char('0'))) && ok;
            dialog->reject();
        }
    }
    root.session().signOut();
    (void)QTest::qWaitFor([&] { return root.session().status() == Status::SignedOut; }, 10000);
    window.close();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("facturos-account"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: screenshots OUTPUT_DIR\n");
        return 2;
    }
    bool ok = true;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QDir dir(args.at(1));
        dir.mkpath(language);
        dir.cd(language);
        for (const QString &old : dir.entryList({QStringLiteral("*.png")}, QDir::Files))
            dir.remove(old);
        ok = shoot(language, dir) && ok;
    }
    return ok ? 0 : 1;
}
