// docs/automation.md cannot go stale: the real app, signed in to the demo account, is walked screen by screen
// (sign-in, main window with its menus, every section, the dialogs they open), its interactive widgets listed
// with objectName, accessible name and AT-SPI role, and the document's tables must be exactly that list.
// Every interactive widget must also be automatable: a stable objectName and an accessible name, unique on its
// screen. FACTUROS_WRITE_AUTOMATION_DOC=1 rewrites the tables instead of comparing them.

#include "screenwalk.h"
#include "widgetinventory.h"

#include <QFile>

using namespace facturos;
using namespace facturos::test;

namespace {

// Gaps reported to the lead: each needs a line in a page's code (not in a .ui form). Listed so that the test
// still fails on any new gap, and on a listed one once it is fixed (then delete its line here).
const QStringList kKnownGaps = {};

const QString kBegin = QStringLiteral("<!-- BEGIN widget tables");
const QString kEnd = QStringLiteral("<!-- END widget tables -->");

QString docPath()
{
    return qEnvironmentVariable("FACTUROS_SOURCE_DIR") + QStringLiteral("/docs/automation.md");
}

// The generated part of the document: from the line after the BEGIN marker to the END marker.
bool splitDoc(const QString &doc, qsizetype *from, qsizetype *to)
{
    const qsizetype begin = doc.indexOf(kBegin);
    *to = doc.indexOf(kEnd);
    if (begin < 0 || *to < begin)
        return false;
    *from = doc.indexOf(QLatin1Char('\n'), begin) + 1;
    return *from > 0 && *from <= *to;
}

// Lines only in the document (-) and only in the app (+), each under the heading of its screen.
QString lineDiff(const QString &documented, const QString &actual)
{
    const QStringList doc = documented.split(QLatin1Char('\n'));
    const QStringList app = actual.split(QLatin1Char('\n'));
    QString out;
    const auto report = [&out](const QStringList &lines, const QStringList &other, QChar sign) {
        QString heading;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("### ")))
                heading = line;
            if (!line.isEmpty() && !other.contains(line))
                out += QStringLiteral("%1 %2   [%3]\n").arg(sign).arg(line, heading);
        }
    };
    report(doc, app, QLatin1Char('-'));
    report(app, doc, QLatin1Char('+'));
    return out.isEmpty() ? QStringLiteral("(same lines, different order)\n") : out;
}

} // namespace

class TestAutomationDoc : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;
    QList<Screen> m_screens;

private slots:
    void initTestCase()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        const QString missed = walkScreens(*h, [this](const WalkedScreen &screen) {
            if (screen.kind == WalkedScreen::Kind::Dialog) {
                Screen listed{QStringLiteral("Dialog: %1").arg(screen.title), {widgetRow(screen.root)}};
                listed.rows.append(inventory(screen.root));
                m_screens.append(listed);
                return;
            }
            m_screens.append({screen.title, inventory(screen.root, screen.skip)});
        });
        QVERIFY2(missed.isEmpty(), qPrintable(missed));
    }

    void cleanupTestCase()
    {
        if (h)
            h->signOut();
        h.reset();
    }

    void shouldFindTheScreens()
    {
        QStringList titles;
        for (const Screen &screen : std::as_const(m_screens))
            titles.append(screen.title);
        QVERIFY2(titles.size() >= 10 + 5, qPrintable(titles.join(QStringLiteral(", "))));
        for (const Screen &screen : std::as_const(m_screens))
            QVERIFY2(!screen.rows.isEmpty(), qPrintable(screen.title));
    }

    void docShouldListEveryInteractiveWidget()
    {
        QFile file(docPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(docPath()));
        const QString doc = QString::fromUtf8(file.readAll());
        file.close();
        qsizetype from = 0;
        qsizetype to = 0;
        QVERIFY2(splitDoc(doc, &from, &to), "docs/automation.md lacks the BEGIN/END widget tables markers");
        const QString generated = markdown(m_screens) + QLatin1Char('\n');
        if (qEnvironmentVariableIntValue("FACTUROS_WRITE_AUTOMATION_DOC") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write((doc.left(from) + generated + doc.mid(to)).toUtf8());
            qInfo("rewrote the widget tables of %s", qPrintable(docPath()));
            return;
        }
        const QString documented = doc.mid(from, to - from);
        QVERIFY2(documented == generated,
                 qPrintable(QStringLiteral("docs/automation.md differs from the app (regenerate: "
                                           "FACTUROS_WRITE_AUTOMATION_DOC=1 scripts/test -R tst_automationdoc):\n") +
                            lineDiff(documented, generated)));
    }

    void everyInteractiveWidgetShouldBeNamed()
    {
        QStringList problems;
        for (const Screen &screen : std::as_const(m_screens))
            problems.append(namingProblems(screen));
        QStringList fixed;
        for (const QString &gap : kKnownGaps) {
            const auto known = [&gap](const QString &problem) { return problem.startsWith(gap + QLatin1String(" (")); };
            if (std::none_of(problems.cbegin(), problems.cend(), known))
                fixed.append(gap);
            else
                qWarning("known gap (reported): %s", qPrintable(gap));
            problems.erase(std::remove_if(problems.begin(), problems.end(), known), problems.end());
        }
        QVERIFY2(fixed.isEmpty(),
                 qPrintable(QStringLiteral("fixed, remove from kKnownGaps:\n") + fixed.join(QLatin1Char('\n'))));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 widget(s) an outside tool cannot find reliably:\n").arg(problems.size()) +
                       problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAutomationDoc)
#include "tst_automationdoc.moc"
