#pragma once
// Internal to src/auth: one browser sign-in in progress (sign-in or step-up).

#include "auth/loopbacklistener.h"
#include "auth/ssosession.h"

#include <QPointer>

namespace facturos::auth {

struct SsoSession::Flow
{
    bool stepUp = false;
    QByteArray verifier;
    QByteArray state;
    QUrl authorizationUrl;
    QString redirectUri;
    // Deleted later, never from inside one of its own signals.
    QPointer<LoopbackListener> listener;

    ~Flow()
    {
        if (listener) {
            listener->close();
            listener->deleteLater();
        }
    }
};

} // namespace facturos::auth
