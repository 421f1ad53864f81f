#pragma once
// The choice after a save refused because the profile changed elsewhere (412): one row per conflicting
// field with the user's value and the server's current one, each a radio button; "mine" is preselected.

#include "controllers/profilecontroller.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace facturos::pages {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const QList<controllers::FieldConflict> &conflicts, QWidget *parent = nullptr);

    // The user's choice per conflicting path.
    [[nodiscard]] QHash<QString, controllers::ProfileController::ConflictChoice> choices() const;
    // The field's name as the form shows it ("Phone number", "Delivery city").
    [[nodiscard]] static QString fieldName(const QString &path);
    // "deliveryAddress.city" → "deliveryAddressCity": the stem of the row's objectNames.
    [[nodiscard]] static QString objectStem(const QString &path);

private:
    QHash<QString, QRadioButton *> m_theirs;
};

} // namespace facturos::pages
