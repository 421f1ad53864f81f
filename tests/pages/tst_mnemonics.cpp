// Alt+letter reaches one control, in French and in English: on every screen of the real app (each section with
// the main window's menus and banner, the sign-in page, every dialog), no two controls share a mnemonic —
// Qt then only moves the focus between them. Hidden controls count: a screen's state shows them (a banner, an
// error). Controls built per item count as the demo account has them: two mailbox cards, the mailbox and
// privacy statement alerts (not the closure alert: no closure is scheduled). Standard dialog buttons count
// with their first letter, which GNOME and KDE give them.
// MNEMONICS_DUMP=1 lists every screen's Alt keys, to pick a free letter for a new control or a translation.

#include "screenwalk.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>

using namespace facturos;
using namespace facturos::test;

namespace {

struct Mnemonic
{
    QKeySequence key;
    QString text;
    QString objectName;
};

void add(QList<Mnemonic> &out, const QString &text, const QString &objectName)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        out.append({key, text, objectName});
}

// The mnemonics of the controls under `root` that share its window, `skip` left out.
QList<Mnemonic> mnemonics(QWidget *root, const QSet<QWidget *> &skip = {})
{
    QList<Mnemonic> found;
    std::function<void(QWidget *)> walk = [&](QWidget *parent) {
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (!w || w->isWindow() || skip.contains(w))
                continue;
            if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                for (QAction *menu : bar->actions())
                    add(found, menu->text(), menu->objectName());
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(found, tabs->tabText(i), tabs->objectName());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                auto *box = qobject_cast<QDialogButtonBox *>(parent);
                if (box && box->standardButton(button) != QDialogButtonBox::NoButton) {
                    const QString plain = QString(button->text()).remove(QLatin1Char('&'));
                    add(found, QLatin1Char('&') + plain, button->objectName());
                } else {
                    add(found, button->text(), button->objectName());
                }
            } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
                add(found, label->text(), label->objectName());
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                add(found, group->title(), group->objectName());
            }
            walk(w);
        }
    };
    walk(root);
    return found;
}

// "Screen: Alt+X — “A” (a), “B” (b)" for each key more than one control has.
QStringList clashes(const QString &screen, const QList<Mnemonic> &found)
{
    QMap<QString, QStringList> byKey;
    for (const Mnemonic &m : found)
        byKey[m.key.toString()].append(QStringLiteral("“%1” (%2)").arg(m.text, m.objectName));
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out.append(QStringLiteral("%1: %2 — %3").arg(screen, it.key(), it.value().join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }

    void noTwoControlsShareAnAltKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void noTwoControlsShareAnAltKey()
    {
        QFETCH(QString, language);
        AppHarness h(language);
        QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
        QList<Mnemonic> chrome; // the main window's menus and banner, there with every page
        struct Keys
        {
            QString screen;
            QList<Mnemonic> found;
            bool inWindow; // the main window's menus and banner are there too
        };
        QList<Keys> screens;
        const QString missed = walkScreens(h, [&](const WalkedScreen &screen) {
            switch (screen.kind) {
            case WalkedScreen::Kind::MainWindow:
                chrome = mnemonics(screen.root, screen.skip);
                return;
            case WalkedScreen::Kind::SignIn:
            case WalkedScreen::Kind::Section:
                screens.append({screen.title, mnemonics(screen.root), true});
                return;
            case WalkedScreen::Kind::Dialog:
                screens.append({QStringLiteral("Dialog “%1”").arg(screen.title), mnemonics(screen.root), false});
                return;
            }
        });
        h.signOut();
        QVERIFY2(missed.isEmpty(), qPrintable(missed));
        QVERIFY(!chrome.isEmpty());
        QVERIFY(screens.size() >= 1 + 8 + 5); // sign-in, the sections, the dialogs
        for (Keys &keys : screens) {
            if (keys.inWindow)
                keys.found.append(chrome); // visited after the sign-in page: added once all are in
        }
        if (qEnvironmentVariableIsSet("MNEMONICS_DUMP")) {
            for (const Keys &keys : std::as_const(screens)) {
                QStringList listed;
                for (const Mnemonic &m : keys.found)
                    listed.append(m.key.toString().right(1) + QLatin1Char('=') + m.text);
                listed.sort();
                qWarning("%s: %s", qPrintable(keys.screen), qPrintable(listed.join(QStringLiteral(" | "))));
            }
        }
        QStringList problems;
        for (const Keys &keys : std::as_const(screens))
            problems.append(clashes(keys.screen, keys.found));
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 Alt keys shared (listed above)").arg(problems.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
