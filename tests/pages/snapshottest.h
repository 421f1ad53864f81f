#pragma once
// What the support snapshot tests share: taking a snapshot the way a user does (Help › Copy support snapshot…,
// then the dialog's text), reading every list of the app to its end, and the visible structure of every screen
// as lines that can be compared between the user's app and support's reproduction of it — sections, statuses,
// alerts, list lengths and their first page, choices, closure — leaving out what placeholders change (names,
// addresses, identifiers, IP addresses and the places derived from them).

#include "guitest.h"

#include "core/validation.h"
#include "pages/supportsnapshotdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace facturos::test {

// Help › Copy support snapshot… in `h`'s window; the dialog's text once the snapshot is shown (empty on failure).
inline QString takeSnapshotThroughHelp(AppHarness &h, pages::SupportSnapshotDialog **dialogOut = nullptr)
{
    auto *action = h.window().findChild<QAction *>(QStringLiteral("supportSnapshotAction"));
    if (!action || !action->isEnabled())
        return {};
    action->trigger();
    pages::SupportSnapshotDialog *dialog = nullptr; // the open one: a closed one may still wait to be deleted
    for (auto *d : h.window().findChildren<pages::SupportSnapshotDialog *>(QStringLiteral("supportSnapshotDialog"))) {
        if (d->isVisible())
            dialog = d;
    }
    // What the view shows, a line per row.
    auto *view = dialog ? dialog->findChild<QAbstractItemView *>(QStringLiteral("supportSnapshotView")) : nullptr;
    if (!view || !QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 30000))
        return {};
    if (dialogOut)
        *dialogOut = dialog;
    QStringList lines;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        lines.append(view->model()->index(row, 0).data().toString());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

inline QWidget *pageOf(AppHarness &h, const char *name)
{
    return h.window().findChild<QWidget *>(QLatin1String(name));
}

inline QAbstractItemModel *tableModel(AppHarness &h, const char *page, const char *table)
{
    QWidget *p = pageOf(h, page);
    auto *view = p ? p->findChild<QTableView *>(QLatin1String(table)) : nullptr;
    return view ? view->model() : nullptr;
}

// Fetches the rest of a lazily paged table; true once the server said there is no more.
inline bool fetchToEnd(QAbstractItemModel *model)
{
    if (!model)
        return false;
    return QTest::qWaitFor(
        [model] {
            if (model->canFetchMore({}))
                model->fetchMore({}); // a no-op while a page is in flight
            return !model->canFetchMore({});
        },
        30000);
}

inline QString rowText(QAbstractItemModel *model, int row, const QList<int> &columns)
{
    QStringList cells;
    for (int column : columns)
        cells.append(model->index(row, column).data().toString());
    return cells.join(QStringLiteral(" | "));
}

// The first page of the activity as shown (date, result, device, browser), without the sign-in of whoever is
// looking (the newest row): the user's own in their app, support's in the reproduction.
inline QStringList activityFirstPage(AppHarness &h)
{
    QAbstractItemModel *model = tableModel(h, "securityPage", "securityActivityTableView");
    QStringList rows;
    for (int row = 1; model && row < std::min(model->rowCount(), controllers::kSnapshotExplicitRows); ++row)
        rows.append(rowText(model, row, {0, 1, 3, 4}));
    if (model && model->rowCount() > 0)
        rows.prepend(QStringLiteral("newest: ") + model->index(0, 1).data().toString());
    return rows;
}

// Every screen's visible structure, one line per fact. Call once the app has loaded everything.
inline QStringList screenStructure(AppHarness &h)
{
    QStringList lines;
    pages::MainWindow &window = h.window();
    lines.append(QStringLiteral("sections: ") + window.sections().join(QLatin1Char(',')));

    QWidget *overview = pageOf(h, "overviewPage");
    if (!overview)
        return lines << QStringLiteral("no overview page");
    lines.append(QStringLiteral("status: ") + overview->findChild<QLabel *>(QStringLiteral("statusLabel"))->text());
    lines.append(QStringLiteral("member since: ") +
                 overview->findChild<QLabel *>(QStringLiteral("memberSinceLabel"))->text());
    QStringList alerts;
    for (auto *frame : overview->findChild<QWidget *>(QStringLiteral("alertsWidget"))->findChildren<QFrame *>()) {
        if (frame->objectName().endsWith(QLatin1String("AlertFrame")))
            alerts.append(frame->objectName());
    }
    lines.append(QStringLiteral("alerts: ") + alerts.join(QLatin1Char(',')));
    lines.append(QStringLiteral("no alerts shown: %1")
                     .arg(overview->findChild<QLabel *>(QStringLiteral("noAlertsLabel"))->isVisibleTo(overview)));

    // Personal information: which fields are filled, and that phone, SIRET and postal codes keep their shape.
    QWidget *profile = pageOf(h, "profilePage");
    for (auto *edit : profile->findChildren<QLineEdit *>()) {
        if (edit->objectName().isEmpty() || edit->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QString shape = edit->text().isEmpty() ? QStringLiteral("empty") : QStringLiteral("filled");
        if (edit->objectName() == QLatin1String("phoneLineEdit") && !edit->text().isEmpty())
            shape +=
                validation::normalizePhone(edit->text()) ? QStringLiteral(", valid phone") : QStringLiteral(", bad");
        if (edit->objectName() == QLatin1String("siretLineEdit") && !edit->text().isEmpty())
            shape +=
                validation::normalizeSiret(edit->text()) ? QStringLiteral(", valid SIRET") : QStringLiteral(", bad");
        if (edit->objectName().endsWith(QLatin1String("PostalCodeLineEdit")) && !edit->text().isEmpty())
            shape += validation::isValidFrenchPostalCode(edit->text()) ? QStringLiteral(", French")
                                                                       : QStringLiteral(", other");
        lines.append(edit->objectName() + QStringLiteral(": ") + shape);
    }
    lines.append(QStringLiteral("pending e-mail shown: %1")
                     .arg(profile->findChild<QLabel *>(QStringLiteral("pendingEmailLabel"))->isVisibleTo(profile)));
    for (auto *box : profile->findChildren<QComboBox *>())
        lines.append(box->objectName() + QStringLiteral(": ") + box->currentText());
    for (const char *pageName : {"profilePage", "communicationsPage", "cookiesPage", "closePage"}) {
        for (auto *box : pageOf(h, pageName)->findChildren<QCheckBox *>()) {
            lines.append(box->objectName() +
                         QStringLiteral(": %1%2").arg(box->isChecked() ? QStringLiteral("on") : QStringLiteral("off"),
                                                      box->isEnabled() ? QString() : QStringLiteral(" (locked)")));
        }
    }

    // Mailboxes: one card per mailbox, in order, with its status.
    QWidget *mailboxes = pageOf(h, "mailboxesPage");
    for (auto *card : mailboxes->findChildren<QFrame *>()) {
        if (card->objectName().startsWith(QLatin1String("mailboxesCard")) &&
            card->objectName().endsWith(QLatin1String("Frame")))
            lines.append(card->objectName() + QStringLiteral(": ") + card->accessibleDescription());
    }

    // Security: sessions (what device, when; the place follows the placeholder address), activity, delegates.
    QAbstractItemModel *sessions = tableModel(h, "securityPage", "securitySessionsTableView");
    lines.append(QStringLiteral("sessions: %1").arg(sessions->rowCount()));
    for (int row = 1; row < sessions->rowCount(); ++row) // row 0: whoever is looking
        lines.append(QStringLiteral("session: ") + rowText(sessions, row, {0, 2, 3}));
    QAbstractItemModel *activity = tableModel(h, "securityPage", "securityActivityTableView");
    lines.append(
        QStringLiteral("activity rows: %1, more: %2").arg(activity->rowCount()).arg(activity->canFetchMore({})));
    lines.append(activityFirstPage(h));
    QAbstractItemModel *delegates = tableModel(h, "securityPage", "securityDelegatesTableView");
    lines.append(QStringLiteral("administrators: %1").arg(delegates->rowCount()));
    for (int row = 0; row < delegates->rowCount(); ++row)
        lines.append(QStringLiteral("administrator: ") + rowText(delegates, row, {1, 2, 3, 4}));

    // Your data: every category with its count; the consent history's first page as shown.
    QAbstractItemModel *inventory = tableModel(h, "dataPage", "dataInventoryTableView");
    for (int row = 0; row < inventory->rowCount(); ++row)
        lines.append(QStringLiteral("holds: ") + rowText(inventory, row, {0, 2, 4}));
    QAbstractItemModel *consents = tableModel(h, "dataPage", "dataConsentsTableView");
    lines.append(
        QStringLiteral("consents rows: %1, more: %2").arg(consents->rowCount()).arg(consents->canFetchMore({})));
    for (int row = 0; row < std::min(consents->rowCount(), controllers::kSnapshotExplicitRows); ++row)
        lines.append(QStringLiteral("consent: ") + rowText(consents, row, {0, 1, 2, 3, 4}));

    QWidget *close = pageOf(h, "closePage");
    lines.append(QStringLiteral("closure scheduled shown: %1")
                     .arg(close->findChild<QWidget *>(QStringLiteral("closeScheduledWidget"))->isVisibleTo(close)));
    return lines;
}

// The totals of the long lists, once read to their end.
inline QStringList listTotals(AppHarness &h)
{
    QAbstractItemModel *activity = tableModel(h, "securityPage", "securityActivityTableView");
    QAbstractItemModel *consents = tableModel(h, "dataPage", "dataConsentsTableView");
    if (!fetchToEnd(activity) || !fetchToEnd(consents))
        return {QStringLiteral("lists not read to their end")};
    return {QStringLiteral("activity total: %1").arg(activity->rowCount()),
            QStringLiteral("consents total: %1").arg(consents->rowCount())};
}

// Waits until every page has loaded what the user would see first.
inline bool everythingLoaded(AppHarness &h)
{
    h.buildEveryPage();
    return QTest::qWaitFor(
        [&h] {
            auto *activity = tableModel(h, "securityPage", "securityActivityTableView");
            auto *sessions = tableModel(h, "securityPage", "securitySessionsTableView");
            auto *inventory = tableModel(h, "dataPage", "dataInventoryTableView");
            auto *consents = tableModel(h, "dataPage", "dataConsentsTableView");
            QWidget *mailboxes = pageOf(h, "mailboxesPage");
            return activity && activity->rowCount() > 0 && sessions && sessions->rowCount() > 0 && inventory &&
                   inventory->rowCount() > 0 && consents && consents->rowCount() > 0 && mailboxes &&
                   mailboxes->findChild<QFrame *>(QStringLiteral("mailboxesCard1Frame"));
        },
        20000);
}

} // namespace facturos::test
