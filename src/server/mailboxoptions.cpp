#include "server/mailboxoptions.h"

namespace facturos::server {

namespace {

bool readUrl(const QCommandLineParser &parser, const QString &name, QUrl *url, QString *error)
{
    if (!parser.isSet(name))
        return true;
    *url = QUrl(parser.value(name), QUrl::StrictMode);
    if (!url->isValid() || (url->scheme() != QLatin1String("https") && url->scheme() != QLatin1String("http"))) {
        *error = QStringLiteral("--%1 expects an absolute http(s) URL").arg(name);
        return false;
    }
    return true;
}

} // namespace

void addMailboxOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("key-file"),
         QStringLiteral("Key file for mailbox secrets (default: DATABASE.key; created with mode 0600)."),
         QStringLiteral("FILE")},
        {QStringLiteral("rotate-key"),
         QStringLiteral("Re-encrypt every mailbox secret under a new key version, then exit.")},
        {QStringLiteral("allow-private-imap-hosts"),
         QStringLiteral("Development and tests only: allow IMAP hosts on loopback and private networks.")},
        {QStringLiteral("imap-ca-file"), QStringLiteral("Also trust these CA certificates (PEM) for IMAP."),
         QStringLiteral("FILE")},
        {QStringLiteral("imap-timeout"), QStringLiteral("Seconds allowed for an IMAP login check (default 15)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("dev-mail-provider"),
         QStringLiteral("Serve a development stand-in for Google's OAuth under /dev/mail-provider/ and use it.")},
        {QStringLiteral("mail-provider-authorize-url"), QStringLiteral("Mail provider consent endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("mail-provider-token-url"), QStringLiteral("Mail provider token endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("mail-provider-revoke-url"), QStringLiteral("Mail provider revocation endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("mail-provider-profile-url"),
         QStringLiteral("Where the connected address is read (Gmail API users/me/profile)."), QStringLiteral("URL")},
        {QStringLiteral("mail-provider-client-id"), QStringLiteral("OAuth client id at the mail provider."),
         QStringLiteral("ID")},
        {QStringLiteral("mail-provider-client-secret-file"),
         QStringLiteral("File holding the OAuth client secret at the mail provider."), QStringLiteral("FILE")},
    });
}

bool readMailboxOptions(const QCommandLineParser &parser, MailboxOptions *options, QString *error)
{
    options->keyFile = parser.value(QStringLiteral("key-file"));
    options->rotateKey = parser.isSet(QStringLiteral("rotate-key"));
    options->allowPrivateImapHosts = parser.isSet(QStringLiteral("allow-private-imap-hosts"));
    options->imapCaFile = parser.value(QStringLiteral("imap-ca-file"));
    if (parser.isSet(QStringLiteral("imap-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("imap-timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 120) {
            *error = QStringLiteral("--imap-timeout expects a number of seconds between 0 and 120");
            return false;
        }
        options->imapTimeoutMs = int(seconds * 1000);
    }
    options->devMailProvider = parser.isSet(QStringLiteral("dev-mail-provider"));
    options->providerClientId = parser.value(QStringLiteral("mail-provider-client-id"));
    options->providerClientSecretFile = parser.value(QStringLiteral("mail-provider-client-secret-file"));
    return readUrl(parser, QStringLiteral("mail-provider-authorize-url"), &options->providerAuthorizeUrl, error) &&
           readUrl(parser, QStringLiteral("mail-provider-token-url"), &options->providerTokenUrl, error) &&
           readUrl(parser, QStringLiteral("mail-provider-revoke-url"), &options->providerRevokeUrl, error) &&
           readUrl(parser, QStringLiteral("mail-provider-profile-url"), &options->providerProfileUrl, error);
}

} // namespace facturos::server
