#include "controllers/supportsnapshot.h"

#include "controllers/logging.h"

#include <memory>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace facturos::controllers {

SnapshotContext snapshotContext(const QUrl &server, const QString &language, const QStringList &sections)
{
    SnapshotContext context;
    context.appVersion = QStringLiteral(FACTUROS_VERSION);
    context.qtVersion = QString::fromLatin1(qVersion());
    context.platform = QSysInfo::prettyProductName();
    context.language = language;
    context.locale = QLocale::system().name();
    context.server = server;
    context.sections = sections;
    context.takenAt = QDateTime::currentDateTimeUtc();
    return context;
}

SupportSnapshot::SupportSnapshot(Apis apis, QObject *parent)
    : Controller(parent), m_apis(apis), m_overview(apis.account, apis.mailboxes)
{}

void SupportSnapshot::cancel()
{
    ++m_generation;
    m_pending = 0;
    m_input = SnapshotInput{}; // what was read so far (a building document keeps its own copy)
    if (isBusy())
        succeed();
}

// Reads a cursor-paged list to its end (or `limit` rows) with the largest pages the API gives, then stores
// it with whether the end was reached.
template <typename T>
void SupportSnapshot::readAll(PageFetch<T> fetch, int limit, std::function<void(const QList<T> &, bool)> store)
{
    const quint64 generation = m_generation;
    auto items = std::make_shared<QList<T>>();
    using Step = std::function<void(const QString &)>;
    auto step = std::make_shared<Step>();
    // Each pending answer holds the step (strongly) and the step holds itself weakly: no cycle, no leak.
    std::weak_ptr<Step> weakStep = step;
    *step = [this, fetch, limit, store, generation, items, weakStep](const QString &cursor) {
        auto keep = weakStep.lock();
        fetch({kMaxPageLimit, cursor}, this, [this, limit, store, generation, items, keep](const auto &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                partDone(generation, result.error);
                return;
            }
            items->append(result.value->items);
            const bool end = result.value->next.isEmpty();
            if (!end && items->size() < limit) {
                (*keep)(result.value->next);
                return;
            }
            const bool complete = end && items->size() <= limit;
            if (items->size() > limit)
                items->resize(limit);
            store(*items, complete);
            partDone(generation);
        });
    };
    (*step)(QString());
}

void SupportSnapshot::take(const SnapshotContext &context, bool memoryOnly)
{
    cancel();
    begin(State::Loading);
    const quint64 generation = m_generation;
    m_context = context;
    m_input = SnapshotInput{};
    m_document = {};
    m_json.clear();
    m_total = m_pending = 10;
    emit progressed(0, m_total);

    // The account and the alerts as the Overview computes them (it reads the mailboxes itself, one page: the
    // document lists them all, below).
    m_overview.setMemoryOnly(memoryOnly);
    disconnect(&m_overview, nullptr, this, nullptr);
    connect(&m_overview, &OverviewController::loaded, this, [this, generation] {
        m_input.account = *m_overview.account();
        m_input.alerts = m_overview.alerts();
        partDone(generation);
    });
    connect(&m_overview, &OverviewController::failed, this,
            [this, generation](const api::ApiError &error) { partDone(generation, error); });
    m_overview.load();

    auto one = [this, generation](auto &target) {
        return [this, generation, &target](const auto &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                target = *result.value;
            partDone(generation, result.error);
        };
    };
    m_apis.account.profile(this, one(m_input.profile));
    m_apis.account.communications(this, one(m_input.communications));
    m_apis.account.privacy(this, one(m_input.privacy));
    m_apis.data.dataInventory(this, one(m_input.inventory));

    using namespace std::placeholders;
    auto all = [this](auto &target) { return [&target](const auto &items, bool) { target = items; }; };
    readAll<Mailbox>(std::bind(&api::MailboxApi::mailboxes, &m_apis.mailboxes, _1, _2, _3), m_listLimit,
                     all(m_input.mailboxes));
    readAll<Session>(std::bind(&api::SecurityApi::sessions, &m_apis.security, _1, _2, _3), m_listLimit,
                     all(m_input.sessions));
    readAll<Delegate>(std::bind(&api::SecurityApi::delegates, &m_apis.security, _1, _2, _3), m_listLimit,
                      all(m_input.delegates));
    readAll<ActivityEvent>(std::bind(&api::SecurityApi::activity, &m_apis.security, _1, _2, _3), m_listLimit,
                           [this](const QList<ActivityEvent> &items, bool complete) {
                               m_input.activity = items;
                               m_input.activityComplete = complete;
                           });
    readAll<ConsentRecord>(std::bind(&api::AccountApi::consents, &m_apis.account, _1, _2, _3), m_listLimit,
                           [this](const QList<ConsentRecord> &items, bool complete) {
                               m_input.consents = items;
                               m_input.consentsComplete = complete;
                           });
}

void SupportSnapshot::partDone(quint64 generation, const api::ApiError &error)
{
    if (generation != m_generation)
        return;
    if (error.isError()) {
        ++m_generation; // the other answers no longer matter
        m_pending = 0;
        fail(error, "take");
        return;
    }
    emit progressed(m_total - --m_pending, m_total);
    if (m_pending == 0 && generation == m_generation) // not cancelled from progressed()
        build(generation);
}

void SupportSnapshot::build(quint64 generation)
{
    struct Built
    {
        QJsonObject document;
        QByteArray json;
    };
    qCInfo(lcControllers) << "support snapshot read:" << m_input.activity.size() << "activity events,"
                          << m_input.consents.size() << "consent records";
    // Owned by this controller: if it goes first, the worker's result is simply dropped.
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled, or another snapshot begun
        Built built = watcher->result();
        m_document = std::move(built.document);
        m_json = std::move(built.json);
        m_input = SnapshotInput{};
        succeed();
        emit taken();
    });
    watcher->setFuture(QtConcurrent::run([input = m_input, context = m_context] {
        Built built;
        built.document = supportSnapshotDocument(input, context);
        built.json = QJsonDocument(built.document).toJson(QJsonDocument::Indented);
        return built;
    }));
}

} // namespace facturos::controllers
