#pragma once
// Encrypts mailbox secrets (IMAP passwords, provider tokens) at rest with XChaCha20-Poly1305. The keys live
// in a key file outside the database, one line per key version; the additional data binds each ciphertext
// to its user, mailbox, purpose and key version, so a ciphertext moved to another row does not decrypt.

#include <map>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QString>

namespace facturos::server {

// What a ciphertext belongs to; part of the authenticated additional data.
struct SecretBinding
{
    QString userId;
    QString mailboxId;
    QString purpose; // "imap_password", "gmail_token", "gmail_revocation"
};

struct SealedSecret
{
    QByteArray ciphertext;
    QByteArray nonce;
    int keyVersion = 0;
};

class SecretBox
{
public:
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    // Reads the key file, creating it (mode 0600, one fresh key) when it does not exist. Refuses a file that
    // group or others may read, or a malformed one; `error` is a sentence for the terminal.
    [[nodiscard]] static std::unique_ptr<SecretBox> openKeyFile(const QString &path, QString *error);
    // A key that lives only in this process (for a :memory: database, whose secrets die with it anyway).
    [[nodiscard]] static std::unique_ptr<SecretBox> ephemeral();

    [[nodiscard]] SealedSecret seal(const QByteArray &plaintext, const SecretBinding &binding) const;
    // std::nullopt when the key version is unknown, the data was altered or the binding differs.
    [[nodiscard]] std::optional<QByteArray> open(const SealedSecret &sealed, const SecretBinding &binding) const;

    // A keyed hash (BLAKE2b, with a subkey of the current key for this use only): the digest of a request that
    // carried a password tells nothing to whoever holds the database without the key file. It changes when the
    // key rotates.
    [[nodiscard]] QByteArray digest(const QByteArray &data) const;

    [[nodiscard]] int currentVersion() const;
    // Rotation: adds a fresh key that becomes current, and later forgets every older one.
    int addKey();
    void forgetAllBut(int version);
    // Writes the keys back to the key file (atomically, mode 0600).
    [[nodiscard]] bool save(QString *error) const;

private:
    SecretBox() = default;
    std::map<int, QByteArray> m_keys;
    QString m_path; // empty for an ephemeral box
};

} // namespace facturos::server
