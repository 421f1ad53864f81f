#pragma once
// Cursor paging for lists: `next` is an opaque cursor for the following page, empty at the end.

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

} // namespace facturos
