#include "controllers/snapshotlists.h"

#include "controllers/snapshotplaceholders.h"
#include "core/clock.h"

#include <algorithm>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace facturos::controllers {

namespace {

constexpr int kMaxGeneratorChoices = 20; // places and devices listed per generator

QString platformOf(const QString &device)
{
    static const QHash<QString, QString> platforms{
        {QStringLiteral("Windows"), QStringLiteral("Windows NT 10.0; Win64; x64")},
        {QStringLiteral("macOS"), QStringLiteral("Macintosh; Intel Mac OS X 10_15_7")},
        {QStringLiteral("Linux"), QStringLiteral("X11; Linux x86_64")},
        {QStringLiteral("ChromeOS"), QStringLiteral("X11; CrOS x86_64 14541.0.0")},
        {QStringLiteral("iPhone"), QStringLiteral("iPhone; CPU iPhone OS 18_6 like Mac OS X")},
        {QStringLiteral("iPad"), QStringLiteral("iPad; CPU OS 18_6 like Mac OS X")},
        {QStringLiteral("Android"), QStringLiteral("Linux; Android 14; K")},
    };
    return platforms.value(device, QStringLiteral("compatible"));
}

// Counts of `values`, most frequent first (ties in first-seen order), as fixture generator choices.
QJsonArray weighted(const QStringList &values, const QString &key)
{
    QList<QPair<QString, int>> counts;
    for (const QString &v : values) {
        auto it = std::find_if(counts.begin(), counts.end(), [&v](const auto &c) { return c.first == v; });
        if (it == counts.end())
            counts.append({v, 1});
        else
            ++it->second;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray choices;
    const int most = counts.isEmpty() ? 1 : counts.first().second;
    for (qsizetype i = 0; i < counts.size() && i < kMaxGeneratorChoices; ++i) {
        const int weight = std::clamp(int(qint64(counts.at(i).second) * 1000 / most), 1, 1000);
        choices.append(QJsonObject{{key, counts.at(i).first}, {QStringLiteral("weight"), weight}});
    }
    return choices;
}

QString mostCommon(const QStringList &values)
{
    const QJsonArray choices = weighted(values, QStringLiteral("v"));
    return choices.isEmpty() ? QString() : choices.first().toObject().value(QStringLiteral("v")).toString();
}

// The sign-in event that opened the current session: the support sign-in will add its own.
qsizetype signInOfCurrentSession(const SnapshotInput &in)
{
    const auto current =
        std::find_if(in.sessions.cbegin(), in.sessions.cend(), [](const Session &s) { return s.current; });
    qsizetype best = -1;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < in.activity.size(); ++i) {
        if (in.activity.at(i).kind != ActivityKind::SignIn)
            continue;
        if (current == in.sessions.cend())
            return i; // no current session known: the newest sign-in
        const qint64 gap = std::abs(in.activity.at(i).time.secsTo(current->createdAt));
        if (gap < bestGap) {
            best = i;
            bestGap = gap;
        }
    }
    return best;
}

QJsonObject activityGenerator(SnapshotPlaceholders &p, const QString &kind, const QList<ActivityEvent> &events)
{
    // `events` newest first; the generator wants one second per event at least.
    const QDateTime to = events.first().time;
    QDateTime from = events.last().time;
    if (from.secsTo(to) < events.size())
        from = to.addSecs(-events.size());
    QStringList ips, agents;
    for (const ActivityEvent &e : events) {
        ips.append(e.ip.isEmpty() ? QStringLiteral("192.0.2.1") : p.ip(e.ip));
        agents.append(userAgentFor(e.device, e.browser));
    }
    return {{QStringLiteral("generate"),
             QJsonObject{{QStringLiteral("count"), int(events.size())},
                         {QStringLiteral("from"), formatTime(from)},
                         {QStringLiteral("to"), formatTime(to)},
                         {QStringLiteral("seed"), qint64(p.number(QStringLiteral("activity.") + kind))},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("places"), weighted(ips, QStringLiteral("ip"))},
                         {QStringLiteral("devices"), weighted(agents, QStringLiteral("userAgent"))}}}};
}

void addActivity(SnapshotPlaceholders &p, const SnapshotInput &in, SnapshotRows *out)
{
    const qsizetype left = signInOfCurrentSession(in);
    QList<ActivityEvent> rows = in.activity;
    if (left >= 0)
        rows.removeAt(left);
    const qsizetype shown = std::min<qsizetype>(kSnapshotExplicitRows, rows.size());
    // Older rows: one generator per kind, so each kind keeps its count.
    QMap<QString, QList<ActivityEvent>> byKind;
    QStringList kindOrder;
    for (qsizetype i = shown; i < rows.size(); ++i) {
        if (!byKind.contains(rows.at(i).kind))
            kindOrder.append(rows.at(i).kind);
        byKind[rows.at(i).kind].append(rows.at(i));
    }
    for (const QString &kind : kindOrder)
        out->activity.append(activityGenerator(p, kind, byKind.value(kind)));
    // The first page, row by row, oldest first (the server shows them newest first).
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const ActivityEvent &e = rows.at(i);
        out->activity.append(QJsonObject{{QStringLiteral("time"), formatTime(e.time)},
                                         {QStringLiteral("kind"), e.kind},
                                         {QStringLiteral("ip"), p.ip(e.ip)},
                                         {QStringLiteral("userAgent"), userAgentFor(e.device, e.browser)}});
    }
    QJsonObject kinds;
    for (const ActivityEvent &e : in.activity)
        kinds.insert(e.kind, kinds.value(e.kind).toInt() + 1);
    const int total = int(in.activity.size());
    out->summary.insert(
        QStringLiteral("activity"),
        QJsonObject{{QStringLiteral("total"), total},
                    {QStringLiteral("totalIsLowerBound"), !in.activityComplete},
                    {QStringLiteral("pageSize"), kSnapshotExplicitRows},
                    {QStringLiteral("pages"), (total + kSnapshotExplicitRows - 1) / kSnapshotExplicitRows},
                    {QStringLiteral("kinds"), kinds},
                    {QStringLiteral("rowsWritten"), int(shown)},
                    {QStringLiteral("rowsGenerated"), int(rows.size() - shown)},
                    {QStringLiteral("leftForTheSupportSignIn"), left >= 0 ? 1 : 0}});
}

void addConsents(const SnapshotInput &in, SnapshotRows *out)
{
    const QList<ConsentRecord> &all = in.consents;
    const qsizetype shown = std::min<qsizetype>(kSnapshotExplicitRows, all.size());
    if (all.size() > shown) {
        const QStringList &known = consentPurposes();
        QStringList purposes, sources, versions;
        // Listed by insertion, not by time: the span is the rows' earliest and latest time.
        QDateTime from = all.last().time, to = all.last().time;
        for (qsizetype i = all.size() - 1; i >= shown; --i) {
            const ConsentRecord &r = all.at(i);
            from = std::min(from, r.time);
            to = std::max(to, r.time);
            if (known.contains(r.purpose) && !purposes.contains(r.purpose))
                purposes.append(r.purpose);
            sources.append(r.source);
            versions.append(r.statementVersion);
        }
        if (purposes.isEmpty())
            purposes.append(known.first());
        out->consents.append(QJsonObject{
            {QStringLiteral("generate"), QJsonObject{{QStringLiteral("count"), int(all.size() - shown)},
                                                     {QStringLiteral("from"), formatTime(from)},
                                                     {QStringLiteral("to"), formatTime(to)},
                                                     {QStringLiteral("purposes"), QJsonArray::fromStringList(purposes)},
                                                     {QStringLiteral("source"), mostCommon(sources)},
                                                     {QStringLiteral("statementVersion"), mostCommon(versions)}}}});
    }
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const ConsentRecord &r = all.at(i);
        out->consents.append(QJsonObject{{QStringLiteral("time"), formatTime(r.time)},
                                         {QStringLiteral("purpose"), r.purpose},
                                         {QStringLiteral("granted"), r.granted},
                                         {QStringLiteral("source"), r.source},
                                         {QStringLiteral("statementVersion"), r.statementVersion}});
    }
    const int total = int(all.size());
    out->summary.insert(
        QStringLiteral("consents"),
        QJsonObject{{QStringLiteral("total"), total},
                    {QStringLiteral("totalIsLowerBound"), !in.consentsComplete},
                    {QStringLiteral("pageSize"), kSnapshotExplicitRows},
                    {QStringLiteral("pages"), (total + kSnapshotExplicitRows - 1) / kSnapshotExplicitRows},
                    {QStringLiteral("rowsWritten"), int(shown)},
                    {QStringLiteral("rowsGenerated"), int(all.size() - shown)}});
}

} // namespace

QString userAgentFor(const QString &device, const QString &browser)
{
    const QString platform = platformOf(device);
    static const QRegularExpression app(QStringLiteral("^Facturos Account ([0-9][0-9A-Za-z.+-]{0,31})$"));
    if (const auto match = app.match(browser); match.hasMatch()) {
        const QString system = platform == QLatin1String("compatible") ? QStringLiteral("other") : device;
        return QStringLiteral("FacturosAccount/%1 (%2; Qt)").arg(match.captured(1), system);
    }
    static const QRegularExpression named(QStringLiteral("^(.*?)(?: ([0-9]+))?$"));
    const auto parts = named.match(browser);
    const QString name = parts.captured(1);
    const QString major = parts.captured(2);
    const QString chrome = QStringLiteral("AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%1.0.0.0 Safari/537.36")
                               .arg(major.isEmpty() ? QStringLiteral("120") : major);
    const QString dotted = major.isEmpty() ? QString() : major + QStringLiteral(".0");
    QString engine;
    if (name == QLatin1String("Firefox"))
        engine = QStringLiteral("Gecko/20100101 Firefox/") + dotted;
    else if (name == QLatin1String("Chrome"))
        engine = major.isEmpty() ? QStringLiteral("AppleWebKit/537.36 Chrome/ Safari/537.36") : chrome;
    else if (name == QLatin1String("Edge"))
        engine = chrome + QStringLiteral(" Edg/") + dotted;
    else if (name == QLatin1String("Opera"))
        engine = chrome + QStringLiteral(" OPR/") + dotted;
    else if (name == QLatin1String("Chromium"))
        engine = QStringLiteral("Chromium/") + dotted + QLatin1Char(' ') + chrome;
    else if (name == QLatin1String("Samsung Internet"))
        engine = QStringLiteral("SamsungBrowser/") + dotted + QLatin1Char(' ') + chrome;
    else if (name == QLatin1String("Safari"))
        engine = QStringLiteral("AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%1 Safari/605.1.15").arg(dotted);
    return QStringLiteral("Mozilla/5.0 (%1)").arg(platform) +
           (engine.isEmpty() ? QString() : QLatin1Char(' ') + engine);
}

SnapshotRows snapshotRows(SnapshotPlaceholders &p, const SnapshotInput &in)
{
    SnapshotRows out;
    int left = 0;
    for (const Session &s : in.sessions) {
        if (s.current) { // the support sign-in's own session takes its place
            ++left;
            continue;
        }
        out.sessions.append(QJsonObject{{QStringLiteral("id"), p.id(s.id)},
                                        {QStringLiteral("clientId"), s.clientId},
                                        {QStringLiteral("createdAt"), formatTime(s.createdAt)},
                                        {QStringLiteral("lastSeenAt"), formatTime(s.lastSeenAt)},
                                        {QStringLiteral("ip"), p.ip(s.ip)},
                                        {QStringLiteral("userAgent"), userAgentFor(s.device, s.browser)}});
    }
    out.summary.insert(QStringLiteral("sessions"), QJsonObject{{QStringLiteral("total"), int(in.sessions.size())},
                                                               {QStringLiteral("leftForTheSupportSignIn"), left}});
    addActivity(p, in, &out);
    addConsents(in, &out);
    return out;
}

} // namespace facturos::controllers
