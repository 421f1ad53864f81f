#pragma once
// Takes a support snapshot: reads every section through the same typed API calls the pages use (the account
// and its alerts through an OverviewController, so they are computed exactly as the Overview shows them),
// pages through the long lists to count them, then builds the document (snapshotdocument.h) on a worker
// thread: for 100,000 activity events that takes about a second. Nothing leaves the app from here: the
// page shows the document and the user decides to copy or save it.

#include "api/accountapi.h"
#include "api/dataapi.h"
#include "api/mailboxapi.h"
#include "api/securityapi.h"
#include "controllers/controller.h"
#include "controllers/overviewcontroller.h"
#include "controllers/snapshotdocument.h"

#include <algorithm>
#include <QJsonObject>

namespace facturos::controllers {

// Where the app runs (version, Qt, platform, system locale, now) with the app's `server`, `language` and
// sidebar `sections`.
[[nodiscard]] SnapshotContext snapshotContext(const QUrl &server, const QString &language, const QStringList &sections);

class SupportSnapshot final : public Controller
{
    Q_OBJECT
public:
    struct Apis
    {
        api::AccountApi &account;
        api::MailboxApi &mailboxes;
        api::SecurityApi &security;
        api::DataApi &data;
    };
    inline static constexpr int kDefaultListLimit = 100000;

    explicit SupportSnapshot(Apis apis, QObject *parent = nullptr);

    // The most rows read from one long list (activity, consent history); a longer list is recorded with its
    // first `maxItems` rows and its total marked as a lower bound.
    void setListLimit(int maxItems) { m_listLimit = std::max(1, maxItems); }
    // Reads everything (State::Loading, progressed()), builds the document, then taken() — or failed() at the
    // first failure.
    // `memoryOnly`: the app keeps its session in memory only (an Overview alert).
    void take(const SnapshotContext &context, bool memoryOnly = false);
    // Forgets a snapshot in progress: no signal follows.
    void cancel();

    [[nodiscard]] const QJsonObject &document() const { return m_document; }
    // The document as the user sees and copies it: indented UTF-8 JSON.
    [[nodiscard]] const QByteArray &json() const { return m_json; }

signals:
    void taken();
    void progressed(int done, int total);

private:
    template <typename T>
    using PageFetch = std::function<api::ApiCall *(const api::PageRequest &, QObject *, api::Done<Page<T>>)>;
    template <typename T>
    void readAll(PageFetch<T> fetch, int limit, std::function<void(const QList<T> &, bool)> store);
    // One section done: `error` set when it failed.
    void partDone(quint64 generation, const api::ApiError &error = {});
    void build(quint64 generation);

    Apis m_apis;
    OverviewController m_overview;
    int m_listLimit = kDefaultListLimit;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_total = 0;
    SnapshotContext m_context;
    SnapshotInput m_input;
    QJsonObject m_document;
    QByteArray m_json;
};

} // namespace facturos::controllers
