// A child process for tst_keychaintokenstore: runs one KeychainTokenStore operation in whatever D-Bus
// environment it was started in (none, a dead socket, a locked keyring) and prints the status it mapped; or,
// with qtkeychain-write SERVICE KEY VALUE / qtkeychain-read SERVICE KEY, QtKeychain's own jobs alone (prints
// "ok" or the value read, or "error N").
#include "auth/keychaintokenstore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using namespace facturos::auth;
    const QString operation = app.arguments().value(1);
    if (operation.startsWith(QLatin1String("qtkeychain-"))) {
        const bool write = operation == QLatin1String("qtkeychain-write");
        QKeychain::Job *job =
            write ? static_cast<QKeychain::Job *>(new QKeychain::WritePasswordJob(app.arguments().value(2)))
                  : new QKeychain::ReadPasswordJob(app.arguments().value(2));
        job->setKey(app.arguments().value(3));
        job->setInsecureFallback(false);
        if (write)
            static_cast<QKeychain::WritePasswordJob *>(job)->setBinaryData(app.arguments().value(4).toUtf8());
        QObject::connect(job, &QKeychain::Job::finished, &app, [&app, write](QKeychain::Job *done) {
            QTextStream out(stdout);
            if (done->error() != QKeychain::NoError)
                out << "error " << int(done->error()) << Qt::endl;
            else if (write)
                out << "ok" << Qt::endl;
            else
                out << QString::fromUtf8(static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData()) << Qt::endl;
            app.quit();
        });
        job->start();
        return app.exec();
    }
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
