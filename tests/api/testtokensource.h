#pragma once
// An AccessTokenSource for tests: holds a token, counts refresh and step-up requests, and answers them
// through test-supplied functions on the next event-loop turn (like a real source answering over HTTP).

#include "api/accesstokensource.h"

#include <functional>
#include <QTimer>

namespace facturos::test {

class TestTokenSource : public api::AccessTokenSource
{
    Q_OBJECT
public:
    explicit TestTokenSource(QByteArray token = {}) : m_token(std::move(token)) {}

    [[nodiscard]] QByteArray accessToken() const override { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }

    void requestRefresh() override
    {
        ++refreshRequests;
        QTimer::singleShot(refreshDelayMs, this, [this]() {
            if (onRefresh)
                onRefresh(*this);
            else
                emit refreshFailed(true);
        });
    }
    void requestStepUp(int maxAgeSeconds) override
    {
        ++stepUpRequests;
        lastMaxAge = maxAgeSeconds;
        QTimer::singleShot(0, this, [this]() {
            if (onStepUp)
                onStepUp(*this);
            else
                emit stepUpFinished(false);
        });
    }

    // Helpers for the answer functions.
    void completeRefresh(const QByteArray &token)
    {
        m_token = token;
        emit refreshed();
    }
    void completeStepUp(const QByteArray &token)
    {
        m_token = token;
        emit stepUpFinished(true);
    }

    std::function<void(TestTokenSource &)> onRefresh;
    std::function<void(TestTokenSource &)> onStepUp;
    int refreshDelayMs = 0;
    int refreshRequests = 0;
    int stepUpRequests = 0;
    int lastMaxAge = -1;

private:
    QByteArray m_token;
};

} // namespace facturos::test
