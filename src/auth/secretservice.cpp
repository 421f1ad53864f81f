#include "auth/secretservice.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QMap>
#include <QScopeGuard>
#include <QVariantMap>

namespace facturos::auth::secretservice {

namespace {

const QString kBusName = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
constexpr int kTimeoutMs = 2000;

// The Secret Service's secret: (session, parameters, value, content type).
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

QMap<QString, QString> attributesFor(const QString &service, const QString &key)
{
    return {{QStringLiteral("server"), service},
            {QStringLiteral("user"), key},
            {QStringLiteral("type"), QStringLiteral("base64")},
            {QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain")}};
}

// One call on the service object; nothing unless it answered with `argumentCount` arguments.
std::optional<QVariantList> callService(QDBusConnection &bus, const QString &method, const QVariantList &arguments,
                                        int argumentCount)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kBusName, kServicePath, kServiceInterface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = bus.call(message, QDBus::Block, kTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != argumentCount)
        return std::nullopt;
    return reply.arguments();
}

// Runs `use` with an open "plain" session, closed afterwards.
template <typename Use> auto withPlainSession(QDBusConnection &bus, Use use) -> decltype(use(QDBusObjectPath()))
{
    const auto opened = callService(bus, QStringLiteral("OpenSession"),
                                    {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))}, 2);
    if (!opened)
        return {};
    const auto session = qdbus_cast<QDBusObjectPath>(opened->at(1));
    const auto close = qScopeGuard([&bus, &session] {
        bus.send(QDBusMessage::createMethodCall(
            kBusName, session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close")));
    });
    return use(session);
}

// A connected session bus with the types registered, or nothing.
std::optional<QDBusConnection> sessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    static const bool registered = [] {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        qDBusRegisterMetaType<Secret>();
        return true;
    }();
    Q_UNUSED(registered);
    return bus;
}

} // namespace

std::optional<QByteArray> read(const QString &service, const QString &key)
{
    auto bus = sessionBus();
    if (!bus)
        return std::nullopt;
    const auto found =
        callService(*bus, QStringLiteral("SearchItems"), {QVariant::fromValue(attributesFor(service, key))}, 2);
    if (!found)
        return std::nullopt;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(found->at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(found->at(1));
    if (unlocked.size() != 1 || !locked.isEmpty())
        return std::nullopt;
    return withPlainSession(*bus, [&](const QDBusObjectPath &session) -> std::optional<QByteArray> {
        const auto secrets = callService(*bus, QStringLiteral("GetSecrets"),
                                         {QVariant::fromValue(unlocked), QVariant::fromValue(session)}, 1);
        if (!secrets)
            return std::nullopt;
        const auto byItem = qdbus_cast<QMap<QDBusObjectPath, Secret>>(secrets->at(0));
        if (byItem.size() != 1)
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(byItem.first().value, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return std::nullopt;
        return std::move(decoded.decoded);
    });
}

bool write(const QString &service, const QString &key, const QByteArray &secret)
{
    auto bus = sessionBus();
    if (!bus)
        return false;
    const auto alias = callService(*bus, QStringLiteral("ReadAlias"), {QStringLiteral("default")}, 1);
    if (!alias)
        return false;
    const auto collection = qdbus_cast<QDBusObjectPath>(alias->at(0));
    if (collection.path() == QLatin1String("/"))
        return false;
    return withPlainSession(*bus, [&](const QDBusObjectPath &session) {
        const QVariantMap properties{{QStringLiteral("org.freedesktop.Secret.Item.Label"), service},
                                     {QStringLiteral("org.freedesktop.Secret.Item.Attributes"),
                                      QVariant::fromValue(attributesFor(service, key))}};
        const Secret value{session, {}, secret.toBase64(), QStringLiteral("text/plain")};
        QDBusMessage create = QDBusMessage::createMethodCall(kBusName, collection.path(),
                                                             QStringLiteral("org.freedesktop.Secret.Collection"),
                                                             QStringLiteral("CreateItem"));
        create << properties << QVariant::fromValue(value) << true;
        const QDBusMessage reply = bus->call(create, QDBus::Block, kTimeoutMs);
        // A prompt ("/" when none) means a locked collection: QtKeychain's path handles that.
        return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2 &&
               qdbus_cast<QDBusObjectPath>(reply.arguments().at(1)).path() == QLatin1String("/");
    });
}

} // namespace facturos::auth::secretservice
