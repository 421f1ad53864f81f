#pragma once
// The interactive widgets of a screen as an outside tool sees them: objectName (Qt Test), accessible name and
// AT-SPI role (what pyatspi/dogtail match on), Qt class; and the Markdown tables of docs/automation.md built
// from them. Used by tst_automationdoc, which keeps that document identical to the code.

#include <functional>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

namespace facturos::test {

struct WidgetRow
{
    QString objectName;
    QString name; // accessible name, as AT-SPI reports it
    QString role; // AT-SPI role name, as pyatspi's getRoleName() reports it
    QString className;
    // What the code set with setAccessibleName (or the .ui). On Linux, Qt 6.4 reports a combo box's current
    // value as its AT-SPI name instead, so uniqueness is checked on this one for combo boxes.
    QString declaredName;
};

struct Screen
{
    QString title;
    QList<WidgetRow> rows;
};

// Qt 6.4's QAccessible → AT-SPI role mapping (qspiaccessiblebridge.cpp), for the roles interactive widgets
// have; the AT-SPI test (tests/atspi) checks the resulting names against the live accessibility tree.
inline QString atspiRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return QStringLiteral("push button");
    case QAccessible::CheckBox:
        return QStringLiteral("check box");
    case QAccessible::RadioButton:
        return QStringLiteral("radio button");
    case QAccessible::EditableText:
        return QStringLiteral("text");
    case QAccessible::ComboBox:
        return QStringLiteral("combo box");
    case QAccessible::SpinBox:
        return QStringLiteral("spin button");
    case QAccessible::List:
        return QStringLiteral("list");
    case QAccessible::Table:
        return QStringLiteral("table");
    case QAccessible::Tree:
        return QStringLiteral("tree");
    case QAccessible::PageTabList:
        return QStringLiteral("page tab list");
    case QAccessible::PageTab:
        return QStringLiteral("page tab");
    case QAccessible::MenuItem:
        return QStringLiteral("menu item");
    case QAccessible::Link:
        return QStringLiteral("link");
    case QAccessible::StaticText:
        return QStringLiteral("label");
    case QAccessible::Slider:
        return QStringLiteral("slider");
    case QAccessible::Dialog:
        return QStringLiteral("dialog");
    case QAccessible::PopupMenu:
        return QStringLiteral("popup menu");
    default:
        return QStringLiteral("Qt %1").arg(
            QLatin1String(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role) ?: "unknown role"));
    }
}

inline bool hasLinks(const QLabel *label)
{
    return label->textInteractionFlags().testAnyFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard) &&
           label->text().contains(QLatin1String("<a "));
}

// What a user can act on. Composite widgets (combo boxes, item views, spin boxes) count as one: their inner
// parts belong to Qt.
inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return hasLinks(label);
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QAbstractSlider *>(w);
}

inline WidgetRow rowFor(QObject *object, QAccessibleInterface *iface, const QString &objectName)
{
    WidgetRow row;
    row.objectName = objectName;
    row.className = QString::fromLatin1(object->metaObject()->className()).section(QLatin1String("::"), -1);
    if (iface) {
        row.name = iface->text(QAccessible::Name);
        row.role = atspiRole(iface->role());
    }
    return row;
}

inline WidgetRow widgetRow(QWidget *w)
{
    WidgetRow row = rowFor(w, QAccessible::queryAccessibleInterface(w), w->objectName());
    row.declaredName = w->accessibleName();
    return row;
}

// The actions of a menu (separators left out), named as the menu's accessible children name them.
inline QList<WidgetRow> menuRows(QMenu *menu)
{
    QList<WidgetRow> rows;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i]->isSeparator())
            continue;
        QAccessibleInterface *item = iface ? iface->child(i) : nullptr;
        rows.append(rowFor(actions[i], item, actions[i]->objectName()));
    }
    return rows;
}

// Every interactive widget under `root` in depth-first creation order, hidden ones included (a screen's
// state decides what shows), then the actions of the menus it owns. Subtrees in `skip` are left out; other
// windows (dialogs) are screens of their own.
inline QList<WidgetRow> inventory(QWidget *root, const QSet<QWidget *> &skip = {})
{
    QList<WidgetRow> rows;
    QList<QMenu *> menus;
    std::function<void(QWidget *)> walk = [&](QWidget *parent) {
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (auto *menu = qobject_cast<QMenu *>(child)) {
                menus.append(menu); // a context menu: listed after the widgets
                continue;
            }
            if (!w || w->isWindow() || skip.contains(w))
                continue;
            if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                // Each menu as the bar's menu item (named by its title), then its actions.
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
                const QList<QAction *> actions = bar->actions();
                for (int i = 0; i < actions.size(); ++i) {
                    QMenu *menu = actions[i]->menu();
                    rows.append(rowFor(menu ? static_cast<QObject *>(menu) : actions[i],
                                       iface ? iface->child(i) : nullptr,
                                       menu ? menu->objectName() : actions[i]->objectName()));
                    if (menu)
                        rows.append(menuRows(menu));
                }
                continue;
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                // The tab bar is Qt's own child; QA picks a tab by its page (objectName) or its text.
                rows.append(widgetRow(tabs->tabBar()));
                QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(tabs->tabBar());
                for (int i = 0; i < tabs->count(); ++i)
                    rows.append(rowFor(tabs->widget(i), bar ? bar->child(i) : nullptr, tabs->widget(i)->objectName()));
                for (int i = 0; i < tabs->count(); ++i)
                    walk(tabs->widget(i));
                continue;
            }
            if (isInteractive(w)) {
                rows.append(widgetRow(w));
                if (auto *push = qobject_cast<QPushButton *>(w); push && push->menu())
                    menus.append(push->menu());
                continue;
            }
            walk(w);
        }
    };
    walk(root);
    QSet<QMenu *> listed;
    for (QMenu *menu : std::as_const(menus)) {
        if (listed.contains(menu))
            continue;
        listed.insert(menu);
        rows.append(widgetRow(menu));
        rows.append(menuRows(menu));
    }
    return rows;
}

// What breaks automation on a screen: no stable objectName (empty or Qt's own "qt_…"), no accessible name,
// or an accessible name used twice for the same role.
inline QStringList namingProblems(const Screen &screen)
{
    QStringList problems;
    QHash<QString, int> seen;
    for (const WidgetRow &row : screen.rows) {
        // "Screen: Class objectName: problem (accessible name "…")"; the part before " (" identifies the gap.
        const QString what =
            QStringLiteral("%1: %2 %3: ")
                .arg(screen.title, row.className, row.objectName.isEmpty() ? QStringLiteral("(none)") : row.objectName);
        const QString shown = QStringLiteral(" (accessible name \"%1\")").arg(row.name);
        const QString name = row.className == QLatin1String("QComboBox") ? row.declaredName : row.name;
        if (row.objectName.isEmpty() || row.objectName.startsWith(QLatin1String("qt_")))
            problems.append(what + QStringLiteral("no objectName of its own") + shown);
        if (name.trimmed().isEmpty())
            problems.append(what + QStringLiteral("no accessible name") + shown);
        else if (++seen[row.role + QLatin1Char('\n') + name] == 2)
            problems.append(what + QStringLiteral("accessible name already used by another %1").arg(row.role) + shown);
    }
    return problems;
}

inline QString cell(QString text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

inline QString markdown(const QList<Screen> &screens)
{
    QString out;
    for (const Screen &screen : screens) {
        out += QStringLiteral("\n### %1\n\n| objectName | Accessible name | Role | Qt class |\n|---|---|---|---|\n")
                   .arg(screen.title);
        for (const WidgetRow &row : screen.rows) {
            const QString object =
                row.objectName.isEmpty() ? QStringLiteral("—") : QStringLiteral("`%1`").arg(row.objectName);
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(object, cell(row.name), cell(row.role), row.className);
        }
    }
    return out;
}

} // namespace facturos::test
