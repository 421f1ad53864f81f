#pragma once
// The Your data section (GDPR access and portability): what the service holds and why, "Download all my data"
// to a file the user picks (progress, Cancel, never a partial file), and the consent history paged as the
// user scrolls. The Close account page offers the export first through startExport().

#include "controllers/datacontroller.h"

#include <memory>
#include <QWidget>

namespace Ui {
class DataPage;
}

namespace facturos::auth {
class UrlOpener;
}

namespace facturos::pages {

class Prompter;

class DataPage final : public QWidget
{
    Q_OBJECT
public:
    // `opener` opens the folder of a downloaded file ("Show in folder").
    DataPage(controllers::DataController &data, Prompter &prompter, auth::UrlOpener &opener, QWidget *parent = nullptr);
    ~DataPage() override;

    // The file the last export was written to (empty when none succeeded).
    [[nodiscard]] QString exportedFile() const { return m_exportedFile; }

public slots:
    // "Download all my data": asks where to save (Prompter::chooseSaveFile, a dated name in Documents), then
    // streams the export there with progress and Cancel. False when the user cancelled the file choice, an
    // export is already running or the file could not be created (the page then says why).
    bool startExport();
    // Shows the Consent history tab (the Cookies & tracking page points here).
    void showConsentHistory();
    // Signed out: stops an export in flight and forgets the last one's file name.
    void clearExport();

signals:
    // An export started by startExport() ended: written to `filePath`, or not at all (`saved` false).
    void exportFinished(bool saved, const QString &filePath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpTables();
    void showState();
    void showConsentsState();
    void showProgress(qint64 received, qint64 total);
    void onExported();
    void onFailed(const api::ApiError &error);
    void showResult(bool saved, const QString &text);
    void showInFolder();

    std::unique_ptr<Ui::DataPage> m_ui;
    controllers::DataController &m_data;
    Prompter &m_prompter;
    auth::UrlOpener &m_opener;
    QString m_exportPath;   // the file of the export in flight
    QString m_exportedFile; // the file of the last export written
    bool m_exportPending = false;
    QString m_loadError; // the last load failure's sentence, until a load succeeds
};

} // namespace facturos::pages
