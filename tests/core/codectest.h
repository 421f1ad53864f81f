#pragma once
// Helpers shared by the codec tests: a valid profile to start from, edit one member of a valid JSON object to
// make it invalid, and pass a value through the wire format.

#include "core/json.h"
#include "core/profile.h"

#include <QJsonObject>

namespace facturos::test {

// A profile that passes validation, with only the required and the commonly filled fields.
inline Profile validProfile()
{
    Profile p;
    p.firstName = QStringLiteral("Élise");
    p.lastName = QStringLiteral("Martin");
    p.username = QStringLiteral("elise.martin");
    p.email = QStringLiteral("elise@atelier-martin.fr");
    p.phone = QStringLiteral("+33612345678");
    p.siret = QStringLiteral("73282932000074");
    p.deliveryAddress = {QStringLiteral("12 rue des Lilas"), QString(), QStringLiteral("69003"), QStringLiteral("Lyon"),
                         QStringLiteral("FR")};
    return p;
}

// Returns `object` with the member at a dotted path replaced, or removed when `value` is undefined.
inline QJsonObject edited(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        const QString head = path.left(dot);
        object.insert(head, edited(object.value(head).toObject(), path.mid(dot + 1), value));
    } else if (value.isUndefined()) {
        object.remove(path);
    } else {
        object.insert(path, value);
    }
    return object;
}

inline const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

inline QJsonObject reparsed(const QJsonObject &object)
{
    return facturos::parseJsonObject(toCompactJson(object)).value_or(QJsonObject());
}

} // namespace facturos::test
