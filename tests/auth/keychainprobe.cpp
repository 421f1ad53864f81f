// A child process for tst_keychaintokenstore: runs one KeychainTokenStore operation in whatever D-Bus
// environment it was started in (none, a dead socket, a locked keyring) and prints the status it mapped.
#include "auth/keychaintokenstore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using namespace facturos::auth;
    const QString operation = app.arguments().value(1);
    KeychainTokenStore store(QStringLiteral("fr.facturos.account.probe"));
    auto print = [&app](TokenStoreStatus status) {
        QTextStream(stdout) << toCode(status) << Qt::endl;
        app.quit();
    };
    const QString key = QStringLiteral("probe-key");
    if (operation == QLatin1String("write"))
        store.writeSecret(key, "probe-secret", &app, print);
    else if (operation == QLatin1String("read"))
        store.readSecret(key, &app, [print](TokenStoreStatus status, const QByteArray &) { print(status); });
    else if (operation == QLatin1String("delete"))
        store.deleteSecret(key, &app, print);
    else
        return 2;
    return app.exec();
}
