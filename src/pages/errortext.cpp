#include "pages/errortext.h"

#include "core/mailbox.h"

namespace facturos::pages {

using Kind = api::ApiError::Kind;

bool ErrorText::isConnectionProblem(const api::ApiError &error)
{
    return error.kind == Kind::Offline || error.kind == Kind::Timeout;
}

QString ErrorText::unreachable()
{
    return tr("Facturos can't be reached. Check your connection; we'll retry.");
}

QString ErrorText::forApi(const api::ApiError &error)
{
    // Problem codes that deserve their own sentence come first.
    if (error.code == QLatin1String("closure_already_scheduled"))
        return tr("Your account is already scheduled for closure. You can cancel it from the Close account page.");
    if (error.code == QLatin1String("closure_not_scheduled"))
        return tr("Your account is not scheduled for closure any more. Nothing else to do.");
    if (error.code == QLatin1String("mailbox_exists"))
        return tr("This mailbox is already connected.");
    if (error.code == QLatin1String("mail_provider_not_configured"))
        return tr("Gmail cannot be connected through this Facturos server for now. Try again later, or add the "
                  "mailbox by IMAP.");
    if (error.code == QLatin1String("truncated_response"))
        return tr("The connection was cut before the whole answer arrived. Check your connection, then try again.");
    // Local file errors of a download (DataController).
    if (error.code == QLatin1String("file_open_failed"))
        return tr("The file could not be created there. Choose another folder, then try again.");
    if (error.code == QLatin1String("file_write_failed"))
        return tr("The file could not be written (the disk may be full). Choose another place, then try again.");

    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
    case Kind::Timeout:
        // Not "we'll retry": the banner retries reading the pages, not the action that failed (an export, a
        // mailbox to connect…). The banner says it itself.
        return forSession(auth::SessionError::ServerUnreachable);
    case Kind::Tls:
        return tr("The connection to Facturos is not secure (certificate problem). Nothing was sent. Check the "
                  "date of your computer or your network, then try again.");
    case Kind::InsecureTransport:
        return tr("This server address does not use a secure connection, so the app refuses to use it. Use an "
                  "https:// address.");
    case Kind::Unauthorized:
        return tr("Your sign-in has expired. Sign in again to continue.");
    case Kind::StepUpRequired:
        return tr("This change needs you to confirm your password in the browser. It was not confirmed, so "
                  "nothing was changed. Try again when you are ready.");
    case Kind::Forbidden:
        return tr("Facturos refused this action for your account. Contact contact@facturos.fr if you think this "
                  "is a mistake.");
    case Kind::NotFound:
        return tr("This is no longer in Facturos: it was removed elsewhere meanwhile. Reload the page to see what "
                  "is there now.");
    case Kind::Conflict:
        return tr("This was changed elsewhere meanwhile. Review the current values and try again.");
    case Kind::Validation:
        return error.fieldErrors.isEmpty() ? tr("Some values were refused. Check them and try again.")
                                           : tr("Some values need your attention: see the messages next to them.");
    case Kind::RateLimited:
        return error.retryAfterSeconds > 0
                   ? tr("Too many attempts. Wait %n second(s), then try again.", nullptr, error.retryAfterSeconds)
                   : tr("Too many attempts. Wait a moment, then try again.");
    case Kind::Server:
        return tr("Facturos has a problem right now. Your changes are kept here; try again in a few minutes.");
    case Kind::Protocol:
        return tr("Facturos sent an answer the app does not understand. Try again; if it persists, contact "
                  "contact@facturos.fr.");
    case Kind::Cancelled:
        return tr("Cancelled. Nothing was changed.");
    }
    return {};
}

QString ErrorText::forField(const FieldError &error)
{
    const QString &code = error.code;
    if (code == ErrorCode::Required)
        return tr("Required.");
    if (code == ErrorCode::InvalidFormat)
        return tr("This format is not valid.");
    if (code == ErrorCode::TooLong)
        return tr("Too long.");
    if (code == ErrorCode::InvalidChecksum)
        return tr("This number is not valid: check the digits.");
    if (code == ErrorCode::InvalidCountry)
        return tr("Unknown country: choose one from the list.");
    if (code == ErrorCode::InvalidCharacters)
        return tr("Contains characters that are not allowed.");
    if (code == ErrorCode::Mandatory)
        return tr("This one cannot be turned off.");
    if (code == ErrorCode::Incomplete)
        return tr("Incomplete: fill in the other parts too.");
    if (code == ErrorCode::Taken)
        return tr("Already used by another account: choose another.");
    // Why a mail server refused a mailbox connection (shown next to the field it concerns).
    if (code == MailboxReason::AuthenticationFailed)
        return tr("The mail server refused this user name and password. Type the password again.");
    if (code == MailboxReason::HostNotFound)
        return tr("No mail server answers to this name. Check the spelling of the server.");
    if (code == MailboxReason::ConnectionRefused)
        return tr("The server refused the connection on this port. Usually 993 (SSL/TLS) or 143 (STARTTLS).");
    if (code == MailboxReason::CertificateUntrusted)
        return tr("The server's certificate is not trusted (self-signed, expired or issued for another name), so "
                  "nothing was sent to it.");
    if (code == MailboxReason::TlsError)
        return tr("The secure connection failed. Check the security mode: SSL/TLS on port 993, STARTTLS on 143.");
    if (code == MailboxReason::Timeout)
        return tr("The mail server did not answer in time. Check the server and the port, then try again.");
    if (code == MailboxReason::PrivateAddress)
        return tr("This server is on a private network that Facturos cannot reach. Use your provider's public IMAP "
                  "server.");
    if (code == MailboxReason::ProtocolError)
        return tr("Something answers on this port, but not an IMAP server. Check the port.");
    if (code == QLatin1String("mailbox_exists"))
        return tr("This mailbox is already connected.");
    const bool mismatch = code == ErrorCode::Mismatch || code == QLatin1String("confirm_mismatch");
    if (mismatch && error.field == QLatin1String("confirm")) // the typed e-mail that confirms a closure
        return tr("This is not your account's e-mail address. Type it exactly as shown above.");
    if (mismatch)
        return tr("This does not match.");
    return tr("This value was refused: check it, then try again.");
}

QString ErrorText::forSession(auth::SessionError error)
{
    using E = auth::SessionError;
    switch (error) {
    case E::None:
        return {};
    case E::ServerUnreachable:
        return tr("Facturos can't be reached. Check your connection, then try again.");
    case E::ServerError:
    case E::InvalidMetadata:
        return tr("The Facturos sign-in service answered unexpectedly. Try again in a few minutes.");
    case E::Cancelled:
        return tr("Sign-in cancelled. You can start again whenever you are ready.");
    case E::TimedOut:
        return tr("The sign-in took too long and was stopped. Start again and finish it in the browser.");
    case E::AuthorizationDenied:
        return tr("The sign-in was refused in the browser. Start again to retry.");
    case E::ListenerFailed:
        return tr("The app could not receive the answer from the browser (local port unavailable). Restart the "
                  "app and try again.");
    case E::SessionExpired:
        return tr("Your sign-in has expired. Sign in again to continue.");
    case E::WrongAccount:
        return tr("Another account was used in the browser. Sign in with the account you use here.");
    case E::KeyringLocked:
        return tr("Your keyring is locked, so the app cannot read your saved sign-in. Unlock it, then choose "
                  "Try again.");
    case E::KeyringUnavailable:
        return tr("No keyring is available on this computer: you will stay signed in until you quit the app, "
                  "and will have to sign in again next time.");
    }
    return {};
}

} // namespace facturos::pages
