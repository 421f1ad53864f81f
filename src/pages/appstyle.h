#pragma once
// The application's style: the platform's own, with the app's SVG icons where Qt would use its built-in bitmaps.

namespace facturos::pages {

// Installs it once for the whole application (before the first window is built).
void installAppStyle();

} // namespace facturos::pages
