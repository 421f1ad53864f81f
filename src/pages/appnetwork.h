#pragma once
// The app's one QNetworkAccessManager: stamps every request (API and sign-in alike) with the app's
// User-Agent, so the Security page can name this device "Facturos Account <version>".

#include <QNetworkAccessManager>

namespace facturos::pages {

class AppNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit AppNetwork(QByteArray userAgent = defaultUserAgent(), QObject *parent = nullptr);

    [[nodiscard]] QByteArray userAgent() const { return m_userAgent; }
    // FacturosAccount/<version> (<Windows|macOS|Linux>; Qt <version>)
    [[nodiscard]] static QByteArray defaultUserAgent();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QByteArray m_userAgent;
};

} // namespace facturos::pages
