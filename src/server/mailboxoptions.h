#pragma once
// The mailbox part of the server's configuration: where the secret key lives, how IMAP hosts are checked
// and reached, and which mail provider (Google, or the development stand-in) Gmail connections go through.

#include <QCommandLineParser>
#include <QString>
#include <QUrl>

namespace facturos::server {

struct MailboxOptions
{
    QString keyFile;                    // empty: "<database>.key", or a per-process key for :memory:
    bool allowPrivateImapHosts = false; // development and tests only: IMAP on loopback/private networks
    QString imapCaFile;                 // extra CA certificates trusted for IMAP (tests: the test CA)
    int imapTimeoutMs = 15000;          // whole IMAP check: resolve, connect, TLS, login
    bool devMailProvider = false;       // serve /dev/mail-provider/… and use it unless endpoints are given
    QUrl providerAuthorizeUrl;          // empty: Google (or the development provider)
    QUrl providerTokenUrl;
    QUrl providerRevokeUrl;
    QUrl providerProfileUrl; // where the connected address is read (Gmail API users/me/profile)
    QString providerClientId;
    QString providerClientSecretFile;
    QString providerClientSecret; // read from providerClientSecretFile when the service starts
    bool rotateKey = false;       // re-encrypt every secret under a new key version, then exit
};

void addMailboxOptions(QCommandLineParser &parser);
[[nodiscard]] bool readMailboxOptions(const QCommandLineParser &parser, MailboxOptions *options, QString *error);

} // namespace facturos::server
