// The Your data page on the demo account: the inventory shows every category the server reports, with its count
// and its legal basis in words; the export goes to the chosen file (progress while it streams, the file whole and
// valid JSON, "Show in folder"), choosing no file sends nothing, an export cut midway or cancelled leaves no file
// and says so; the consent history shows the server's records, pages as the user scrolls and grows when a choice
// changes on the Communications page. The app reaches the server through a HoldingProxy, so a test can stop the
// export's answer in the middle.

#include "guitest.h"

#include "holdingproxy.h"
#include "httpclient.h"

#include "core/consentrecord.h"
#include "core/securitydata.h"
#include "pages/errortext.h"
#include "server/database.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>

using namespace facturos;
using namespace facturos::test;

class TestDataPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<HoldingProxy> proxy;
    std::unique_ptr<AppHarness> h;
    std::unique_ptr<QTemporaryDir> files;
    QByteArray token; // taken before the app signs in, so reading with it changes no count

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("dataPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QAbstractItemModel *inventory() { return w<QTableView>("dataInventoryTableView")->model(); }
    QAbstractItemModel *consents() { return w<QTableView>("dataConsentsTableView")->model(); }
    static QString cell(QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    QString resultText() { return w<QLabel>("dataExportResultLabel")->text(); }
    QStringList filesLeft() { return QDir(files->path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }
    qsizetype exportRequests()
    {
        const auto &lines = proxy->requestLines();
        return std::count_if(lines.cbegin(), lines.cend(),
                             [](const QByteArray &line) { return line.contains("/v1/account/export"); });
    }
    static QString purposeName(const QString &purpose)
    {
        static const QMap<QString, QString> names = {
            {QStringLiteral("communications.newsletter"), QStringLiteral("Facturos newsletter")},
            {QStringLiteral("communications.surveys"), QStringLiteral("Surveys")},
            {QStringLiteral("communications.partnerOffers"), QStringLiteral("Partner offers")},
            {QStringLiteral("privacy.analytics"), QStringLiteral("Analytics")},
            {QStringLiteral("privacy.location"), QStringLiteral("Location services")}};
        return names.value(purpose, QStringLiteral("?"));
    }
    static QString sourceName(const QString &source)
    {
        return source == QLatin1String("web") ? QStringLiteral("Website") : QStringLiteral("Desktop app");
    }
    // The page's own widgets, not the parts Qt builds inside a table or a tab bar.
    static bool isOwnWidget(QWidget *widget)
    {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QTabBar *>(parent))
                return false;
        }
        return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QTableView *>(widget);
    }

    // Signs in through the proxy and opens the page; `seed` fills the server first.
    bool signInAndOpen(const std::function<void(TestServer &)> &seed = {})
    {
        if (seed)
            seed(*h->server);
        token = h->server->signInDirect(kDemoEmail);
        if (!h->startAndSignIn(proxy->url()) || !h->window().showSection(pages::section::Data))
            return false;
        return QTest::qWaitFor([this] { return inventory()->rowCount() > 0 && consents()->rowCount() > 0; }, 10000);
    }
    QList<ConsentRecord> serverConsents()
    {
        QUrl url = h->server->url(QStringLiteral("/v1/account/consents"));
        url.setQuery(QStringLiteral("limit=100"));
        QList<ConsentRecord> records;
        FieldErrors errors;
        for (const QJsonValue &item : HttpClient().get(url, token).json().value(QStringLiteral("items")).toArray())
            records.append(consentRecordFromJson(item.toObject(), QStringLiteral("items"), &errors).value());
        return records;
    }
    // Starts an export to `name` whose answer the proxy stops after 2 KB (the body has begun by then).
    void startHeldExport(const QString &name)
    {
        h->prompter.saveFilePath = files->filePath(name);
        proxy->holdAnswer("/v1/account/export", 2048);
        QSignalSpy held(proxy.get(), &HoldingProxy::answerHeld);
        QTest::mouseClick(w<QPushButton>("dataExportButton"), Qt::LeftButton);
        QVERIFY(held.wait(10000));
        QTRY_VERIFY(w<QLabel>("dataExportProgressLabel")->text() != QStringLiteral("Downloading… 0 bytes received"));
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        proxy = std::make_unique<HoldingProxy>();
        QVERIFY(proxy->listen());
        h = std::make_unique<AppHarness>();
        // The server names the proxy as its issuer: the app and the browser reach everything through it.
        h->server = std::make_unique<TestServer>([this](server::ServerOptions &o) { o.issuer = proxy->url(); });
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        proxy->setUpstream(h->server->url());
        files = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        proxy->release();
        h->signOut();
        h.reset();
        proxy.reset();
    }

    void shouldShowWhatTheServerHoldsAndTheConsentHistory()
    {
        QVERIFY(signInAndOpen());
        FieldErrors errors;
        const auto held = dataInventoryFromJson(
            HttpClient().get(h->server->url(QStringLiteral("/v1/account/data")), token).json(), &errors);
        QVERIFY(held && held->size() >= 7);
        const QMap<QString, QString> bases = {
            {QStringLiteral("contract"), QStringLiteral("Contract")},
            {QStringLiteral("legal_obligation"), QStringLiteral("Legal obligation")},
            {QStringLiteral("consent"), QStringLiteral("Your consent")},
            {QStringLiteral("legitimate_interest"), QStringLiteral("Legitimate interest")}};
        QAbstractItemModel *table = inventory();
        QCOMPARE(table->rowCount(), held->size());
        for (int row = 0; row < held->size(); ++row) {
            const DataCategory &category = held->at(row);
            QCOMPARE(cell(table, row, 0), category.name.en);
            QCOMPARE(cell(table, row, 1), category.purpose.en);
            QCOMPARE(cell(table, row, 2), bases.value(category.legalBasis));
            QCOMPARE(cell(table, row, 3), category.retention.en);
            QCOMPARE(cell(table, row, 4), QLocale().toString(category.count));
            const QString full = table->index(row, 2).data(Qt::ToolTipRole).toString();
            QVERIFY2(full.contains(category.recipients.en) && full.contains(category.purpose.en), qPrintable(full));
            QCOMPARE(table->index(row, 4).data(Qt::AccessibleDescriptionRole).toString(), full);
        }
        QCOMPARE(table->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Items"));

        // Newest first, as the server keeps them: the demo's partner offers refused from the desktop app.
        const QList<ConsentRecord> records = serverConsents();
        QCOMPARE(records.size(), 5);
        QAbstractItemModel *history = consents();
        QCOMPARE(history->rowCount(), records.size());
        for (int row = 0; row < records.size(); ++row) {
            const ConsentRecord &record = records.at(row);
            QCOMPARE(cell(history, row, 0), QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(cell(history, row, 1), purposeName(record.purpose));
            QCOMPARE(cell(history, row, 2), record.granted ? QStringLiteral("Granted") : QStringLiteral("Refused"));
            QCOMPARE(cell(history, row, 3), sourceName(record.source));
            QCOMPARE(cell(history, row, 4), record.statementVersion);
        }
        QCOMPARE(cell(history, 0, 1), QStringLiteral("Partner offers"));
        QCOMPARE(cell(history, 0, 2), QStringLiteral("Refused"));
        QCOMPARE(cell(history, 0, 3), QStringLiteral("Desktop app"));
        QVERIFY(!w<QLabel>("dataConsentsEmptyLabel")->isVisibleTo(page()));

        QVERIFY(!w<QFrame>("dataErrorFrame")->isVisible());
        QVERIFY(!w<QProgressBar>("dataLoadingProgressBar")->isVisible());
        QVERIFY(!w<QFrame>("dataExportProgressFrame")->isVisible());
        QVERIFY(!w<QFrame>("dataExportResultFrame")->isVisible());
        QVERIFY(w<QPushButton>("dataExportButton")->isEnabled());
        QStringList names;
        for (QWidget *widget : page()->findChildren<QWidget *>()) {
            if (!isOwnWidget(widget))
                continue;
            QVERIFY2(widget->objectName().startsWith(QLatin1String("data")), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!names.contains(widget->accessibleName()), qPrintable(widget->accessibleName()));
            names.append(widget->accessibleName());
        }
        QCOMPARE(names.size(), 7); // reload, export, cancel, show in folder, retry, two tables
    }

    void shouldShowLoadingThenASentenceWhenTheServerIsGone()
    {
        proxy->holdAnswer("/v1/account/data", 0); // the inventory read at sign-in gets no answer for now
        QSignalSpy held(proxy.get(), &HoldingProxy::answerHeld);
        QVERIFY(h->startAndSignIn(proxy->url()));
        QVERIFY(h->window().showSection(pages::section::Data));
        QVERIFY(held.count() == 1 || held.wait(10000));
        QVERIFY(w<QProgressBar>("dataLoadingProgressBar")->isVisible());
        QCOMPARE(inventory()->rowCount(), 0);

        h->server.reset();
        proxy->cut(); // and the retry finds no server
        QTRY_VERIFY_WITH_TIMEOUT(w<QFrame>("dataErrorFrame")->isVisible(), 30000);
        QCOMPARE(w<QLabel>("dataErrorLabel")->text(),
                 pages::ErrorText::forSession(auth::SessionError::ServerUnreachable));
        QVERIFY(w<QPushButton>("dataReloadButton")->isVisible());
        QVERIFY(!w<QProgressBar>("dataLoadingProgressBar")->isVisible());
        QVERIFY(h->window().isBannerShown());
    }

    void shouldExportToTheChosenFileWithProgress()
    {
        QVERIFY(signInAndOpen());
        startHeldExport(QStringLiteral("my-data.json"));
        QCOMPARE(h->prompter.saveTitles, QStringList{QStringLiteral("Download all my data")});
        // Streamed without a known size: a busy bar, the amount so far, Cancel; no file before the end.
        QVERIFY(w<QFrame>("dataExportProgressFrame")->isVisible());
        QCOMPARE(w<QProgressBar>("dataExportProgressBar")->maximum(), 0);
        QVERIFY(w<QLabel>("dataExportProgressLabel")->text().endsWith(QLatin1String(" received")));
        QVERIFY(w<QPushButton>("dataExportCancelButton")->isVisible());
        QVERIFY(!w<QPushButton>("dataExportButton")->isEnabled());
        QVERIFY(!QFile::exists(h->prompter.saveFilePath));

        proxy->release();
        QTRY_VERIFY(w<QFrame>("dataExportResultFrame")->isVisible());
        QCOMPARE(resultText(), QStringLiteral("Your data was saved to my-data.json."));
        QVERIFY(!w<QFrame>("dataExportProgressFrame")->isVisible());
        QVERIFY(w<QPushButton>("dataExportButton")->isEnabled());
        QFile file(h->prompter.saveFilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The user's data: their file alone (0600).
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray body = file.readAll();
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(body, &error).isObject());
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(body.contains(kDemoEmail.toUtf8()));
        QCOMPARE(filesLeft(), QStringList{QStringLiteral("my-data.json")});
        QCOMPARE(exportRequests(), 1);

        h->browser.act = false; // only record what would open
        QTest::mouseClick(w<QPushButton>("dataShowInFolderButton"), Qt::LeftButton);
        QCOMPARE(h->browser.opened.last(), QUrl::fromLocalFile(files->path()));
    }

    void shouldSendNothingWhenNoFileIsChosen()
    {
        QVERIFY(signInAndOpen());
        h->prompter.saveFilePath.clear(); // the user closes the file dialog
        QTest::mouseClick(w<QPushButton>("dataExportButton"), Qt::LeftButton);
        QCOMPARE(h->prompter.saveTitles.size(), 1);
        QVERIFY(!w<QFrame>("dataExportProgressFrame")->isVisible());
        QVERIFY(!w<QFrame>("dataExportResultFrame")->isVisible());
        QVERIFY(w<QPushButton>("dataExportButton")->isEnabled());
        // Anything sent would have been on its way by now: let a request to the server go and come back first.
        QVERIFY(HttpClient().get(proxy->url(QStringLiteral("/healthz"))).status == 200);
        QCOMPARE(exportRequests(), 0);
        QVERIFY(filesLeft().isEmpty());
    }

    void shouldLeaveNoFileAndSayWhyWhenTheExportIsCutMidway()
    {
        QVERIFY(signInAndOpen());
        startHeldExport(QStringLiteral("cut.json"));
        proxy->cut();
        QTRY_VERIFY(w<QFrame>("dataExportResultFrame")->isVisible());
        QVERIFY2(resultText().startsWith(QLatin1String("Your data could not be downloaded, so no file was written.")),
                 qPrintable(resultText()));
        QVERIFY2(resultText().contains(QLatin1String("connection was cut")), qPrintable(resultText()));
        QVERIFY(!w<QPushButton>("dataShowInFolderButton")->isVisibleTo(page()));
        QVERIFY(w<QPushButton>("dataExportButton")->isEnabled());
        QVERIFY(!QFile::exists(h->prompter.saveFilePath));
        QVERIFY2(filesLeft().isEmpty(), qPrintable(filesLeft().join(QLatin1Char(','))));
    }

    void shouldLeaveNoFileWhenTheUserCancels()
    {
        QVERIFY(signInAndOpen());
        startHeldExport(QStringLiteral("cancelled.json"));
        QTest::mouseClick(w<QPushButton>("dataExportCancelButton"), Qt::LeftButton);
        QTRY_VERIFY(w<QFrame>("dataExportResultFrame")->isVisible());
        QCOMPARE(resultText(), QStringLiteral("Download cancelled. No file was written."));
        QVERIFY(!w<QFrame>("dataExportProgressFrame")->isVisible());
        QVERIFY(!QFile::exists(h->prompter.saveFilePath));
        QVERIFY(filesLeft().isEmpty());
    }

    void shouldPageTheHistoryAsTheUserScrolls()
    {
        // 250 more records than the demo's five: pages of 100 rows.
        QVERIFY(signInAndOpen([](TestServer &server) {
            auto &db = server.server().database();
            const QString user = server.userId(kDemoEmail);
            db.transaction();
            for (int i = 0; i < 250; ++i)
                db.exec(QStringLiteral("INSERT INTO consents (user_id, time, purpose, granted, source, "
                                       "statement_version) VALUES (?, ?, ?, ?, ?, ?)"),
                        {user, 1700000000 + i, QStringLiteral("privacy.location"), i % 2, QStringLiteral("web"),
                         QStringLiteral("2020-01-14")});
            db.commit();
        }));
        auto *view = w<QTableView>("dataConsentsTableView");
        QAbstractItemModelTester checked(consents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w<QTabWidget>("dataTabWidget")->setCurrentWidget(w<QWidget>("dataConsentsTab"));
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(consents()->rowCount(), 100);
        QVERIFY(consents()->canFetchMore({}));
        QCOMPARE(cell(consents(), 0, 1), QStringLiteral("Location services"));
        view->scrollToBottom();
        QTRY_COMPARE(consents()->rowCount(), 200);
        view->scrollToBottom();
        QTRY_COMPARE(consents()->rowCount(), 255);
        QVERIFY(!consents()->canFetchMore({}));
        // After the 250 newer ones come the demo's own five, newest first.
        QCOMPARE(cell(consents(), 250, 1), QStringLiteral("Partner offers"));
        QCOMPARE(cell(consents(), 250, 3), QStringLiteral("Desktop app"));
    }

    void shouldLeaveEachTableWithTab()
    {
        // Tab goes on to the next control; it does not walk the cells (the history can hold thousands of rows).
        QVERIFY(signInAndOpen());
        QApplication::setActiveWindow(&h->window());
        for (const char *tab : {"dataInventoryTab", "dataConsentsTab"}) {
            w<QTabWidget>("dataTabWidget")->setCurrentWidget(w<QWidget>(tab));
            auto *view = w<QTabWidget>("dataTabWidget")->currentWidget()->findChild<QTableView *>();
            QVERIFY2(view, tab);
            QTRY_VERIFY(view->isVisible() && view->model()->rowCount() > 1);
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_Tab);
            QTRY_VERIFY2(!view->hasFocus(), tab);
        }
    }

    void shouldGrowTheHistoryWhenAChoiceChanges()
    {
        QVERIFY(signInAndOpen());
        const int before = consents()->rowCount();
        // The table columns follow the lists' reset (history) and in-place update (counts) correctly.
        QAbstractItemModelTester checkedHistory(consents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checkedInventory(inventory(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int consentsRow = int(inventory()
                                        ->match(inventory()->index(0, 0), Qt::DisplayRole,
                                                QStringLiteral("Consent history"), 1, Qt::MatchExactly)
                                        .value(0)
                                        .row());
        QCOMPARE(cell(inventory(), consentsRow, 4), QLocale().toString(before));

        QVERIFY(h->window().showSection(pages::section::Communications));
        QWidget *communications = findWidget<QWidget>(&h->window(), QStringLiteral("communicationsPage"));
        auto *newsletter = findWidget<QCheckBox>(communications, QStringLiteral("newsletterCheckBox"));
        QTRY_VERIFY(newsletter->isEnabled() && newsletter->isChecked()); // on in the demo account
        flip(newsletter);
        QTRY_COMPARE(findWidget<QLabel>(communications, QStringLiteral("communicationsStatusLabel"))->text(),
                     QStringLiteral("Saved."));
        QCOMPARE(consentPurposes(*h->server).value(0), QStringLiteral("communications.newsletter"));

        QVERIFY(h->window().showSection(pages::section::Data));
        QTRY_COMPARE(consents()->rowCount(), before + 1);
        QCOMPARE(cell(consents(), 0, 1), QStringLiteral("Facturos newsletter"));
        QCOMPARE(cell(consents(), 0, 2), QStringLiteral("Refused"));
        QCOMPARE(cell(consents(), 0, 3), QStringLiteral("Desktop app"));
        QCOMPARE(cell(consents(), 0, 4), serverConsents().value(0).statementVersion);
        QTRY_COMPARE(cell(inventory(), consentsRow, 4), QLocale().toString(before + 1));
    }
};

QTEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
