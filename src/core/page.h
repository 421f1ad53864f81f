#pragma once
// Cursor paging for lists: `next` is an opaque cursor for the following page, empty at the end.

#include "core/json.h"

#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace facturos {

inline constexpr int kDefaultPageLimit = 50;
inline constexpr int kMaxPageLimit = 200;

template <typename T> struct Page
{
    QList<T> items;
    QString next;
};

// JSON: {"items":[…],"next":string|null}
template <typename T> QJsonObject pageToJson(const Page<T> &page)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(toJson(item));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next"), page.next.isEmpty() ? QJsonValue() : QJsonValue(page.next)}};
}

// Decodes a page strictly: every item through `decode(object, path, errors)` with its path ("items[3].kind"),
// every problem reported, not just the first. Works with `errors` null too (it then only says yes or no).
template <typename T, typename Decode>
std::optional<Page<T>> pageFromJson(const QJsonObject &object, Decode decode, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    Page<T> page;
    const QJsonArray items = reader.array(QStringLiteral("items"));
    page.next = reader.nullableString(QStringLiteral("next"), Presence::Required).value_or(QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            local.append({itemPath, ErrorCode::Type, QStringLiteral("Expected an object.")});
            continue;
        }
        if (auto item = decode(items.at(i).toObject(), itemPath, &local))
            page.items.append(*item);
    }
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return page;
}

} // namespace facturos
