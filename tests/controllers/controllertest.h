#pragma once
// What the controller tests share: the real server in-process and, per simulated app, an ApiClient over a
// real QNetworkAccessManager with a token from signInDirect (refreshed the same way if the server changes),
// and the four typed facades.

#include "apitest.h"
#include "testserver.h"

#include "api/accountapi.h"
#include "api/dataapi.h"
#include "api/mailboxapi.h"
#include "api/securityapi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace facturos::test {

struct AppRig
{
    QNetworkAccessManager network;
    TestTokenSource tokens;
    api::ApiClient client;
    api::AccountApi account{client};
    api::SecurityApi security{client};
    api::DataApi data{client};
    api::MailboxApi mailboxes{client};

    // `server` is read on every refresh, so a test can replace the server behind the same URL.
    AppRig(std::unique_ptr<TestServer> &server, const QString &email = kDemoEmail)
        : tokens(server->signInDirect(email)), client(network, tokens, testConfig(server->url()))
    {
        tokens.onRefresh = [&server, email](TestTokenSource &source) {
            source.completeRefresh(server ? server->signInDirect(email) : QByteArray());
        };
    }
};

inline std::unique_ptr<TestServer> startServer(quint16 port = 0)
{
    auto server = std::make_unique<TestServer>([port](server::ServerOptions &options) {
        if (port != 0)
            options.port = port;
    });
    return server;
}

// Waits for `signal` on `object` (true when it came).
template <typename Object, typename Signal> bool waitFor(Object *object, Signal signal, int timeoutMs = 10000)
{
    QSignalSpy spy(object, signal);
    return spy.wait(timeoutMs) || !spy.isEmpty();
}

// Calls load() on a page controller and waits for its `loaded` (true when it came).
template <typename Controller> bool loadNow(Controller &c)
{
    QSignalSpy loaded(&c, &Controller::loaded);
    c.load();
    return loaded.wait(10000);
}

inline QAbstractItemModelTester *testModel(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace facturos::test
