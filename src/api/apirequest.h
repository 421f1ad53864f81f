#pragma once
// What a caller asks ApiClient to send: one Account API request relative to the base URL.

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace facturos::api {

// One HTTP request of the Account API, relative to the base URL.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/v1/account/profile"
    QUrlQuery query;
    QByteArray body; // sent as is; empty for GET/DELETE
    QByteArray contentType = "application/json";
    // Writes of a resource with an ETag: If-Match is always sent — `ifMatch` when given, else the ETag
    // remembered for `path`. With neither, the client first reads the resource and finishes with Conflict
    // (current state + ETag) instead of sending a blind write.
    bool conditional = false;
    QByteArray ifMatch;
    // POSTs the contract marks with Idempotency-Key: the key is generated once per call (or taken from
    // `idempotencyKey`) and reused by every retry, which makes the POST safe to retry.
    bool withIdempotencyKey = false;
    QByteArray idempotencyKey;
};

} // namespace facturos::api
