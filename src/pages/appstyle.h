#pragma once
// The application's style: the platform's own, with the app's SVG icons where Qt would use its built-in bitmaps.

class QLabel;

namespace facturos::pages {

// Installs it once for the whole application (before the first window is built).
void installAppStyle();

// A page's title: its label's font, 1.5 × larger and bold.
void styleAsPageTitle(QLabel *label);

} // namespace facturos::pages
