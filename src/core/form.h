#pragma once
// application/x-www-form-urlencoded, the encoding of OAuth requests and redirects: the server parses and
// encodes it at its SSO endpoints, the client encodes the token requests it posts.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace facturos {

using FormFields = QList<QPair<QString, QString>>;

// Also a URL query: '+' is a space, then percent-decoding.
[[nodiscard]] FormFields parseForm(const QByteArray &encoded);
// The encoded form of `fields`; everything but RFC 3986 unreserved characters is percent-encoded.
[[nodiscard]] QByteArray encodeForm(const FormFields &fields);

} // namespace facturos
