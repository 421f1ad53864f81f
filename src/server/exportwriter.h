#pragma once
// Writes one user's data export (GET /v1/account/export) piece by piece: a head with the single-valued
// sections, then each list section a page of rows at a time, so memory stays flat however long the history.
// The document is the one described by resources/api/export.schema.json; nothing secret is ever read
// (no password hash, token, mailbox credential or verifier column appears in any query here).

#include "server/httpservice.h"

#include <memory>

namespace facturos::server {

struct ServerContext;

inline constexpr int kExportFormatVersion = 1;

class ExportWriter
{
public:
    // `sessionId`: the session asking, marked "current" in the sessions section.
    ExportWriter(ServerContext &ctx, QString userId, QString sessionId);
    ~ExportWriter();
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    // A ChunkProducer step: appends the next piece to `out`.
    StreamStep next(QByteArray *out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// "facturos-export-YYYY-MM-DD.json" for the given day.
[[nodiscard]] QByteArray exportFileName(const QDate &day);

} // namespace facturos::server
