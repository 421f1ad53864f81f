#include "pages/appnetwork.h"

#include <QNetworkRequest>
#include <QtGlobal>

namespace facturos::pages {

AppNetwork::AppNetwork(QByteArray userAgent, QObject *parent)
    : QNetworkAccessManager(parent), m_userAgent(std::move(userAgent))
{}

QByteArray AppNetwork::defaultUserAgent()
{
#if defined(Q_OS_WIN)
    const char *system = "Windows";
#elif defined(Q_OS_MACOS)
    const char *system = "macOS";
#else
    const char *system = "Linux";
#endif
    return QByteArray("FacturosAccount/") + FACTUROS_VERSION + " (" + system + "; Qt " + qVersion() + ")";
}

QNetworkReply *AppNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    // One place for every request, whichever library built it.
    QNetworkRequest stamped(request);
    if (!stamped.hasRawHeader("User-Agent"))
        stamped.setRawHeader("User-Agent", m_userAgent);
    return QNetworkAccessManager::createRequest(op, stamped, outgoingData);
}

} // namespace facturos::pages
