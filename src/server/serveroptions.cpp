#include "server/serveroptions.h"

namespace facturos::server {

bool parseListenAddress(const QString &text, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    QString address = text.left(colon);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    QHostAddress parsed;
    if (!ok || value > 65535 || !parsed.setAddress(address))
        return false;
    *host = parsed;
    *port = quint16(value);
    return true;
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0: any free port)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470")},
        {QStringLiteral("database"), QStringLiteral("SQLite database file, or :memory:."), QStringLiteral("FILE"),
         QStringLiteral(":memory:")},
        {QStringLiteral("fixture"),
         QStringLiteral("Seed an empty database from FILE (default: the built-in demo account; none: no data)."),
         QStringLiteral("FILE")},
        {QStringLiteral("issuer"),
         QStringLiteral("Issuer URL announced in the SSO metadata (default: the listening URL)."),
         QStringLiteral("URL")},
        {QStringLiteral("support-password"),
         QStringLiteral("With a support snapshot as --fixture: the password of its account (default: a random one, "
                        "printed on the second line)."),
         QStringLiteral("PASSWORD")},
    });
    addMailboxOptions(parser);
}

bool readServerOptions(const QCommandLineParser &parser, ServerOptions *options, QString *error)
{
    if (!parseListenAddress(parser.value(QStringLiteral("listen")), &options->host, &options->port)) {
        *error = QStringLiteral("--listen expects HOST:PORT with a numeric address, e.g. 127.0.0.1:0");
        return false;
    }
    options->database = parser.value(QStringLiteral("database"));
    options->fixture = parser.value(QStringLiteral("fixture"));
    options->supportPassword = parser.value(QStringLiteral("support-password"));
    if (parser.isSet(QStringLiteral("issuer"))) {
        options->issuer = QUrl(parser.value(QStringLiteral("issuer")), QUrl::StrictMode);
        if (!options->issuer.isValid() || options->issuer.scheme().isEmpty()) {
            *error = QStringLiteral("--issuer expects an absolute URL");
            return false;
        }
    }
    return readMailboxOptions(parser, &options->mailboxes, error);
}

} // namespace facturos::server
