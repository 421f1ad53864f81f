// A file of the user's data is written readable and writable by its owner only, even under a permissive umask
// and over an existing file anyone could read.
#include "core/privatefile.h"

#include <QtTest>
#include <sys/stat.h>

using namespace facturos;

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void writesOwnerOnly_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("over a file anyone could read") << true;
    }
    void writesOwnerOnly()
    {
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        if (existing) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ReadOther));
        }
        const mode_t umaskBefore = ::umask(0); // nothing masked: the default would be 0666
        QSaveFile file(path);
        const bool opened = openOwnerOnly(file);
        ::umask(umaskBefore);
        QVERIFY(opened);
        QVERIFY(file.write("{}") == 2);
        QVERIFY(file.commit());
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
