#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace facturos::auth::pkce {

namespace {

QByteArray randomBase64Url(int words)
{
    QList<quint32> data(words);
    // system(): the operating system's CSPRNG, never the seedable global generator.
    QRandomGenerator::system()->fillRange(data.data(), words);
    return QByteArray(reinterpret_cast<const char *>(data.constData()), words * int(sizeof(quint32)))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray newVerifier()
{
    return randomBase64Url(8); // 32 bytes → 43 characters
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray newState()
{
    return randomBase64Url(4); // 16 bytes → 22 characters
}

} // namespace facturos::auth::pkce
