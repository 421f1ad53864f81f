// Strict JSON parsing, JsonReader's per-field reporting, RFC 3339 times and the injectable clock.

#include "core/clock.h"
#include "core/json.h"

#include <QElapsedTimer>
#include <QTest>

using namespace facturos;

Q_DECLARE_METATYPE(facturos::JsonParseError)
Q_DECLARE_METATYPE(facturos::Presence)

namespace {

QByteArray nestedObjects(int depth)
{
    return QByteArray("{\"a\":").repeated(depth - 1) + "{}" + QByteArray("}").repeated(depth - 1);
}

QByteArray inString(const QByteArray &raw)
{
    return "{\"a\":\"" + raw + "\"}";
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void parseJsonObject_data();
    void parseJsonObject();
    void acceptsValidMultiByteText();
    void acceptsOneMegabyteString();
    void rejectsHostileNestingFast_data();
    void rejectsHostileNestingFast();
    void compactJsonIsSortedAndCompact();
    void readerGetters_data();
    void readerGetters();
    void readerIntegerValues();
    void rejectUnknownReportsUnreadKeys();
    void nonNullObjectRefusesNull();
    void formatTime_data();
    void formatTime();
    void parseTime_data();
    void parseTime();
    void manualClockMovesOnlyWhenTold();
};

void TestJson::parseJsonObject_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<JsonParseError>("expected");

    QTest::newRow("empty") << QByteArray() << JsonParseError::Empty;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << JsonParseError::Empty;
    QTest::newRow("empty object") << QByteArray("{}") << JsonParseError::None;
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null]})") << JsonParseError::None;
    QTest::newRow("array") << QByteArray("[]") << JsonParseError::NotAnObject;
    QTest::newRow("string") << QByteArray("\"x\"") << JsonParseError::NotAnObject;
    QTest::newRow("number") << QByteArray("42") << JsonParseError::NotAnObject;
    QTest::newRow("null") << QByteArray("null") << JsonParseError::NotAnObject;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << JsonParseError::Syntax;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << JsonParseError::Syntax;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << JsonParseError::Syntax;
    QTest::newRow("garbage after") << QByteArray(R"({"a":1} x)") << JsonParseError::Syntax;
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})") << JsonParseError::Syntax;
    QTest::newRow("raw control char") << inString("a\x01z") << JsonParseError::Syntax;
    QTest::newRow("NUL byte") << QByteArray("{\"a\":\"\0\"}", 9) << JsonParseError::Syntax;

    QTest::newRow("overlong slash 2-byte") << inString("\xC0\xAF") << JsonParseError::InvalidUtf8;
    QTest::newRow("overlong NUL") << inString("\xC0\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("overlong 3-byte") << inString("\xE0\x80\xAF") << JsonParseError::InvalidUtf8;
    QTest::newRow("overlong 4-byte") << inString("\xF0\x80\x80\xAF") << JsonParseError::InvalidUtf8;
    QTest::newRow("lone continuation") << inString("\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("continuation run") << inString("\xBF\xBF\xBF") << JsonParseError::InvalidUtf8;
    QTest::newRow("high surrogate") << inString("\xED\xA0\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("low surrogate") << inString("\xED\xBF\xBF") << JsonParseError::InvalidUtf8;
    QTest::newRow("surrogate pair CESU") << inString("\xED\xA0\xBD\xED\xB8\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("above U+10FFFF") << inString("\xF4\x90\x80\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("F5 lead") << inString("\xF5\x80\x80\x80") << JsonParseError::InvalidUtf8;
    QTest::newRow("FF byte") << inString("\xFF") << JsonParseError::InvalidUtf8;
    QTest::newRow("truncated 3-byte") << inString("\xE2\x82") << JsonParseError::InvalidUtf8;
    QTest::newRow("truncated at end") << QByteArray("{\"a\":1}\xC3") << JsonParseError::InvalidUtf8;
    QTest::newRow("bad byte in key") << QByteArray("{\"\x80\":1}") << JsonParseError::InvalidUtf8;

    QTest::newRow("depth 32") << nestedObjects(kMaxJsonDepth) << JsonParseError::None;
    QTest::newRow("depth 33") << nestedObjects(kMaxJsonDepth + 1) << JsonParseError::TooDeep;
    QTest::newRow("arrays depth 32") << "{\"a\":" + QByteArray("[").repeated(31) + QByteArray("]").repeated(31) + "}"
                                     << JsonParseError::None;
    QTest::newRow("arrays depth 33") << "{\"a\":" + QByteArray("[").repeated(32) + QByteArray("]").repeated(32) + "}"
                                     << JsonParseError::TooDeep;
    QTest::newRow("brackets in string") << inString(QByteArray("[{").repeated(100)) << JsonParseError::None;
    QTest::newRow("escaped quote keeps string open")
        << inString("\\\"" + QByteArray("[").repeated(100)) << JsonParseError::None;
    QTest::newRow("escaped backslash closes string")
        << "{\"a\":\"\\\\\",\"b\":" + QByteArray("[").repeated(40) + QByteArray("]").repeated(40) + "}"
        << JsonParseError::TooDeep;
}

void TestJson::parseJsonObject()
{
    QFETCH(QByteArray, bytes);
    QFETCH(JsonParseError, expected);
    JsonParseError error = JsonParseError::Syntax;
    const auto object = facturos::parseJsonObject(bytes, &error);
    QCOMPARE(error, expected);
    QCOMPARE(object.has_value(), expected == JsonParseError::None);
    QCOMPARE(facturos::parseJsonObject(bytes).has_value(), expected == JsonParseError::None); // no error pointer
}

void TestJson::acceptsValidMultiByteText()
{
    const auto object = facturos::parseJsonObject(inString("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBF"));
    QVERIFY(object);
    QCOMPARE(object->value(QStringLiteral("a")).toString(), QStringLiteral("é€\U0001F600\uFFFF"));
}

void TestJson::acceptsOneMegabyteString()
{
    const auto object = facturos::parseJsonObject(inString(QByteArray(1 << 20, 'x')));
    QVERIFY(object);
    QCOMPARE(object->value(QStringLiteral("a")).toString().size(), 1 << 20);
}

void TestJson::rejectsHostileNestingFast_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("arrays") << QByteArray("[").repeated(100000);
    QTest::newRow("objects") << QByteArray("{\"a\":").repeated(100000);
    QTest::newRow("balanced") << "{\"a\":" + QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000) + "}";
}

void TestJson::rejectsHostileNestingFast()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    JsonParseError error = JsonParseError::None;
    QVERIFY(!facturos::parseJsonObject(bytes, &error));
    QCOMPARE(error, JsonParseError::TooDeep);
    QVERIFY2(timer.elapsed() < 1000, "depth must be checked before parsing");
}

void TestJson::compactJsonIsSortedAndCompact()
{
    const QJsonObject object{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("é")}};
    QCOMPARE(toCompactJson(object), QByteArray("{\"a\":\"\xC3\xA9\",\"b\":1}"));
    QCOMPARE(nullIfEmpty(QString()), QJsonValue());
    QCOMPARE(nullIfEmpty(QStringLiteral("x")), QJsonValue(QStringLiteral("x")));
}

void TestJson::readerGetters_data()
{
    QTest::addColumn<QString>("getter");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QString>("code"); // expected error on "root.k", empty for none

    const auto R = Presence::Required;
    const auto O = Presence::Optional;
    const QString none;
    QTest::newRow("string ok") << "string" << QByteArray(R"({"k":"v"})") << R << none;
    QTest::newRow("string missing") << "string" << QByteArray("{}") << R << ErrorCode::Required;
    QTest::newRow("string missing optional") << "string" << QByteArray("{}") << O << none;
    QTest::newRow("string null") << "string" << QByteArray(R"({"k":null})") << R << ErrorCode::Type;
    QTest::newRow("string number") << "string" << QByteArray(R"({"k":1})") << O << ErrorCode::Type;
    QTest::newRow("string array") << "string" << QByteArray(R"({"k":["v"]})") << R << ErrorCode::Type;
    QTest::newRow("nullable null") << "nullableString" << QByteArray(R"({"k":null})") << R << none;
    QTest::newRow("nullable missing required") << "nullableString" << QByteArray("{}") << R << ErrorCode::Required;
    QTest::newRow("nullable missing optional") << "nullableString" << QByteArray("{}") << O << none;
    QTest::newRow("nullable bool") << "nullableString" << QByteArray(R"({"k":false})") << R << ErrorCode::Type;
    QTest::newRow("boolean ok") << "boolean" << QByteArray(R"({"k":true})") << R << none;
    QTest::newRow("boolean string") << "boolean" << QByteArray(R"({"k":"true"})") << R << ErrorCode::Type;
    QTest::newRow("boolean number") << "boolean" << QByteArray(R"({"k":1})") << R << ErrorCode::Type;
    QTest::newRow("boolean missing") << "boolean" << QByteArray("{}") << R << ErrorCode::Required;
    QTest::newRow("integer ok") << "integer" << QByteArray(R"({"k":-7})") << R << none;
    QTest::newRow("integer fraction") << "integer" << QByteArray(R"({"k":1.5})") << R << ErrorCode::Type;
    QTest::newRow("integer huge") << "integer" << QByteArray(R"({"k":1e300})") << R << ErrorCode::Type;
    QTest::newRow("integer string") << "integer" << QByteArray(R"({"k":"1"})") << R << ErrorCode::Type;
    QTest::newRow("time ok") << "time" << QByteArray(R"({"k":"2026-11-26T03:59:48Z"})") << R << none;
    QTest::newRow("time bad") << "time" << QByteArray(R"({"k":"yesterday"})") << R << ErrorCode::InvalidFormat;
    QTest::newRow("time number") << "time" << QByteArray(R"({"k":1700000000})") << R << ErrorCode::Type;
    QTest::newRow("object ok") << "object" << QByteArray(R"({"k":{}})") << R << none;
    QTest::newRow("object null") << "object" << QByteArray(R"({"k":null})") << R << none;
    QTest::newRow("object array") << "object" << QByteArray(R"({"k":[]})") << R << ErrorCode::Type;
    QTest::newRow("object missing") << "object" << QByteArray("{}") << R << ErrorCode::Required;
    QTest::newRow("array ok") << "array" << QByteArray(R"({"k":[1]})") << R << none;
    QTest::newRow("array object") << "array" << QByteArray(R"({"k":{}})") << R << ErrorCode::Type;
    QTest::newRow("array null") << "array" << QByteArray(R"({"k":null})") << O << ErrorCode::Type;
}

void TestJson::readerGetters()
{
    QFETCH(QString, getter);
    QFETCH(QByteArray, json);
    QFETCH(Presence, presence);
    QFETCH(QString, code);
    const auto object = facturos::parseJsonObject(json);
    QVERIFY(object);
    FieldErrors errors;
    JsonReader reader(*object, QStringLiteral("root"), &errors);
    const QString k = QStringLiteral("k");
    if (getter == QLatin1String("string"))
        (void)reader.string(k, presence);
    else if (getter == QLatin1String("nullableString"))
        (void)reader.nullableString(k, presence);
    else if (getter == QLatin1String("boolean"))
        (void)reader.boolean(k, presence);
    else if (getter == QLatin1String("integer"))
        (void)reader.integer(k, presence);
    else if (getter == QLatin1String("time"))
        (void)reader.time(k, presence);
    else if (getter == QLatin1String("object"))
        (void)reader.object(k, presence);
    else
        (void)reader.array(k, presence);
    reader.rejectUnknown(); // the key was asked for, so it is never "unknown"
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).code));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("root.k"));
        QCOMPARE(errors.first().code, code);
        QVERIFY(errors.first().message.endsWith(QLatin1Char('.')));
    }
}

void TestJson::readerIntegerValues()
{
    FieldErrors errors;
    JsonReader reader(QJsonObject{{QStringLiteral("a"), 42}, {QStringLiteral("b"), -9007199254740992.0}}, QString(),
                      &errors);
    QCOMPARE(reader.integer(QStringLiteral("a")), 42);
    QCOMPARE(reader.integer(QStringLiteral("b")), Q_INT64_C(-9007199254740992));
    QCOMPARE(reader.string(QStringLiteral("c"), Presence::Optional), QString());
    QVERIFY(errors.isEmpty());
}

void TestJson::rejectUnknownReportsUnreadKeys()
{
    const QJsonObject object{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}};
    FieldErrors errors;
    JsonReader reader(object, QString(), &errors);
    (void)reader.integer(QStringLiteral("a"));
    (void)reader.string(QStringLiteral("missing"), Presence::Optional);
    reader.rejectUnknown();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, QStringLiteral("b"));
    QCOMPARE(errors.at(0).code, ErrorCode::UnknownField);
    QCOMPARE(errors.at(1).field, QStringLiteral("c"));
    QCOMPARE(reader.childPath(QStringLiteral("x")), QStringLiteral("x"));
    QCOMPARE(JsonReader(object, QStringLiteral("p.q"), nullptr).childPath(QStringLiteral("x")),
             QStringLiteral("p.q.x"));
}

void TestJson::nonNullObjectRefusesNull()
{
    FieldErrors errors;
    JsonReader reader(QJsonObject{{QStringLiteral("n"), QJsonValue()}, {QStringLiteral("o"), QJsonObject()}},
                      QStringLiteral("r"), &errors);
    QVERIFY(!reader.nonNullObject(QStringLiteral("n")));
    QVERIFY(reader.nonNullObject(QStringLiteral("o")));
    reader.rejectUnknown();
    QCOMPARE(errors, (FieldErrors{{QStringLiteral("r.n"), ErrorCode::Type, {}}}));
}

void TestJson::formatTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc, milliseconds dropped")
        << QDateTime(QDate(2026, 11, 26), QTime(3, 59, 48, 999), Qt::UTC) << QStringLiteral("2026-11-26T03:59:48Z");
    QTest::newRow("offset converted") << QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600)
                                      << QStringLiteral("2025-12-31T23:30:00Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestJson::formatTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(facturos::formatTime(time), expected);
}

void TestJson::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected
    const QDateTime t(QDate(2026, 11, 26), QTime(3, 59, 48), Qt::UTC);
    QTest::newRow("Z") << QStringLiteral("2026-11-26T03:59:48Z") << t;
    QTest::newRow("lower case") << QStringLiteral("2026-11-26t03:59:48z") << t;
    QTest::newRow("plus offset") << QStringLiteral("2026-11-26T04:59:48+01:00") << t;
    QTest::newRow("minus offset") << QStringLiteral("2026-11-25T22:29:48-05:30") << t;
    QTest::newRow("zero offset") << QStringLiteral("2026-11-26T03:59:48-00:00") << t;
    QTest::newRow("fraction") << QStringLiteral("2026-11-26T03:59:48.5Z") << t.addMSecs(500);
    QTest::newRow("nanoseconds") << QStringLiteral("2026-11-26T03:59:48.123456789Z") << t.addMSecs(123);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z")
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
    const QStringList invalid{
        QStringLiteral("2026-13-01T00:00:00Z"),
        QStringLiteral("yesterday"),
        QStringLiteral("2026-11-26"),
        QString(),
        QStringLiteral("2026-02-30T00:00:00Z"),
        QStringLiteral("2027-02-29T00:00:00Z"),
        QStringLiteral("2026-11-26T24:00:00Z"),
        QStringLiteral("2026-11-26T03:60:00Z"),
        QStringLiteral("2026-11-26T03:59:60Z"),
        QStringLiteral("2026-11-26T03:59:48"),
        QStringLiteral("2026-11-26T03:59:48+0100"),
        QStringLiteral("2026-11-26T03:59:48+24:00"),
        QStringLiteral("2026-11-26T03:59:48+01:60"),
        QStringLiteral("2026-11-26 03:59:48Z"),
        QStringLiteral("2026-11-26T03:59:48.Z"),
        QStringLiteral(" 2026-11-26T03:59:48Z"),
        QStringLiteral("2026-11-26T03:59:48Z "),
        QStringLiteral("26-11-26T03:59:48Z"),
        QStringLiteral("2026-1-26T03:59:48Z"),
        QStringLiteral("\uFF12026-11-26T03:59:48Z"),
        QStringLiteral("2026-11-26T03:59Z"),
        QStringLiteral("2026-11-26T03:59:48Z\n"),
    };
    for (const QString &text : invalid)
        QTest::newRow(
            qPrintable(QLatin1String("invalid: ") + QString(text).replace(QLatin1Char('\n'), QLatin1String("\\n"))))
            << text << QDateTime();
}

void TestJson::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = facturos::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(facturos::parseTime(facturos::formatTime(parsed)), parsed.addMSecs(-parsed.time().msec()));
    }
}

void TestJson::manualClockMovesOnlyWhenTold()
{
    const QDateTime start(QDate(2026, 11, 26), QTime(3, 59, 48), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    clock.advance(30 * 24 * 3600);
    QCOMPARE(facturos::formatTime(clock.now()), QStringLiteral("2026-12-26T03:59:48Z"));
    clock.setNow(QDateTime(QDate(2027, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 3600));
    QCOMPARE(facturos::formatTime(clock.now()), QStringLiteral("2027-01-01T00:00:00Z"));
    const QDateTime systemNow = SystemClock().now();
    QCOMPARE(systemNow.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(systemNow.secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
