#include "pages/icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QImageReader>
#include <QMutex>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QThreadPool>

namespace facturos::pages::icons {

namespace {

// Drawn images, shared by the worker and the GUI thread (QImage, unlike QPixmap, may be made on any thread).
struct Drawn
{
    QMutex mutex;
    QHash<QString, QImage> images;
};

Drawn &drawn()
{
    static Drawn instance;
    return instance;
}

QString pathFor(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QString keyFor(const QString &name, const QSize &pixels)
{
    return QStringLiteral("%1@%2x%3").arg(name).arg(pixels.width()).arg(pixels.height());
}

// `name` at `pixels` device pixels: drawn once per process, by whichever thread first needs it.
QImage image(const QString &name, const QSize &pixels)
{
    const QString key = keyFor(name, pixels);
    Drawn &cache = drawn();
    {
        const QMutexLocker lock(&cache.mutex);
        if (const auto found = cache.images.constFind(key); found != cache.images.cend())
            return *found;
    }
    // Qt's SVG image plugin, named so that no other plugin is asked.
    QImageReader reader(pathFor(name), "svg");
    reader.setScaledSize(pixels);
    QImage drawnImage = reader.read();
    if (drawnImage.isNull())
        qWarning("icon %s could not be drawn: %s", qPrintable(name), qPrintable(reader.errorString()));
    const QMutexLocker lock(&cache.mutex);
    cache.images.insert(key, drawnImage);
    return drawnImage;
}

class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString name) : m_name(std::move(name)) {}

    QIconEngine *clone() const override { return new SvgIconEngine(m_name); }
    QString key() const override { return QStringLiteral("facturos-svg"); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString iconName() override { return m_name; }

    // `size` in device pixels: QIcon::pixmap(size, ratio) asks for size × ratio (and sets the ratio itself).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        // Shared by every icon of the same name (QPixmapCache: GUI thread only, emptied with the application).
        const QString key =
            QStringLiteral("facturos-icon/%1@%2x%3/%4").arg(m_name).arg(size.width()).arg(size.height()).arg(int(mode));
        QPixmap result;
        if (!QPixmapCache::find(key, &result)) {
            result = QPixmap::fromImage(image(m_name, size));
            if (mode != QIcon::Normal) { // disabled, selected, active: as the style shows them
                QStyleOption option;
                option.palette = QApplication::palette();
                result = QApplication::style()->generatedIconPixmap(mode, result, &option);
            }
            QPixmapCache::insert(key, result);
        }
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Drawn at the device's pixels into the logical rectangle: one device pixel per icon pixel.
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

private:
    QString m_name;
};

} // namespace

bool isDrawn(const QString &name, const QSize &pixels)
{
    Drawn &cache = drawn();
    const QMutexLocker lock(&cache.mutex);
    return cache.images.contains(keyFor(name, pixels));
}

QIcon icon(const QString &name)
{
    return QIcon(new SvgIconEngine(name));
}

void prepare(const QList<std::pair<QString, int>> &namesAndSizes)
{
    const qreal ratio = qApp->devicePixelRatio();
    QThreadPool::globalInstance()->start([namesAndSizes, ratio] {
        for (const auto &[name, size] : namesAndSizes)
            (void)image(name, QSize(size, size) * ratio);
    });
}

} // namespace facturos::pages::icons
