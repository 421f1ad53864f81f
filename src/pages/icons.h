#pragma once
// The app's icons: the SVG files of resources/icons, drawn at the size and pixel ratio each use asks for. The
// drawing happens off the GUI thread where it can (prepare()): at start-up the window's icons are ready when it
// first paints, and the GUI thread neither parses SVG nor loads Qt's SVG plugin.

#include <QIcon>
#include <QList>
#include <QSize>
#include <QString>
#include <utility>

namespace facturos::pages::icons {

// resources/icons/<name>.svg as an icon (a scalable one: any size, sharp at any pixel ratio).
[[nodiscard]] QIcon icon(const QString &name);

// Draws these icons (name, size in device-independent pixels) on a worker thread, at the application's
// pixel ratio, so that the GUI thread finds them drawn. Returns at once.
void prepare(const QList<std::pair<QString, int>> &namesAndSizes);

// Whether `name` is drawn at `pixels` device pixels already (for tests).
[[nodiscard]] bool isDrawn(const QString &name, const QSize &pixels);

} // namespace facturos::pages::icons
