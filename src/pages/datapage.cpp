#include "pages/datapage.h"

#include "auth/urlopener.h"
#include "pages/appstyle.h"
#include "pages/datatables.h"
#include "pages/errortext.h"
#include "pages/icons.h"
#include "pages/prompter.h"
#include "pages/translations.h"
#include "ui_datapage.h"

#include <algorithm>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>

namespace facturos::pages {

using controllers::DataController;

namespace {
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

DataPage::DataPage(DataController &data, Prompter &prompter, auth::UrlOpener &opener, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DataPage>()), m_data(data), m_prompter(prompter), m_opener(opener)
{
    m_ui->setupUi(this);
    m_ui->dataTabWidget->tabBar()->setObjectName(QStringLiteral("dataTabBar"));
    m_ui->dataTabWidget->tabBar()->setAccessibleName(tr("Your data sections"));
    styleAsPageTitle(m_ui->dataHeadingLabel);
    m_ui->dataExportButton->setIcon(icons::icon(QStringLiteral("download")));
    m_ui->dataShowInFolderButton->setIcon(icons::icon(QStringLiteral("folder")));
    m_ui->dataExportResultFrame->setVisible(false);
    setUpTables();

    connect(m_ui->dataReloadButton, &QPushButton::clicked, &data, &DataController::load);
    connect(m_ui->dataExportButton, &QPushButton::clicked, this, &DataPage::startExport);
    connect(m_ui->dataExportCancelButton, &QPushButton::clicked, &data, &DataController::cancelExport);
    connect(m_ui->dataShowInFolderButton, &QPushButton::clicked, this, &DataPage::showInFolder);
    connect(m_ui->dataConsentsRetryButton, &QPushButton::clicked, data.consents(),
            &controllers::ConsentListModel::retry);

    connect(&data, &DataController::wentStale, this, [this] {
        if (isVisible())
            m_data.load();
    });
    connect(&data, &DataController::loaded, this, [this] {
        m_loadError.clear();
        showState();
    });
    connect(&data, &controllers::Controller::failed, this, &DataPage::onFailed);
    connect(&data, &controllers::Controller::stateChanged, this, &DataPage::showState);
    connect(&data, &DataController::exportingChanged, this, &DataPage::showState);
    connect(&data, &DataController::exportProgressed, this, &DataPage::showProgress);
    connect(&data, &DataController::exported, this, &DataPage::onExported);
    connect(data.inventory(), &controllers::ListModelBase::fetchingChanged, this, &DataPage::showState);

    controllers::ConsentListModel *consents = data.consents();
    consents->onReadingChanged(this, &DataPage::showConsentsState);
    // Built after a failed read (a page is built when its section first shows): as if it had just failed.
    if (data.state() == controllers::State::Error)
        onFailed(data.error());
    showState();
    showConsentsState();
}

DataPage::~DataPage() = default;

void DataPage::setUpTables()
{
    QTableView *inventory = m_ui->dataInventoryTableView;
    inventory->setModel(DataTables::inventory(*m_data.inventory(), languageFor(QLocale()), this));
    inventory->setItemDelegate(new RoomyItemDelegate(inventory));
    inventory->setTabKeyNavigation(false); // Tab goes on to the next control rather than from cell to cell
    inventory->verticalHeader()->hide();
    // Eleven rows or so of wrapped text: each row as tall as its text, the purpose taking the spare width.
    inventory->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = inventory->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DataTables::PurposeColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(DataTables::LegalBasisColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(DataTables::CountColumn, QHeaderView::ResizeToContents);
    columns->resizeSection(DataTables::CategoryColumn, metrics.averageCharWidth() * 20);
    columns->resizeSection(DataTables::RetentionColumn, metrics.averageCharWidth() * 24);

    QTableView *consents = m_ui->dataConsentsTableView;
    consents->setModel(DataTables::consents(*m_data.consents(), this));
    consents->setItemDelegate(new RoomyItemDelegate(consents));
    consents->setTabKeyNavigation(false);
    consents->verticalHeader()->hide();
    // Possibly thousands of rows: one line each, fixed height, so scrolling never measures them.
    consents->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    consents->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    consents->horizontalHeader()->setStretchLastSection(true);
    // Column widths follow the first page once, then stay put while more rows arrive.
    connect(m_data.consents(), &controllers::ListModelBase::loaded, consents,
            [consents] { consents->resizeColumnsToContents(); });
    if (m_data.consents()->rowCount() > 0) // built after the data came
        consents->resizeColumnsToContents();
}

void DataPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_data.isStale())
        m_data.load();
}

void DataPage::showConsentHistory()
{
    m_ui->dataTabWidget->setCurrentWidget(m_ui->dataConsentsTab);
}

void DataPage::showState()
{
    const bool exporting = m_data.isExporting();
    m_ui->dataLoadingProgressBar->setVisible(m_data.inventory()->isFetching());
    m_ui->dataErrorLabel->setText(m_loadError);
    m_ui->dataErrorFrame->setVisible(!m_loadError.isEmpty());
    m_ui->dataExportButton->setEnabled(!exporting);
    m_ui->dataExportProgressFrame->setVisible(exporting);
}

void DataPage::showConsentsState()
{
    controllers::ConsentListModel *consents = m_data.consents();
    const bool failed = consents->hasFailed();
    m_ui->dataConsentsErrorLabel->setText(
        failed ? tr("Your consent history could not be read. %1").arg(ErrorText::forApi(consents->error()))
               : QString());
    m_ui->dataConsentsErrorFrame->setVisible(failed);
    m_ui->dataConsentsEmptyLabel->setVisible(!failed && consents->isComplete() && consents->rowCount() == 0);
}

bool DataPage::startExport()
{
    if (m_data.isExporting())
        return false;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("facturos-data-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_prompter.chooseSaveFile(this, tr("Download all my data"), QDir(documents).filePath(name),
                                                   tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false; // the user changed their mind: nothing is asked of the server
    m_ui->dataExportResultFrame->setVisible(false);
    m_exportPath = path;
    m_exportPending = true;
    showProgress(0, -1);
    // A file that cannot be created is reported through failed() before this returns.
    return m_data.exportToFile(path);
}

void DataPage::showProgress(qint64 received, qint64 total)
{
    QProgressBar *bar = m_ui->dataExportProgressBar;
    QString text;
    if (total > 0) {
        // Per mille, so a file of several gigabytes still fits the bar's int range.
        bar->setRange(0, 1000);
        bar->setValue(int(std::clamp<qint64>(received * 1000 / total, 0, 1000)));
        //: %1 and %2 are sizes ("1.2 MB").
        text = tr("Downloading… %1 of %2").arg(dataSize(received), dataSize(total));
    } else {
        bar->setRange(0, 0); // size unknown (streamed): a busy bar
        //: %1 is a size ("1.2 MB").
        text = tr("Downloading… %1 received").arg(dataSize(received));
    }
    m_ui->dataExportProgressLabel->setText(text);
    bar->setAccessibleDescription(text);
}

void DataPage::onExported()
{
    if (!m_exportPending)
        return;
    m_exportPending = false;
    m_exportedFile = m_exportPath;
    //: %1 is a file name.
    showResult(true, tr("Your data was saved to %1.").arg(QFileInfo(m_exportPath).fileName()));
    m_ui->dataExportResultLabel->setToolTip(QDir::toNativeSeparators(m_exportPath));
    emit exportFinished(true, m_exportPath);
}

void DataPage::onFailed(const api::ApiError &error)
{
    // The controller reports loads and exports alike; an export's failure comes once it is no longer running.
    if (!m_exportPending || m_data.isExporting()) {
        m_loadError = ErrorText::forApi(error);
        showState();
        return;
    }
    m_exportPending = false;
    if (error.kind == api::ApiError::Kind::Cancelled)
        showResult(false, tr("Download cancelled. No file was written."));
    else
        //: %1 is the reason, a whole sentence.
        showResult(false,
                   tr("Your data could not be downloaded, so no file was written. %1").arg(ErrorText::forApi(error)));
    emit exportFinished(false, m_exportPath);
}

void DataPage::showResult(bool saved, const QString &text)
{
    m_ui->dataExportResultIconLabel->setPixmap(
        icons::icon(saved ? QStringLiteral("done") : QStringLiteral("warning")).pixmap(22, 22));
    m_ui->dataExportResultLabel->setText(text);
    m_ui->dataExportResultLabel->setToolTip(QString());
    m_ui->dataShowInFolderButton->setVisible(saved);
    m_ui->dataExportResultFrame->setVisible(true);
    showState();
}

void DataPage::showInFolder()
{
    const QString folder = QFileInfo(m_exportedFile).absolutePath();
    if (!m_opener.openUrl(QUrl::fromLocalFile(folder)))
        //: %1 is a folder.
        m_prompter.inform(
            this, tr("Show in folder"),
            tr("The folder could not be opened. Your file is in %1.").arg(QDir::toNativeSeparators(folder)));
}

void DataPage::clearExport()
{
    m_data.cancelExport(); // synchronous: reported (and exportFinished emitted) as a cancelled export
    m_exportPath.clear();
    m_exportedFile.clear();
    m_ui->dataExportResultFrame->setVisible(false);
    m_loadError.clear();
    showState();
}

} // namespace facturos::pages
