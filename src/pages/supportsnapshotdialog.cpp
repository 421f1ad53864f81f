#include "pages/supportsnapshotdialog.h"

#include "controllers/supportsnapshot.h"
#include "core/privatefile.h"
#include "pages/errortext.h"
#include "pages/prompter.h"
#include "pages/textlines.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace facturos::pages {

SupportSnapshotDialog::SupportSnapshotDialog(controllers::SupportSnapshot &snapshot,
                                             const controllers::SnapshotContext &context, bool memoryOnly,
                                             Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_context(context), m_memoryOnly(memoryOnly), m_prompter(prompter)
{
    setObjectName(QStringLiteral("supportSnapshotDialog"));
    setWindowTitle(tr("Support snapshot"));
    setAccessibleName(tr("Support snapshot"));
    setAccessibleDescription(tr("What the support snapshot holds, before you copy or save it"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This is everything the support snapshot holds: what this app shows of your account, "
                                "with your name, addresses, phone number, company number, e-mail addresses and "
                                "network addresses replaced by made-up ones. It holds no password, token or "
                                "mailbox access. Nothing is sent: copy it or save it, then give it to Facturos "
                                "support yourself."),
                             this);
    intro->setObjectName(QStringLiteral("supportSnapshotIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("supportSnapshotProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Reading your account"));
    m_progress->setAccessibleDescription(tr("The snapshot reads every section of your account from Facturos"));
    statusRow->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supportSnapshotStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    //: Reads the account again to take the support snapshot after a failure.
    m_retry = new QPushButton(tr("Try &again", "support snapshot"), this);
    m_retry->setObjectName(QStringLiteral("supportSnapshotRetryButton"));
    m_retry->setAccessibleName(tr("Take the support snapshot again"));
    m_retry->setAccessibleDescription(tr("Reads your account from Facturos once more"));
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_view = new TextLinesView(this);
    m_view->setObjectName(QStringLiteral("supportSnapshotView"));
    m_view->setAccessibleName(tr("Support snapshot contents"));
    m_view->setAccessibleDescription(
        tr("The whole snapshot, one line per row, exactly as it will be copied or saved; Ctrl+C copies the "
           "selected lines"));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("supportSnapshotButtonBox"));
    m_copy = buttons->addButton(tr("C&opy to clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("supportSnapshotCopyButton"));
    m_copy->setAccessibleName(tr("Copy the support snapshot to the clipboard"));
    m_copy->setAccessibleDescription(tr("Puts the whole snapshot on the clipboard, to paste into a message"));
    //: Saves the support snapshot to a file the user chooses.
    m_save = buttons->addButton(tr("&Save as…", "support snapshot"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("supportSnapshotSaveButton"));
    m_save->setAccessibleName(tr("Save the support snapshot to a file"));
    m_save->setAccessibleDescription(tr("Asks where to save the snapshot as a JSON file"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("supportSnapshotCloseButton"));
    close->setAccessibleName(tr("Close the support snapshot"));
    connect(m_copy, &QPushButton::clicked, this, &SupportSnapshotDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &SupportSnapshotDialog::saveAs);
    connect(m_retry, &QPushButton::clicked, this, &SupportSnapshotDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_snapshot, &controllers::SupportSnapshot::progressed, this, [this](int done, int total) {
        if (done < total) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            return;
        }
        // Everything is read; the document is being written (about a second for a very long history).
        m_progress->setRange(0, 0);
        setStatus(tr("Putting the snapshot together…"));
    });
    connect(&m_snapshot, &controllers::SupportSnapshot::taken, this, &SupportSnapshotDialog::showTaken);
    connect(&m_snapshot, &controllers::SupportSnapshot::failed, this, &SupportSnapshotDialog::showFailed);
    start();
}

SupportSnapshotDialog::~SupportSnapshotDialog()
{
    if (m_snapshot.isBusy())
        m_snapshot.cancel();
}

SupportSnapshotDialog *SupportSnapshotDialog::showFor(controllers::SupportSnapshot &snapshot,
                                                      const controllers::SnapshotContext &context, bool memoryOnly,
                                                      Prompter &prompter, QWidget *parent)
{
    SupportSnapshotDialog *dialog = nullptr;
    const auto open = parent ? parent->findChildren<SupportSnapshotDialog *>(QString(), Qt::FindDirectChildrenOnly)
                             : QList<SupportSnapshotDialog *>();
    for (SupportSnapshotDialog *candidate : open) {
        if (candidate->isVisible()) // a closed one is only waiting to be deleted
            dialog = candidate;
    }
    if (!dialog) {
        dialog = new SupportSnapshotDialog(snapshot, context, memoryOnly, prompter, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString SupportSnapshotDialog::text() const
{
    return QString::fromUtf8(m_view->text());
}

void SupportSnapshotDialog::start()
{
    m_view->clear();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_retry->setVisible(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    setStatus(tr("Reading your account…"));
    m_snapshot.take(m_context, m_memoryOnly);
}

void SupportSnapshotDialog::showTaken()
{
    m_progress->setVisible(false);
    m_view->setText(m_snapshot.json());
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    setStatus(tr("Read it through, then copy it or save it for support."));
    emit snapshotShown();
}

void SupportSnapshotDialog::showFailed(const api::ApiError &error)
{
    m_progress->setVisible(false);
    m_retry->setVisible(true);
    //: %1 says what went wrong and what to do.
    setStatus(tr("The snapshot could not be taken. %1").arg(ErrorText::forApi(error)));
}

void SupportSnapshotDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
    setStatus(tr("Copied to the clipboard. Paste it into your message to support."));
}

void SupportSnapshotDialog::saveAs()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("facturos-support-snapshot-%1.json")
                             .arg(m_context.takenAt.toLocalTime().date().toString(Qt::ISODate));
    const QString path = m_prompter.chooseSaveFile(this, tr("Save the support snapshot"),
                                                   QDir(documents).filePath(name), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(m_view->text()) < 0 || !file.commit()) {
        //: %1 is the file, %2 the system's reason.
        setStatus(tr("The snapshot could not be saved to %1: %2. Choose another place.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void SupportSnapshotDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace facturos::pages
