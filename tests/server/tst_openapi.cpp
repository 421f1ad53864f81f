// The OpenAPI document in resources/api/ is the contract: every route the server registers is described in
// it, every described operation is served unless marked planned, and a planned one is not served yet (so the
// marking stays honest). Also checks the document itself: version, resolvable $refs, unique operationIds.
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

const QStringList kHttpMethods = {QStringLiteral("get"),     QStringLiteral("put"),   QStringLiteral("post"),
                                  QStringLiteral("delete"),  QStringLiteral("patch"), QStringLiteral("head"),
                                  QStringLiteral("options"), QStringLiteral("trace")};

struct Operation
{
    QString key; // "GET /v1/account/profile"
    QString path;
    QJsonObject object;
    [[nodiscard]] bool planned() const
    {
        return object.value(QStringLiteral("x-facturos-status")).toString() == QLatin1String("planned");
    }
};

QString routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

// RFC 6901 JSON Pointer inside the document; "#/components/schemas/Profile".
bool resolvePointer(const QJsonObject &root, const QString &ref)
{
    if (!ref.startsWith(QLatin1String("#/")))
        return false;
    QJsonValue current = root;
    for (QString token : ref.mid(2).split(QLatin1Char('/'))) {
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject() && current.toObject().contains(token)) {
            current = current.toObject().value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= current.toArray().size())
                return false;
            current = current.toArray().at(index);
        } else {
            return false;
        }
    }
    return true;
}

void collectRefs(const QJsonValue &value, const QString &where, QList<QPair<QString, QString>> *refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                refs->append({where, it.value().toString()});
            else
                collectRefs(it.value(), where + QLatin1Char('/') + it.key(), refs);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectRefs(array.at(i), where + QLatin1Char('/') + QString::number(i), refs);
    }
}

QString listed(const QStringList &items)
{
    return QStringLiteral("\n  ") + items.join(QStringLiteral("\n  "));
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString path =
            qEnvironmentVariable("FACTUROS_SOURCE_DIR") + QStringLiteral("/resources/api/openapi.json");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset)));
        QVERIFY(document.isObject());
        m_doc = document.object();

        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m) {
                if (kHttpMethods.contains(m.key()))
                    m_operations.append({routeKey(m.key().toLatin1(), p.key()), p.key(), m.value().toObject()});
            }
        }

        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        for (const server::RouteInfo &route : server.server().routes())
            m_served.insert(routeKey(route.method, route.pathTemplate));
    }

    void isOpenApi31()
    {
        const QString version = m_doc.value(QStringLiteral("openapi")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.1\\.\\d+$")).match(version).hasMatch(),
                 qPrintable(QStringLiteral("openapi is \"%1\", expected 3.1.x").arg(version)));
        QVERIFY(!m_doc.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(m_operations.size() > 20);
    }

    void everyServedRouteIsDescribed()
    {
        QVERIFY(!m_served.isEmpty());
        QSet<QString> described;
        for (const Operation &op : std::as_const(m_operations))
            described.insert(op.key);
        QStringList missing;
        for (const QString &route : std::as_const(m_served)) {
            if (!described.contains(route))
                missing.append(route);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("served but not in openapi.json:") + listed(missing)));
    }

    void everyDescribedOperationIsServed()
    {
        QStringList missing;
        for (const Operation &op : std::as_const(m_operations)) {
            if (!op.planned() && !m_served.contains(op.key))
                missing.append(op.key);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("described but not served (mark them x-facturos-status: planned?):") +
                            listed(missing)));
    }

    void plannedOperationsAreNotServedYet()
    {
        QStringList stale;
        for (const Operation &op : std::as_const(m_operations)) {
            if (op.planned() && m_served.contains(op.key))
                stale.append(op.key);
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("served now, remove x-facturos-status: planned from:") + listed(stale)));
    }

    void everyRefResolves()
    {
        QList<QPair<QString, QString>> refs;
        collectRefs(m_doc, QString(), &refs);
        QVERIFY(refs.size() > 50);
        QStringList broken;
        for (const auto &[where, ref] : std::as_const(refs)) {
            if (!resolvePointer(m_doc, ref))
                broken.append(ref + QStringLiteral(" (at ") + where + QLatin1Char(')'));
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("unresolved $ref:") + listed(broken)));
    }

    void operationsHaveUniqueIdsAndResponses()
    {
        QSet<QString> ids;
        QStringList problems;
        for (const Operation &op : std::as_const(m_operations)) {
            const QString id = op.object.value(QStringLiteral("operationId")).toString();
            if (id.isEmpty())
                problems.append(op.key + QStringLiteral(": no operationId"));
            else if (ids.contains(id))
                problems.append(op.key + QStringLiteral(": duplicate operationId ") + id);
            ids.insert(id);
            if (op.object.value(QStringLiteral("responses")).toObject().isEmpty())
                problems.append(op.key + QStringLiteral(": no responses"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    // The server matches {name} as one path segment; a template whose parameter is not declared (or the
    // reverse) would describe another URL than the one served.
    void pathParametersAreDeclared()
    {
        static const QRegularExpression param(QStringLiteral("\\{([A-Za-z]+)\\}"));
        const QJsonObject components = m_doc.value(QStringLiteral("components")).toObject();
        QStringList problems;
        for (const Operation &op : std::as_const(m_operations)) {
            QSet<QString> inTemplate;
            for (auto it = param.globalMatch(op.path); it.hasNext();)
                inTemplate.insert(it.next().captured(1));
            QSet<QString> declared;
            for (const QJsonValue &value : op.object.value(QStringLiteral("parameters")).toArray()) {
                QJsonObject parameter = value.toObject();
                const QString ref = parameter.value(QStringLiteral("$ref")).toString();
                if (ref.startsWith(QLatin1String("#/components/parameters/")))
                    parameter = components.value(QStringLiteral("parameters"))
                                    .toObject()
                                    .value(ref.section(QLatin1Char('/'), -1))
                                    .toObject();
                if (parameter.value(QStringLiteral("in")).toString() == QLatin1String("path"))
                    declared.insert(parameter.value(QStringLiteral("name")).toString());
            }
            if (inTemplate != declared)
                problems.append(op.key);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("path parameters differ from the template:") + listed(problems)));
    }

    // The API rejects unknown members of JSON bodies (unknown_field); the document must say so.
    void jsonRequestBodiesAreClosed()
    {
        const QJsonObject schemas =
            m_doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
        QStringList open;
        for (const Operation &op : std::as_const(m_operations)) {
            const QJsonObject content =
                op.object.value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("content")).toObject();
            for (auto it = content.begin(); it != content.end(); ++it) {
                if (!it.key().endsWith(QLatin1String("json")))
                    continue;
                const QString ref = it.value()
                                        .toObject()
                                        .value(QStringLiteral("schema"))
                                        .toObject()
                                        .value(QStringLiteral("$ref"))
                                        .toString();
                const QJsonObject schema = schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
                if (schema.value(QStringLiteral("additionalProperties")) != QJsonValue(false))
                    open.append(op.key + QStringLiteral(" (") + it.key() + QLatin1Char(')'));
            }
        }
        QVERIFY2(open.isEmpty(),
                 qPrintable(QStringLiteral("JSON request bodies without additionalProperties: false:") + listed(open)));
    }

private:
    QJsonObject m_doc;
    QList<Operation> m_operations;
    QSet<QString> m_served;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
