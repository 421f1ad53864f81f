#pragma once
// The editable fields of a Profile addressed by their JSON path ("phone", "deliveryAddress.city"), so the
// profile controller can edit, compare and resolve conflicts field by field with the paths that validation
// and the server's 422 errors use. "billingSameAsDelivery" ("true"/"false") stands for billingAddress null.

#include "core/profile.h"

#include <QStringList>

namespace facturos::controllers::profilefields {

inline const QString kBillingSameAsDelivery = QStringLiteral("billingSameAsDelivery");

// Every editable path, billingSameAsDelivery before the billing address members.
[[nodiscard]] const QStringList &paths();
[[nodiscard]] bool isPath(const QString &path);
// The value at `path` ("" for a billing member while billing is "same as delivery").
[[nodiscard]] QString value(const Profile &profile, const QString &path);
// Sets the value at `path`; a billing member creates a separate billing address (from delivery's country).
// False for an unknown path.
bool setValue(Profile &profile, const QString &path, const QString &value);
// The paths whose value differs between `a` and `b`.
[[nodiscard]] QStringList differing(const Profile &a, const Profile &b);

} // namespace facturos::controllers::profilefields
