#include "api/dataapi.h"

namespace facturos::api {

ApiCall *DataApi::dataInventory(QObject *context, Done<QList<DataCategory>> done)
{
    ApiRequest request;
    request.path = path::DataInventory;
    return sendTyped<QList<DataCategory>>(m_client, request, {}, context, dataInventoryFromJson, std::move(done));
}

ApiCall *DataApi::exportTo(QIODevice *sink)
{
    return m_client.download(path::Export, sink);
}

} // namespace facturos::api
