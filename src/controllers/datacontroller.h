#pragma once
// The "Your data" page: what the service holds and why (inventory), the consent history paged lazily, and
// the full export (GDPR art. 15/20) streamed to a file with progress and cancel. A failed or cancelled
// export to a path leaves no partial file behind.

#include "api/accountapi.h"
#include "api/dataapi.h"
#include "controllers/controller.h"
#include "controllers/datamodels.h"

#include <memory>
#include <QPointer>

class QSaveFile;

namespace facturos::controllers {

class DataController final : public Controller
{
    Q_OBJECT
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)
public:
    DataController(api::DataApi &data, api::AccountApi &account, int consentPageSize = 100, QObject *parent = nullptr);
    ~DataController() override;

    [[nodiscard]] DataCategoryListModel *inventory() { return &m_inventory; }
    [[nodiscard]] ConsentListModel *consents() { return &m_consents; }

    // The inventory in full and the first page of the consent history.
    void load();
    // A choice was saved elsewhere: the consent history (and the counts) changed on the server. They are read
    // again the next time they are shown (the Your data page reloads at once if it is on screen: wentStale()).
    void markStale();
    [[nodiscard]] bool isStale() const { return m_stale; }

    // Streams the export into `filePath`, written atomically (QSaveFile): the file appears only when the
    // whole export arrived. False when an export is running or the file cannot be opened (error code
    // "file_open_failed").
    bool exportToFile(const QString &filePath);
    // Streams into `sink` (open for writing; it must outlive the export). On failure it may hold a part.
    bool exportTo(QIODevice *sink);
    void cancelExport();
    [[nodiscard]] bool isExporting() const { return m_exportCall != nullptr; }

signals:
    void loaded();
    void exportingChanged(bool exporting);
    void exportProgressed(qint64 received, qint64 total);
    void exported(qint64 bytes);
    void wentStale();

private:
    void onExportFinished();

    api::DataApi &m_data;
    DataCategoryListModel m_inventory;
    ConsentListModel m_consents;
    QPointer<api::ApiCall> m_exportCall;
    QPointer<QIODevice> m_sink;
    std::unique_ptr<QSaveFile> m_exportFile;
    qint64 m_exportedBytes = 0;
    bool m_stale = false;
};

} // namespace facturos::controllers
