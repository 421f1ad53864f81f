#pragma once
// Typed calls of the "Your data" page: the inventory of data held, and the full export streamed to a file.

#include "api/typedcall.h"
#include "core/securitydata.h"

class QIODevice;

namespace facturos::api {

namespace path {
inline const QString DataInventory = QStringLiteral("/v1/account/data");
inline const QString Export = QStringLiteral("/v1/account/export");
} // namespace path

class DataApi
{
public:
    explicit DataApi(ApiClient &client) : m_client(client) {}

    ApiCall *dataInventory(QObject *context, Done<QList<DataCategory>> done);
    // Streams the export into `sink` (open for writing; it must outlive the call) as it arrives, with no
    // size limit; watch ApiCall::progressed() and ApiCall::finished(). The body is not decoded here: on
    // failure the sink may hold a partial file, which the caller discards.
    ApiCall *exportTo(QIODevice *sink);

private:
    ApiClient &m_client;
};

} // namespace facturos::api
