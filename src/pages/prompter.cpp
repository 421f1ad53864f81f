#include "pages/prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace facturos::pages {

bool MessageBoxPrompter::confirm(QWidget *parent, const Confirmation &confirmation)
{
    QMessageBox box(QMessageBox::Warning, confirmation.title, confirmation.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    if (!confirmation.details.isEmpty())
        box.setInformativeText(confirmation.details);
    QPushButton *accept = box.addButton(confirmation.acceptLabel, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("informMessageBox"));
    box.exec();
}

QString MessageBoxPrompter::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                           const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace facturos::pages
