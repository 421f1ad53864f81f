// The app's own drawing helpers: the SVG icon engine (every icon of resources/icons drawn at the size and pixel
// ratio asked, the same whether prepared on the worker thread or drawn on demand, disabled icons as the style
// shows them, the menu bar's overflow button among them) and WrapLabel (the height it remembers is the height
// QLabel computes, and follows the text and the font).

#include "pages/appstyle.h"
#include "pages/icons.h"
#include "pages/wraplabel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace facturos::pages;

namespace {
QStringList iconNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}))
        names.append(file.chopped(4));
    return names;
}

// Visible pixels (alpha > 0): a drawn icon has some, a failed one none.
int inkedPixels(const QImage &image)
{
    int inked = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            inked += qAlpha(argb.pixel(x, y)) > 0;
    return inked;
}
} // namespace

class TestIconsAndLabels : public QObject
{
    Q_OBJECT

private slots:
    void shouldDrawEveryIconAtTheSizeAndRatioAsked()
    {
        const QStringList names = iconNames();
        QVERIFY(names.size() >= 18);
        for (const QString &name : names) {
            for (const qreal ratio : {1.0, 2.0}) {
                const QPixmap pixmap = icons::icon(name).pixmap(QSize(20, 20), ratio);
                QCOMPARE(pixmap.size(), QSize(20, 20) * ratio);
                QCOMPARE(pixmap.devicePixelRatio(), ratio);
                QVERIFY2(inkedPixels(pixmap.toImage()) > 10, qPrintable(name));
            }
        }
    }

    void shouldDrawThePreparedIconsAsTheOnesDrawnOnDemand()
    {
        const QSize prepared24 = QSize(24, 24) * qApp->devicePixelRatio();
        QVERIFY(!icons::isDrawn(QStringLiteral("security"), prepared24));
        icons::prepare({{QStringLiteral("security"), 24}});
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(icons::isDrawn(QStringLiteral("security"), prepared24)); // by the worker, before anyone asked
        QVERIFY(!icons::isDrawn(QStringLiteral("security"), QSize(25, 25)));
        const QImage prepared = icons::icon(QStringLiteral("security")).pixmap(QSize(24, 24), 1.0).toImage();
        const QImage onDemand = icons::icon(QStringLiteral("security")).pixmap(QSize(25, 25), 1.0).toImage();
        QCOMPARE(prepared.size(), QSize(24, 24));
        QCOMPARE(onDemand.size(), QSize(25, 25));
        // The same drawing, one pixel larger: about as much ink.
        QVERIFY(qAbs(inkedPixels(prepared) - inkedPixels(onDemand)) < inkedPixels(prepared) / 4);
    }

    void shouldShowDisabledIconsAsTheStyleDoes()
    {
        const QIcon icon = icons::icon(QStringLiteral("warning"));
        const QImage normal = icon.pixmap(QSize(22, 22), 1.0, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(22, 22), 1.0, QIcon::Disabled).toImage();
        QCOMPARE(disabled.size(), normal.size());
        QVERIFY(disabled != normal);
        QStyleOption option;
        option.palette = QApplication::palette();
        QCOMPARE(
            disabled,
            QApplication::style()->generatedIconPixmap(QIcon::Disabled, QPixmap::fromImage(normal), &option).toImage());
    }

    void shouldGiveTheMenuBarOverflowButtonTheAppIcon()
    {
        const QString chosen = QApplication::style()->name();
        installAppStyle();
        installAppStyle(); // once is enough; twice changes nothing
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy);
        QCOMPARE(proxy->baseStyle()->name(), chosen); // the style Qt chose (or -style), inside the app's
        QMenuBar bar;
        auto *overflow = bar.findChild<QToolButton *>();
        QVERIFY(overflow);
        QCOMPARE(overflow->icon().name(), QStringLiteral("more"));
        QCOMPARE(QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).name(),
                 QStringLiteral("more"));
        QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).isNull()); // the others are Qt's
    }

    void shouldRememberTheHeightQLabelComputes()
    {
        const QString text = QStringLiteral("The privacy statement was updated (version 2026-11-01). Read what "
                                            "changed, then let us know you have seen it.");
        WrapLabel label(text);
        QLabel reference(text);
        reference.setWordWrap(true);
        reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QVERIFY(label.wordWrap());
        QCOMPARE(label.textInteractionFlags(), Qt::TextSelectableByMouse);
        for (const int width : {120, 240, 480, 240, 120})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        QVERIFY(label.heightForWidth(120) > label.heightForWidth(480));

        label.setText(QStringLiteral("Short."));
        reference.setText(QStringLiteral("Short."));
        QCOMPARE(label.heightForWidth(120), reference.heightForWidth(120));

        QFont large = label.font();
        large.setPointSizeF(large.pointSizeF() * 2);
        label.setFont(large);
        reference.setFont(large);
        QCOMPARE(label.heightForWidth(120), reference.heightForWidth(120));
        label.setText(text);
        reference.setText(text);
        QCOMPARE(label.heightForWidth(240), reference.heightForWidth(240));
    }
};

QTEST_MAIN(TestIconsAndLabels)
#include "tst_iconsandlabels.moc"
