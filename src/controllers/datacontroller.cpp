#include "controllers/datacontroller.h"

#include "controllers/logging.h"
#include "core/privatefile.h"

#include <QSaveFile>

namespace facturos::controllers {

namespace {

api::ApiError localError(const QString &code)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Protocol;
    error.code = code;
    return error;
}

} // namespace

DataController::DataController(api::DataApi &data, api::AccountApi &account, int consentPageSize, QObject *parent)
    : Controller(parent), m_data(data),
      // The inventory is one short list, not paged: wrapped as a single page.
      m_inventory([&data](const api::PageRequest &, QObject *c, api::Done<Page<DataCategory>> d) {
          return data.dataInventory(c, [d](const api::ApiResult<QList<DataCategory>> &r) {
              api::ApiResult<Page<DataCategory>> page;
              page.error = r.error;
              page.etag = r.etag;
              if (r.value)
                  page.value = Page<DataCategory>{*r.value, QString()};
              d(page);
          });
      }),
      m_consents([&account](const api::PageRequest &p, QObject *c,
                            api::Done<Page<ConsentRecord>> d) { return account.consents(p, c, std::move(d)); },
                 consentPageSize)
{
    connect(&m_inventory, &ListModelBase::loaded, this, [this] {
        succeed();
        emit loaded();
    });
    connect(&m_inventory, &ListModelBase::failed, this, [this](const api::ApiError &e) { fail(e, "load"); });
}

DataController::~DataController()
{
    if (m_exportCall)
        m_exportCall->abort();
}

void DataController::load()
{
    m_stale = false;
    begin(State::Loading);
    m_inventory.refreshAll();
    m_consents.reload();
}

void DataController::markStale()
{
    m_stale = true;
    emit wentStale();
}

bool DataController::exportToFile(const QString &filePath)
{
    if (isExporting())
        return false;
    auto file = std::make_unique<QSaveFile>(filePath);
    if (!openOwnerOnly(*file)) {
        fail(localError(QStringLiteral("file_open_failed")), "export");
        return false;
    }
    m_exportFile = std::move(file);
    return exportTo(m_exportFile.get());
}

bool DataController::exportTo(QIODevice *sink)
{
    if (isExporting() || !sink)
        return false;
    begin(State::Loading);
    m_exportedBytes = 0;
    m_sink = sink;
    m_exportCall = m_data.exportTo(sink);
    connect(m_exportCall, &api::ApiCall::progressed, this, [this](qint64 received, qint64 total) {
        m_exportedBytes = received;
        emit exportProgressed(received, total);
    });
    connect(m_exportCall, &api::ApiCall::finished, this, &DataController::onExportFinished);
    emit exportingChanged(true);
    return true;
}

void DataController::cancelExport()
{
    if (m_exportCall)
        m_exportCall->abort(); // finishes with Cancelled
}

void DataController::onExportFinished()
{
    const api::ApiError error = m_exportCall ? m_exportCall->error() : localError(QStringLiteral("cancelled"));
    m_exportCall = nullptr;
    if (m_sink && !m_sink->isSequential())
        m_exportedBytes = qMax(m_exportedBytes, m_sink->pos());
    std::unique_ptr<QSaveFile> file = std::move(m_exportFile);
    bool committed = true;
    if (file) {
        if (error.isError())
            file->cancelWriting();
        committed = file->commit(); // false after cancelWriting(): nothing replaces the target
    }
    emit exportingChanged(false);
    if (error.isError()) {
        fail(error, "export");
        return;
    }
    if (!committed) {
        fail(localError(QStringLiteral("file_write_failed")), "export");
        return;
    }
    qCInfo(lcControllers) << "export written:" << m_exportedBytes << "bytes";
    succeed();
    emit exported(m_exportedBytes);
}

} // namespace facturos::controllers
