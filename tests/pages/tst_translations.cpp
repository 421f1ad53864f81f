// French is the users' language: every message of translations/facturos-account_fr.ts is translated (no
// unfinished or empty entry), and the English file lists the same sources.

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // translation type attribute ("unfinished", "vanished", …)
    QString translation;
    bool plural = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Entry{
                    context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.plural)
                    current.translation = xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform"))
                current.translation += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QString tsPath(const QString &language)
{
    return qEnvironmentVariable("FACTUROS_SOURCE_DIR") + QStringLiteral("/translations/facturos-account_") + language +
           QStringLiteral(".ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void shouldHaveACompleteFrenchTranslation()
    {
        QString error;
        const QList<Entry> entries = readTs(tsPath(QStringLiteral("fr")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() > 50, "the French file lists too few messages: run the update_translations target");
        QStringList missing;
        for (const Entry &entry : entries) {
            if (entry.type == QLatin1String("vanished") || entry.type == QLatin1String("obsolete"))
                continue;
            if (entry.type == QLatin1String("unfinished") || entry.translation.trimmed().isEmpty())
                missing.append(entry.context + QStringLiteral(": ") + entry.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
    }

    void shouldListTheSameMessagesInEnglish()
    {
        QString error;
        const auto key = [](const Entry &e) { return e.context + QLatin1Char('\x1f') + e.source; };
        QSet<QString> fr, en;
        for (const Entry &e : readTs(tsPath(QStringLiteral("fr")), &error))
            fr.insert(key(e));
        for (const Entry &e : readTs(tsPath(QStringLiteral("en")), &error))
            en.insert(key(e));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(en, fr);
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
