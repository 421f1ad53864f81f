#pragma once
// The server's configuration and its command line, kept in the library so the executable stays thin and the
// parsing is tested.

#include "server/mailboxoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QUrl>

namespace facturos::server {

struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString database = QStringLiteral(":memory:");
    // A fixture file to seed an empty database with; empty: the embedded demo fixture; "none": nothing.
    QString fixture;
    QUrl issuer; // empty: the listening URL
    // The password of a support snapshot's user (see fixture.h); empty: a random one, which start() reports.
    QString supportPassword;
    MailboxOptions mailboxes;
};

// "127.0.0.1:8470", "[::1]:0" → address and port; false when malformed.
[[nodiscard]] bool parseListenAddress(const QString &text, QHostAddress *host, quint16 *port);

// Declares every server option on `parser`.
void addServerOptions(QCommandLineParser &parser);
// Reads the options after parser.process(); on failure `error` is a sentence for the terminal.
[[nodiscard]] bool readServerOptions(const QCommandLineParser &parser, ServerOptions *options, QString *error);

} // namespace facturos::server
