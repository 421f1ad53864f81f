#pragma once
// RFC 9457 problem details, the one error shape of the Account API.

#include "core/fielderror.h"

#include <optional>
#include <QJsonObject>

namespace facturos {

struct Problem
{
    int status = 500;
    QString type = QStringLiteral("about:blank"); // "https://account.facturos.fr/problems/<code>" when specific
    QString code;                                 // stable machine code, also the last segment of `type`
    QString title;
    QString detail;
    FieldErrors errors; // validation problems, one per field

    // A problem whose type URI ends in `code`.
    [[nodiscard]] static Problem make(int status, const QString &code, const QString &title,
                                      const QString &detail = {});
};

// JSON: {"type","title","status","detail"?,"code","errors":[{"field","code","message"}]?}
[[nodiscard]] QJsonObject toJson(const Problem &problem);
// Tolerant of extra members (RFC 9457 allows extensions) but strict on the types of the known ones.
[[nodiscard]] std::optional<Problem> problemFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
