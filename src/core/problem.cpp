#include "core/problem.h"

#include "core/json.h"

namespace facturos {

namespace {

const QString kTypePrefix = QStringLiteral("https://account.facturos.fr/problems/");

} // namespace

Problem Problem::make(int status, const QString &code, const QString &title, const QString &detail)
{
    Problem problem;
    problem.status = status;
    problem.type = kTypePrefix + code;
    problem.code = code;
    problem.title = title;
    problem.detail = detail;
    return problem;
}

QJsonObject toJson(const Problem &problem)
{
    QJsonObject object{
        {QStringLiteral("type"), problem.type},
        {QStringLiteral("title"), problem.title},
        {QStringLiteral("status"), problem.status},
        {QStringLiteral("code"), problem.code},
    };
    if (!problem.detail.isEmpty())
        object.insert(QStringLiteral("detail"), problem.detail);
    if (!problem.errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError &error : problem.errors) {
            errors.append(QJsonObject{
                {QStringLiteral("field"), error.field},
                {QStringLiteral("code"), error.code},
                {QStringLiteral("message"), error.message},
            });
        }
        object.insert(QStringLiteral("errors"), errors);
    }
    return object;
}

std::optional<Problem> problemFromJson(const QJsonObject &object, FieldErrors *errors)
{
    // RFC 9457 makes every member optional and allows extensions, and a problem may come from a server that
    // is not ours (a proxy, a standard authorization server); so only the types of known members are checked.
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    Problem problem;
    if (reader.has(QStringLiteral("type")))
        problem.type = reader.string(QStringLiteral("type"), Presence::Optional);
    problem.title = reader.string(QStringLiteral("title"), Presence::Optional);
    if (reader.has(QStringLiteral("status"))) {
        const qsizetype before = local.size();
        const qint64 status = reader.integer(QStringLiteral("status"), Presence::Optional);
        if (local.size() == before && (status < 100 || status > 599))
            reader.addError(QStringLiteral("status"), ErrorCode::InvalidFormat,
                            QStringLiteral("Expected an HTTP status code."));
        problem.status = static_cast<int>(status);
    }
    problem.detail = reader.string(QStringLiteral("detail"), Presence::Optional);
    problem.code = reader.string(QStringLiteral("code"), Presence::Optional);
    if (problem.code.isEmpty() && problem.type.startsWith(kTypePrefix))
        problem.code = problem.type.mid(kTypePrefix.size());

    const QJsonArray items = reader.array(QStringLiteral("errors"), Presence::Optional);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("errors[%1]").arg(i);
        if (!items.at(i).isObject()) {
            local.append({path, ErrorCode::Type, QStringLiteral("Expected an object.")});
            continue;
        }
        JsonReader item(items.at(i).toObject(), path, &local);
        FieldError error;
        error.field = item.string(QStringLiteral("field"));
        error.code = item.string(QStringLiteral("code"));
        error.message = item.string(QStringLiteral("message"), Presence::Optional);
        problem.errors.append(error);
    }

    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return problem;
}

} // namespace facturos
