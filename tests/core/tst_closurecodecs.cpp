// The closure request and closure state codecs: wire shape, round trip and strictness.
#include "core/closure.h"
#include "core/json.h"

#include "codectest.h"

#include <QTest>

using namespace facturos;
using namespace facturos::test;

class TestClosureCodecs : public QObject
{
    Q_OBJECT

private slots:
    void stateRoundTrip()
    {
        const ClosureState state{QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC), false};
        const QJsonObject json = reparsed(toJson(state));
        QCOMPARE(json.value(QStringLiteral("scheduledFor")).toString(), QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(json.size(), 3);
        FieldErrors errors;
        QCOMPARE(closureStateFromJson(json, QStringLiteral("closure"), &errors), state);
        QVERIFY(!closureStateFromJson(edited(json, QStringLiteral("extra"), 1), QStringLiteral("closure"), &errors));
        QCOMPARE(errors.last().field, QStringLiteral("closure.extra"));
    }

    void requestRoundTrip()
    {
        const ClosureRequest request{QStringLiteral("elise@atelier-martin.fr"), QStringLiteral("Trop cher"), true};
        FieldErrors errors;
        QCOMPARE(closureRequestFromJson(reparsed(toJson(request)), &errors), request);
        QVERIFY(errors.isEmpty());
        QVERIFY(!toJson(ClosureRequest{QStringLiteral("a@b.fr"), QString(), false}).contains(QStringLiteral("reason")));
    }

    void requestStrictness_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addRow("confirm missing") << "confirm" << kRemove << ErrorCode::Required;
        QTest::addRow("confirm number") << "confirm" << QJsonValue(3) << ErrorCode::Type;
        QTest::addRow("stopMarketing missing") << "stopMarketing" << kRemove << ErrorCode::Required;
        QTest::addRow("stopMarketing string")
            << "stopMarketing" << QJsonValue(QStringLiteral("yes")) << ErrorCode::Type;
        QTest::addRow("reason too long") << "reason" << QJsonValue(QString(1001, QLatin1Char('x')))
                                         << ErrorCode::TooLong;
        QTest::addRow("unknown") << "when" << QJsonValue(QStringLiteral("now")) << ErrorCode::UnknownField;
    }

    void requestStrictness()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const QJsonObject valid = toJson(ClosureRequest{QStringLiteral("a@b.fr"), QStringLiteral("r"), true});
        FieldErrors errors;
        QVERIFY(!closureRequestFromJson(edited(valid, path, value), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, path);
        QCOMPARE(errors.first().code, code);
    }
};

QTEST_GUILESS_MAIN(TestClosureCodecs)
#include "tst_closurecodecs.moc"
