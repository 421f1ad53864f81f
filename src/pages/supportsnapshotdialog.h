#pragma once
// Help › Copy support snapshot…: takes the snapshot, then shows the whole document before anything leaves the
// app, so the user sees exactly what support will get; "Copy to clipboard" and "Save as…" hand it over,
// nothing is sent by the app itself. Closing the dialog while the snapshot is taken stops it. The document is
// shown one line per row of a view that lays out only what is on screen: it can be tens of megabytes.

#include "controllers/snapshotdocument.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace facturos::api {
struct ApiError;
}
namespace facturos::controllers {
class SupportSnapshot;
}

namespace facturos::pages {

class Prompter;
class TextLinesView;

class SupportSnapshotDialog final : public QDialog
{
    Q_OBJECT
public:
    // Starts taking the snapshot at once; `snapshot` and `prompter` must outlive the dialog.
    SupportSnapshotDialog(controllers::SupportSnapshot &snapshot, const controllers::SnapshotContext &context,
                          bool memoryOnly, Prompter &prompter, QWidget *parent = nullptr);
    ~SupportSnapshotDialog() override;

    // Opens the dialog under `parent` (window-modal, deleted on close), or raises the one already open there.
    static SupportSnapshotDialog *showFor(controllers::SupportSnapshot &snapshot,
                                          const controllers::SnapshotContext &context, bool memoryOnly,
                                          Prompter &prompter, QWidget *parent);

    // The document as shown, once taken (empty before).
    [[nodiscard]] QString text() const;

signals:
    // The document is shown (QDialog::finished() is about closing).
    void snapshotShown();

private:
    void start();
    void showTaken();
    void showFailed(const api::ApiError &error);
    void copy();
    void saveAs();
    void setStatus(const QString &text);

    controllers::SupportSnapshot &m_snapshot;
    controllers::SnapshotContext m_context;
    bool m_memoryOnly = false;
    Prompter &m_prompter;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    TextLinesView *m_view = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace facturos::pages
