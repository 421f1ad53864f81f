// DataController against the real server: the inventory, the consent history paged lazily, and the export
// streamed to a file atomically (progress reported; a cancelled or failed export leaves no file).
#include "controllers/datacontroller.h"
#include "controllertest.h"

#include "core/json.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

class TestDataController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void inventoryAndConsentHistory()
    {
        AppRig rig(m_server);
        DataController c(rig.data, rig.account, 2); // the demo history holds 5 records
        testModel(c.inventory());
        testModel(c.consents());
        QSignalSpy loaded(&c, &DataController::loaded);
        c.load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(c.state(), State::Idle);
        DataCategoryListModel *inventory = c.inventory();
        QVERIFY(inventory->rowCount() >= 5);
        QVERIFY(inventory->rowOf(QStringLiteral("identity")) >= 0);
        const QModelIndex identity = inventory->index(inventory->rowOf(QStringLiteral("identity")));
        QVERIFY(!identity.data(DataCategoryListModel::PurposeFrRole).toString().isEmpty());
        QVERIFY(DataCategory::kLegalBases.contains(identity.data(DataCategoryListModel::LegalBasisRole).toString()));

        ConsentListModel *consents = c.consents();
        QTRY_COMPARE_WITH_TIMEOUT(consents->rowCount(), 2, 10000);
        QVERIFY(consents->canFetchMore({}));
        QCOMPARE(consents->pagesRequested(), 1);
        consents->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(consents->rowCount(), 4, 10000);
        QCOMPARE(consents->pagesRequested(), 2);
        consents->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(consents->rowCount(), 5, 10000);
        QVERIFY(!consents->canFetchMore({}));
        QVERIFY(!consents->index(0).data(ConsentListModel::PurposeRole).toString().isEmpty());
        QVERIFY(consents->index(0).data(ConsentListModel::TimeRole).toDateTime().isValid());
    }

    void exportIsWrittenWholeWithProgress()
    {
        AppRig rig(m_server);
        DataController c(rig.data, rig.account);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("facturos-export.json"));
        QSignalSpy progress(&c, &DataController::exportProgressed);
        QSignalSpy exported(&c, &DataController::exported);
        QVERIFY(c.exportToFile(path));
        QVERIFY(c.isExporting());
        QVERIFY(!c.exportToFile(path)); // one at a time
        QVERIFY(exported.wait(20000));
        QVERIFY(!c.isExporting());
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(!progress.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        QCOMPARE(exported.first().first().toLongLong(), qint64(body.size()));
        const auto json = parseJsonObject(body);
        QVERIFY(json.has_value());
        QVERIFY(!body.contains("\"password\""));
    }

    void cancelledExportLeavesNoFile()
    {
        AppRig rig(m_server);
        DataController c(rig.data, rig.account);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.exportToFile(path));
        c.cancelExport();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(c.error().kind, api::ApiError::Kind::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!c.isExporting());
    }

    void failedExportLeavesNoFileAndUnwritablePathIsReported()
    {
        AppRig rig(m_server);
        DataController c(rig.data, rig.account);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        m_server.reset();
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.exportToFile(path));
        QVERIFY(failed.wait(10000));
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!c.exportToFile(dir.filePath(QStringLiteral("missing/folder/export.json"))));
        QCOMPARE(c.error().code, QStringLiteral("file_open_failed"));
    }
};

QTEST_GUILESS_MAIN(TestDataController)
#include "tst_datacontroller.moc"
