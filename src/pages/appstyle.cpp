#include "pages/appstyle.h"

#include "pages/icons.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QProxyStyle>

namespace facturos::pages {

namespace {
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        // The menu bar's overflow button, built with every menu bar: the built-in PNG would also make Qt probe
        // each image-format plugin at start-up (a few milliseconds), and a bitmap blurs on high-DPI screens.
        if (icon == SP_ToolBarHorizontalExtensionButton)
            return icons::icon(QStringLiteral("more"));
        return QProxyStyle::standardIcon(icon, option, widget);
    }
};
} // namespace

void installAppStyle()
{
    // Around the style Qt chose (the platform's, or -style / QT_STYLE_OVERRIDE); the application owns the proxy.
    if (!qobject_cast<AppStyle *>(QApplication::style()))
        QApplication::setStyle(new AppStyle(QApplication::style()->name()));
}

void styleAsPageTitle(QLabel *label)
{
    QFont title = label->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    label->setFont(title);
}

} // namespace facturos::pages

#include "appstyle.moc"
