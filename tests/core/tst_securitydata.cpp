// The Security and "Your data" codecs the desktop client decodes: round trips, wire shape, and strictness
// (unknown members, wrong types, bad codes and enums are refused with their paths).

#include "core/json.h"
#include "core/securitydata.h"

#include "codectest.h"

#include <QJsonArray>
#include <QTest>

using namespace facturos;
using namespace facturos::test;

namespace {

QDateTime at(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Session sampleSession()
{
    return {QStringLiteral("1f6d7c1e"),
            true,
            QStringLiteral("facturos-desktop"),
            at(2026, 10, 12),
            at(2026, 11, 25),
            QStringLiteral("192.0.2.24"),
            QStringLiteral("Windows"),
            QStringLiteral("Firefox 145"),
            QStringLiteral("Lyon, France")};
}

ActivityEvent sampleEvent()
{
    return {QStringLiteral("42"),
            at(2026, 9, 14, 2, 41),
            QStringLiteral("sign_in_failed"),
            QStringLiteral("203.0.113.45"),
            QStringLiteral("Windows"),
            QStringLiteral("Chrome 139"),
            QStringLiteral("Toronto, Canada")};
}

Delegate sampleDelegate()
{
    return {QStringLiteral("c3a1"),
            QStringLiteral("Cabinet Morel Expertise"),
            QStringLiteral("cabinet@morel-expertise.example"),
            QStringLiteral("accountant"),
            QStringLiteral("modify"),
            at(2024, 1, 15),
            at(2026, 11, 17)};
}

DataCategory sampleCategory()
{
    DataCategory c;
    c.key = QStringLiteral("invoices");
    c.name = {QStringLiteral("Invoices"), QStringLiteral("Factures")};
    c.purpose = {QStringLiteral("Kept by law."), QStringLiteral("Conservées par la loi.")};
    c.legalBasis = QStringLiteral("legal_obligation");
    c.retention = {QStringLiteral("10 years"), QStringLiteral("10 ans")};
    c.recipients = {QStringLiteral("Facturos"), QStringLiteral("Facturos")};
    c.count = 5;
    return c;
}

} // namespace

class TestSecurityData : public QObject
{
    Q_OBJECT

private slots:
    void sessionRoundTrip()
    {
        Session s = sampleSession();
        QJsonObject json = reparsed(toJson(s));
        QCOMPARE(json.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-10-12T09:00:00Z"));
        QCOMPARE(json.size(), 9);
        QCOMPARE(sessionFromJson(json, QString(), nullptr), std::optional<Session>(s));
        s.approximateLocation.clear();
        json = reparsed(toJson(s));
        QVERIFY(json.value(QStringLiteral("approximateLocation")).isNull());
        QCOMPARE(sessionFromJson(json, QString(), nullptr), std::optional<Session>(s));
    }

    void eventAndDelegateRoundTrip()
    {
        const ActivityEvent e = sampleEvent();
        QCOMPARE(activityEventFromJson(reparsed(toJson(e)), QString(), nullptr), std::optional<ActivityEvent>(e));
        Delegate d = sampleDelegate();
        QCOMPARE(delegateFromJson(reparsed(toJson(d)), QString(), nullptr), std::optional<Delegate>(d));
        d.lastAccessAt = QDateTime();
        const QJsonObject json = reparsed(toJson(d));
        QVERIFY(json.value(QStringLiteral("lastAccessAt")).isNull());
        QCOMPARE(delegateFromJson(json, QString(), nullptr), std::optional<Delegate>(d));
    }

    void inventoryRoundTrip()
    {
        const QList<DataCategory> categories{sampleCategory()};
        const QJsonObject json = reparsed(dataInventoryToJson(categories));
        const QJsonObject first = json.value(QStringLiteral("categories")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toObject().value(QStringLiteral("fr")).toString(),
                 QStringLiteral("Factures"));
        QCOMPARE(dataInventoryFromJson(json, nullptr), std::optional<QList<DataCategory>>(categories));
    }

    void pagesDecodeWithItemPaths()
    {
        Page<ActivityEvent> page;
        page.items = {sampleEvent(), sampleEvent()};
        page.next = QStringLiteral("abc");
        QJsonObject json = reparsed(pageToJson(page));
        auto decoded = activityPageFromJson(json, nullptr);
        QVERIFY(decoded);
        QCOMPARE(decoded->items, page.items);
        QCOMPARE(decoded->next, page.next);

        QJsonArray items = json.value(QStringLiteral("items")).toArray();
        items.replace(1, edited(items.at(1).toObject(), QStringLiteral("kind"), QStringLiteral("Sign In")));
        json.insert(QStringLiteral("items"), items);
        FieldErrors errors;
        QVERIFY(!activityPageFromJson(json, &errors));
        QCOMPARE(errors.value(0).field, QStringLiteral("items[1].kind"));
        QCOMPARE(errors.value(0).code, ErrorCode::InvalidFormat);

        FieldErrors missingNext;
        QVERIFY(!sessionPageFromJson(QJsonObject{{QStringLiteral("items"), QJsonArray()}}, &missingNext));
        QCOMPARE(missingNext.value(0).field, QStringLiteral("next"));
        QVERIFY(delegatePageFromJson(
            QJsonObject{{QStringLiteral("items"), QJsonArray()}, {QStringLiteral("next"), QJsonValue()}}, nullptr));
    }

    void strictness_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("session unknown") << "session"
                                         << "userAgent" << QJsonValue(QStringLiteral("x")) << ErrorCode::UnknownField;
        QTest::newRow("session current type") << "session"
                                              << "current" << QJsonValue(1) << ErrorCode::Type;
        QTest::newRow("session location missing") << "session"
                                                  << "approximateLocation" << kRemove << ErrorCode::Required;
        QTest::newRow("session bad time")
            << "session"
            << "lastSeenAt" << QJsonValue(QStringLiteral("yesterday")) << ErrorCode::InvalidFormat;
        QTest::newRow("event kind upper")
            << "event"
            << "kind" << QJsonValue(QStringLiteral("SIGN_IN")) << ErrorCode::InvalidFormat;
        QTest::newRow("event kind empty") << "event"
                                          << "kind" << QJsonValue(QStringLiteral("")) << ErrorCode::InvalidFormat;
        QTest::newRow("event id number") << "event"
                                         << "id" << QJsonValue(42) << ErrorCode::Type;
        QTest::newRow("delegate role") << "delegate"
                                       << "role" << QJsonValue(QStringLiteral("owner")) << ErrorCode::InvalidFormat;
        QTest::newRow("delegate scope") << "delegate"
                                        << "scope" << QJsonValue(QStringLiteral("read")) << ErrorCode::InvalidFormat;
        QTest::newRow("delegate lastAccess missing") << "delegate"
                                                     << "lastAccessAt" << kRemove << ErrorCode::Required;
        QTest::newRow("delegate lastAccess bad")
            << "delegate"
            << "lastAccessAt" << QJsonValue(QStringLiteral("x")) << ErrorCode::InvalidFormat;
        QTest::newRow("category basis") << "category"
                                        << "legalBasis" << QJsonValue(QStringLiteral("law"))
                                        << ErrorCode::InvalidFormat;
        QTest::newRow("category count") << "category"
                                        << "count" << QJsonValue(-1) << ErrorCode::InvalidFormat;
        QTest::newRow("category fr missing") << "category"
                                             << "purpose.fr" << kRemove << ErrorCode::Required;
        QTest::newRow("category text extra")
            << "category"
            << "retention.de" << QJsonValue(QStringLiteral("x")) << ErrorCode::UnknownField;
        QTest::newRow("category name null") << "category"
                                            << "name" << QJsonValue() << ErrorCode::Type;
    }

    void strictness()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        FieldErrors errors;
        bool decoded = true;
        const QString path = QStringLiteral("items[0]");
        if (type == QLatin1String("session"))
            decoded = sessionFromJson(edited(toJson(sampleSession()), field, value), path, &errors).has_value();
        else if (type == QLatin1String("event"))
            decoded = activityEventFromJson(edited(toJson(sampleEvent()), field, value), path, &errors).has_value();
        else if (type == QLatin1String("delegate"))
            decoded = delegateFromJson(edited(toJson(sampleDelegate()), field, value), path, &errors).has_value();
        else
            decoded = dataCategoryFromJson(edited(toJson(sampleCategory()), field, value), path, &errors).has_value();
        QVERIFY(!decoded);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, path + QLatin1Char('.') + field);
        QCOMPARE(errors.first().code, code);
    }

    void activityKinds()
    {
        QVERIFY(isActivityKind(ActivityKind::SignIn));
        QVERIFY(isActivityKind(QStringLiteral("mailbox_connected")));
        QVERIFY(!isActivityKind(QStringLiteral("_x")));
        QVERIFY(!isActivityKind(QStringLiteral("sign-in")));
        QVERIFY(!isActivityKind(QString(65, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(TestSecurityData)
#include "tst_securitydata.moc"
