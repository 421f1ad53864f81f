#include "pages/conflictdialog.h"

#include "controllers/profilefields.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace facturos::pages {

using controllers::ProfileController;

namespace {
QString shown(const QString &path, const QString &value)
{
    if (path == controllers::profilefields::kBillingSameAsDelivery)
        return value == QLatin1String("true") ? ConflictDialog::tr("same as delivery")
                                              : ConflictDialog::tr("a separate address");
    return value.isEmpty() ? ConflictDialog::tr("(empty)") : value;
}

// A value as a radio button's text: an '&' in it ("Dupont & Fils") is a character, not a mnemonic.
QString buttonText(const QString &path, const QString &value)
{
    return shown(path, value).replace(QLatin1Char('&'), QLatin1String("&&"));
}
} // namespace

QString ConflictDialog::fieldName(const QString &path)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("username"), QT_TR_NOOP("Username")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("companyName"), QT_TR_NOOP("Company name")},
        {QStringLiteral("siret"), QT_TR_NOOP("SIRET number")},
        {QStringLiteral("deliveryAddress.line1"), QT_TR_NOOP("Delivery address line 1")},
        {QStringLiteral("deliveryAddress.line2"), QT_TR_NOOP("Delivery address line 2")},
        {QStringLiteral("deliveryAddress.postalCode"), QT_TR_NOOP("Delivery postal code")},
        {QStringLiteral("deliveryAddress.city"), QT_TR_NOOP("Delivery city")},
        {QStringLiteral("deliveryAddress.country"), QT_TR_NOOP("Delivery country")},
        {QStringLiteral("billingSameAsDelivery"), QT_TR_NOOP("Billing address")},
        {QStringLiteral("billingAddress.line1"), QT_TR_NOOP("Billing address line 1")},
        {QStringLiteral("billingAddress.line2"), QT_TR_NOOP("Billing address line 2")},
        {QStringLiteral("billingAddress.postalCode"), QT_TR_NOOP("Billing postal code")},
        {QStringLiteral("billingAddress.city"), QT_TR_NOOP("Billing city")},
        {QStringLiteral("billingAddress.country"), QT_TR_NOOP("Billing country")},
    };
    const char *name = names.value(path);
    return name ? tr(name) : path;
}

QString ConflictDialog::objectStem(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QString stem = parts.constFirst();
    for (int i = 1; i < parts.size(); ++i)
        stem += parts.at(i).left(1).toUpper() + parts.at(i).mid(1);
    return stem;
}

ConflictDialog::ConflictDialog(const QList<controllers::FieldConflict> &conflicts, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed elsewhere"));
    setAccessibleName(tr("Changes made elsewhere"));
    setAccessibleDescription(tr("For each field, choose between your value and the one now saved in Facturos"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("While you were editing, these fields were changed elsewhere (on another device or "
                                "by someone else). Choose, for each one, which value to keep."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Your value</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Value in Facturos now</b>"), this), 0, 2);
    QWidget *previous = nullptr;
    int row = 1;
    for (const controllers::FieldConflict &conflict : conflicts) {
        const QString stem = objectStem(conflict.path);
        const QString name = fieldName(conflict.path);
        auto *label = new QLabel(name, this);
        label->setObjectName(stem + QStringLiteral("ConflictLabel"));
        auto *mine = new QRadioButton(buttonText(conflict.path, conflict.mine), this);
        mine->setObjectName(stem + QStringLiteral("MineRadioButton"));
        //: %1 is a field name such as "Phone number".
        mine->setAccessibleName(tr("Keep your value for %1").arg(name));
        mine->setAccessibleDescription(tr("Saves the value you entered: %1").arg(shown(conflict.path, conflict.mine)));
        auto *theirs = new QRadioButton(buttonText(conflict.path, conflict.theirs), this);
        theirs->setObjectName(stem + QStringLiteral("TheirsRadioButton"));
        theirs->setAccessibleName(tr("Take the value in Facturos for %1").arg(name));
        theirs->setAccessibleDescription(
            tr("Keeps the value saved elsewhere: %1").arg(shown(conflict.path, conflict.theirs)));
        auto *group = new QButtonGroup(this);
        group->addButton(mine);
        group->addButton(theirs);
        mine->setChecked(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(mine, row, 1);
        grid->addWidget(theirs, row, 2);
        if (previous)
            setTabOrder(previous, mine);
        setTabOrder(mine, theirs);
        previous = theirs;
        m_theirs.insert(conflict.path, theirs);
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtonBox"));
    auto *apply = buttons->addButton(tr("&Apply and save"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setAccessibleName(tr("Apply the choices and save"));
    apply->setAccessibleDescription(tr("Saves your profile with the value chosen for each field"));
    apply->setDefault(true);
    auto *cancel = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("notNowButton"));
    cancel->setAccessibleName(tr("Decide later"));
    cancel->setAccessibleDescription(tr("Closes this window; your changes stay unsaved on the page"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHash<QString, ProfileController::ConflictChoice> ConflictDialog::choices() const
{
    QHash<QString, ProfileController::ConflictChoice> result;
    for (auto it = m_theirs.cbegin(); it != m_theirs.cend(); ++it)
        result.insert(it.key(), it.value()->isChecked() ? ProfileController::ConflictChoice::TakeTheirs
                                                        : ProfileController::ConflictChoice::KeepMine);
    return result;
}

} // namespace facturos::pages
