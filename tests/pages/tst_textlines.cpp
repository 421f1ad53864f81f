// The support snapshot's lines as the dialog's view shows them: one row per line, the final line break ending
// the last line, empty lines kept, UTF-8 decoded, the longest line found, selected lines copied in text order.
#include "pages/textlines.h"

#include <QtTest>

using namespace facturos::pages;

class TestTextLinesModel : public QObject
{
    Q_OBJECT

    static QStringList rows(const TextLinesModel &model)
    {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row).data().toString());
        return shown;
    }

private slots:
    void splitsIntoLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("one line, no break") << QByteArray("{}") << QStringList{QStringLiteral("{}")};
        QTest::newRow("final break ends the last line")
            << QByteArray("{\n    \"a\": 1\n}\n")
            << QStringList{QStringLiteral("{"), QStringLiteral("    \"a\": 1"), QStringLiteral("}")};
        QTest::newRow("empty lines kept")
            << QByteArray("a\n\n\nb\n\n")
            << QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("b"), QString()};
        QTest::newRow("only a break") << QByteArray("\n") << QStringList{QString()};
        QTest::newRow("UTF-8") << QByteArray("Données\n€ 12\n")
                               << QStringList{QStringLiteral("Données"), QStringLiteral("€ 12")};
    }
    void splitsIntoLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, lines);
        TextLinesModel model;
        model.setText(text);
        QCOMPARE(rows(model), lines);
        QCOMPARE(model.text(), text);
    }

    void findsTheLongestLine()
    {
        TextLinesModel model;
        QCOMPARE(model.longestLine(), QString());
        model.setText("short\nthe longest line\nmiddle one\n");
        QCOMPARE(model.longestLine(), QStringLiteral("the longest line"));
        model.setText("last is longest\nx\nand this one is the longest");
        QCOMPARE(model.longestLine(), QStringLiteral("and this one is the longest"));
        model.setText("éééééééééé\nabcdefghijklm\n"); // 20 bytes but 10 letters, against 13
        QCOMPARE(model.longestLine(), QStringLiteral("abcdefghijklm"));
    }

    void copiesSelectedLinesInTextOrder()
    {
        TextLinesModel model;
        model.setText("zero\none\ntwo\nthree\n");
        QCOMPARE(model.linesText({2, 0, 2}), QStringLiteral("zero\ntwo"));
        QCOMPARE(model.linesText({3}), QStringLiteral("three"));
        QCOMPARE(model.linesText({7, -1}), QString());
    }

    void aNewTextResetsTheView()
    {
        TextLinesModel model;
        model.setText("a\nb\n");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0).data().isValid());
    }

    void aLongDocumentIsIndexedNotCopied()
    {
        // 200,000 lines: a row is decoded only when asked for.
        QByteArray text;
        for (int i = 0; i < 200000; ++i)
            text += "    \"line\": " + QByteArray::number(i) + ",\n";
        TextLinesModel model;
        model.setText(text);
        QCOMPARE(model.rowCount(), 200000);
        QCOMPARE(model.index(123456).data().toString(), QStringLiteral("    \"line\": 123456,"));
        QVERIFY(model.text().isSharedWith(text));
    }
};

QTEST_GUILESS_MAIN(TestTextLinesModel)
#include "tst_textlines.moc"
