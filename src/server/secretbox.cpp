#include "server/secretbox.h"

#include "server/crypto.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QFile>
#include <QLoggingCategory>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSecrets, "facturos.server.secrets", QtInfoMsg)

namespace facturos::server {

namespace {

constexpr char kHeader[] = "# facturos-account-server key file: mailbox secrets are encrypted with these keys.\n"
                           "# Keep it secret, outside the database and its backups. Format: VERSION BASE64KEY\n";

QByteArray additionalData(const SecretBinding &binding, int keyVersion)
{
    QByteArray ad("facturos.mailbox-secret.v1");
    for (const QString &part : {binding.userId, binding.mailboxId, binding.purpose, QString::number(keyVersion)}) {
        ad.append('\0');
        ad.append(part.toUtf8());
    }
    return ad;
}

QByteArray freshKey()
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

SecretBox::~SecretBox()
{
    for (auto &[version, key] : m_keys)
        sodium_memzero(key.data(), size_t(key.size()));
}

std::unique_ptr<SecretBox> SecretBox::ephemeral()
{
    std::unique_ptr<SecretBox> box(new SecretBox);
    box->m_keys[1] = freshKey();
    return box;
}

std::unique_ptr<SecretBox> SecretBox::openKeyFile(const QString &path, QString *error)
{
    std::unique_ptr<SecretBox> box(new SecretBox);
    box->m_path = path;
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {};
    if (::stat(native.constData(), &info) != 0) {
        if (errno != ENOENT) {
            *error =
                QStringLiteral("cannot read the key file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
            return nullptr;
        }
        box->m_keys[1] = freshKey();
        if (!box->save(error))
            return nullptr;
        qCInfo(lcSecrets) << "created a new key file for mailbox secrets";
        return box;
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = QStringLiteral("the key file %1 can be read by other users (mode %2); it protects mailbox "
                                "passwords and tokens: run chmod 600 %1 and start again")
                     .arg(path)
                     .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'));
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const int version = parts.size() == 2 ? parts.at(0).toInt(&ok) : 0;
        const QByteArray key = parts.size() == 2 ? QByteArray::fromBase64(parts.at(1)) : QByteArray();
        if (!ok || version <= 0 || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
            *error = QStringLiteral("the key file %1 is malformed at line %2 (expected: VERSION BASE64KEY)")
                         .arg(path)
                         .arg(lineNumber);
            return nullptr;
        }
        box->m_keys[version] = key;
    }
    if (box->m_keys.empty()) {
        *error = QStringLiteral("the key file %1 holds no key").arg(path);
        return nullptr;
    }
    return box;
}

bool SecretBox::save(QString *error) const
{
    QByteArray text(kHeader);
    for (const auto &[version, key] : m_keys)
        text += QByteArray::number(version) + ' ' + key.toBase64() + '\n';
    // Written beside the target with 0600 from the first byte, then renamed over it: never a moment where
    // the file is readable by others or half-written.
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temporary = target + ".new";
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0 && writeAll(fd, text) && ::fsync(fd) == 0;
    if (fd >= 0)
        ok = ::close(fd) == 0 && ok;
    ok = ok && ::rename(temporary.constData(), target.constData()) == 0;
    sodium_memzero(text.data(), size_t(text.size()));
    if (!ok) {
        *error =
            QStringLiteral("cannot write the key file %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        ::unlink(temporary.constData());
    }
    return ok;
}

QByteArray SecretBox::digest(const QByteArray &data) const
{
    static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == crypto_kdf_KEYBYTES);
    unsigned char subkey[crypto_generichash_KEYBYTES];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "reqdigst",
                               reinterpret_cast<const unsigned char *>(m_keys.rbegin()->second.constData()));
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()), subkey,
                       sizeof subkey);
    sodium_memzero(subkey, sizeof subkey);
    return out;
}

int SecretBox::currentVersion() const
{
    return m_keys.empty() ? 0 : m_keys.rbegin()->first;
}

int SecretBox::addKey()
{
    const int version = currentVersion() + 1;
    m_keys[version] = freshKey();
    return version;
}

void SecretBox::forgetAllBut(int version)
{
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it->first == version) {
            ++it;
        } else {
            sodium_memzero(it->second.data(), size_t(it->second.size()));
            it = m_keys.erase(it);
        }
    }
}

SealedSecret SecretBox::seal(const QByteArray &plaintext, const SecretBinding &binding) const
{
    SealedSecret sealed;
    sealed.keyVersion = currentVersion();
    const QByteArray &key = m_keys.at(sealed.keyVersion);
    sealed.nonce = crypto::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray ad = additionalData(binding, sealed.keyVersion);
    sealed.ciphertext.resize(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), &length,
        reinterpret_cast<const unsigned char *>(plaintext.constData()), quint64(plaintext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(sealed.nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sealed.ciphertext.resize(qsizetype(length));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const SealedSecret &sealed, const SecretBinding &binding) const
{
    const auto key = m_keys.find(sealed.keyVersion);
    if (key == m_keys.end() || sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.ciphertext.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return std::nullopt;
    const QByteArray ad = additionalData(binding, sealed.keyVersion);
    QByteArray plain(sealed.ciphertext.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.ciphertext.constData()), quint64(sealed.ciphertext.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(sealed.nonce.constData()),
            reinterpret_cast<const unsigned char *>(key->second.constData())) != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

} // namespace facturos::server
