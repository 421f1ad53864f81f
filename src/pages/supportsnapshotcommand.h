#pragma once
// `facturos-account --support-snapshot FILE`: the support snapshot of the profile's signed-in account without a
// window. Signs in silently with the stored refresh token (never opens the browser), takes the same snapshot as
// Help › Copy support snapshot…, writes FILE and returns 0; otherwise says why in one sentence and returns 1.
// Like --diagnose it uses the stored sign-in (the refresh token rotates): run it while the app is closed.

#include <QCoreApplication>

class QTextStream;

namespace facturos::pages {

struct DiagnosticsTarget;

namespace snapshotexit {
constexpr int Ok = 0;
constexpr int Failed = 1; // not signed in, server unreachable, refused, or the file could not be written
} // namespace snapshotexit

class SupportSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(SupportSnapshotCommand)
public:
    // Runs a local event loop; needs only a QCoreApplication. `err` gets the sentence on failure and the
    // file's path on success.
    [[nodiscard]] static int run(const DiagnosticsTarget &target, const QString &file, QTextStream &err);
};

} // namespace facturos::pages
