#include "pages/mainwindow.h"

#include "api/accountapi.h"
#include "auth/urlopener.h"
#include "pages/connectionbanner.h"
#include "pages/diagnosticsdialog.h"
#include "pages/errortext.h"
#include "pages/fontconfigload.h"
#include "pages/icons.h"
#include "pages/prompter.h"
#include "pages/signinpage.h"
#include "ui_mainwindow.h"

#include <algorithm>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace facturos::pages {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSectionKey = QStringLiteral("window/section");
} // namespace

const QStringList &section::order()
{
    static const QStringList keys{Overview, Personal, Communications, Cookies, Mailboxes, Security, Data, Close};
    return keys;
}

QString MainWindow::titleFor(const QString &key)
{
    if (key == section::Overview)
        return tr("Overview");
    if (key == section::Personal)
        return tr("Personal information");
    if (key == section::Communications)
        return tr("Communications");
    if (key == section::Cookies)
        return tr("Cookies & tracking");
    if (key == section::Mailboxes)
        return tr("Mailboxes");
    if (key == section::Security)
        return tr("Security");
    if (key == section::Data)
        return tr("Your data");
    if (key == section::Close)
        return tr("Close account");
    return {};
}

namespace {
constexpr int kSidebarIconSize = 20;
constexpr int kBannerIconSize = 20;

// resources/icons/<name>.svg of a section.
QString iconNameFor(const QString &key)
{
    static const QHash<QString, QString> files{{section::Overview, QStringLiteral("overview")},
                                               {section::Personal, QStringLiteral("personal")},
                                               {section::Communications, QStringLiteral("communications")},
                                               {section::Cookies, QStringLiteral("cookies")},
                                               {section::Mailboxes, QStringLiteral("mailboxes")},
                                               {section::Security, QStringLiteral("security")},
                                               {section::Data, QStringLiteral("data")},
                                               {section::Close, QStringLiteral("close")}};
    return files.value(key);
}
} // namespace

QIcon MainWindow::iconFor(const QString &key)
{
    return icons::icon(iconNameFor(key));
}

QList<std::pair<QString, int>> MainWindow::firstFrameIcons()
{
    QList<std::pair<QString, int>> shown;
    for (const QString &key : section::order())
        shown.append({iconNameFor(key), kSidebarIconSize});
    shown.append({QStringLiteral("offline"), kBannerIconSize});
    for (const int size : {16, 32, 64, 128}) // the window's own, at the sizes window managers take
        shown.append({QStringLiteral("app"), size});
    return shown;
}

struct MainWindow::Watched
{
    QPointer<controllers::Controller> controller;
    std::function<void()> retry;
    // Its last action failed for want of the server.
    [[nodiscard]] bool waitsForServer() const
    {
        return controller && controller->state() == controllers::State::Error &&
               ErrorText::isConnectionProblem(controller->error());
    }
};

MainWindow::MainWindow(MainWindowDeps deps, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_deps(deps)
{
    fontconfigload::wait(); // the first text is measured below
    m_ui->setupUi(this);
    setWindowIcon(icons::icon(QStringLiteral("app")));
    m_ui->bannerIconLabel->setPixmap(icons::icon(QStringLiteral("offline")).pixmap(kBannerIconSize, kBannerIconSize));
    m_ui->bannerLabel->setText(ErrorText::unreachable());
    m_banner = new ConnectionBanner(
        m_ui->bannerFrame, m_ui->bannerLabel, m_ui->retryButton,
        [this] {
            bool retried = false;
            for (const auto &watched : m_watched) {
                if (watched->waitsForServer()) {
                    watched->retry();
                    retried = true;
                }
            }
            return retried;
        },
        this);
    m_ui->sectionListWidget->setIconSize(QSize(kSidebarIconSize, kSidebarIconSize));
    m_ui->signOutAction->setShortcut(QKeySequence());
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    // Assistive technologies select an item (AT-SPI "Toggle") without making it current: follow the selection.
    connect(m_ui->sectionListWidget, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_ui->sectionListWidget->selectedItems();
        if (selected.size() == 1 &&
            m_ui->sectionListWidget->row(selected.first()) != m_ui->sectionListWidget->currentRow())
            m_ui->sectionListWidget->setCurrentItem(selected.first());
    });
    connect(m_ui->sectionListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_keys.size())
            return;
        const int previous = m_ui->pageStackedWidget->currentIndex();
        QWidget *leaving = m_ui->pageStackedWidget->currentWidget();
        const auto guard = std::find_if(m_leaveGuards.cbegin(), m_leaveGuards.cend(),
                                        [leaving](const auto &entry) { return leaving && entry.first == leaving; });
        if (previous != row && guard != m_leaveGuards.cend() && !guard->second()) {
            const QSignalBlocker blocker(m_ui->sectionListWidget);
            m_ui->sectionListWidget->setCurrentRow(previous);
            return;
        }
        showPageAt(row);
        m_deps.settings.setValue(kSectionKey, m_keys.at(row));
        emit sectionChanged(m_keys.at(row));
    });
    connect(m_ui->signOutAction, &QAction::triggered, this, [this] { m_deps.session.signOut(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->privacyStatementAction, &QAction::triggered, this, &MainWindow::openPrivacyStatement);
    connect(m_ui->contactAction, &QAction::triggered, this, &MainWindow::showContact);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->diagnosticsAction, &QAction::triggered, this, &MainWindow::showDiagnostics);
    connect(m_ui->supportSnapshotAction, &QAction::triggered, this, &MainWindow::supportSnapshotRequested);
    m_ui->diagnosticsAction->setVisible(false);
    connect(&deps.session, &controllers::SessionController::statusChanged, this, &MainWindow::showShellOrSignIn);

    m_rememberedSection = deps.settings.value(kSectionKey).toString();
    restoreGeometry(deps.settings.value(kGeometryKey).toByteArray());
    showShellOrSignIn();
}

MainWindow::~MainWindow() = default;

bool MainWindow::addSection(const QString &key, QWidget *page)
{
    if (!page)
        return false;
    page->setParent(this); // owned (and hidden) until its section first shows
    if (addSection(key, [page] { return page; }))
        return true;
    delete page;
    return false;
}

bool MainWindow::addSection(const QString &key, std::function<QWidget *()> build)
{
    const int rank = section::order().indexOf(key);
    if (rank < 0 || m_keys.contains(key) || !build)
        return false;
    int row = 0;
    while (row < m_keys.size() && section::order().indexOf(m_keys.at(row)) < rank)
        ++row;
    m_keys.insert(row, key);
    m_builders.emplace(key, std::move(build));
    const QString title = titleFor(key);
    auto *item = new QListWidgetItem(iconFor(key), title);
    item->setData(Qt::UserRole, key);
    item->setData(Qt::AccessibleDescriptionRole, title);
    const QSignalBlocker blocker(m_ui->sectionListWidget);
    const QString current = currentSection();
    m_ui->sectionListWidget->insertItem(row, item);
    m_ui->pageStackedWidget->insertWidget(row, new QWidget);
    // Keep what the user sees; the remembered section wins once it is registered.
    const QString target = key == m_rememberedSection ? key : (current.isEmpty() ? key : current);
    const int targetRow = m_keys.indexOf(target);
    m_ui->sectionListWidget->setCurrentRow(targetRow);
    showPageAt(targetRow);
    return true;
}

QWidget *MainWindow::page(const QString &key)
{
    const int row = m_keys.indexOf(key);
    if (row < 0)
        return nullptr;
    const auto builder = m_builders.find(key);
    if (builder != m_builders.end()) {
        const std::function<QWidget *()> build = std::move(builder->second);
        m_builders.erase(builder);
        QWidget *built = build();
        QWidget *placeholder = m_ui->pageStackedWidget->widget(row);
        const bool current = m_ui->pageStackedWidget->currentIndex() == row;
        m_ui->pageStackedWidget->insertWidget(row, built);
        if (current)
            m_ui->pageStackedWidget->setCurrentIndex(row);
        m_ui->pageStackedWidget->removeWidget(placeholder);
        delete placeholder;
    }
    return m_ui->pageStackedWidget->widget(row);
}

void MainWindow::showPageAt(int row)
{
    if (row < 0 || row >= m_keys.size())
        return;
    page(m_keys.at(row));
    m_ui->pageStackedWidget->setCurrentIndex(row);
}

QStringList MainWindow::sections() const
{
    return m_keys;
}

QString MainWindow::currentSection() const
{
    const int row = m_ui->sectionListWidget->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

bool MainWindow::showSection(const QString &key)
{
    const int row = m_keys.indexOf(key);
    if (row < 0)
        return false;
    m_ui->sectionListWidget->setCurrentRow(row);
    return true;
}

void MainWindow::watch(controllers::Controller &controller, std::function<void()> retry)
{
    m_watched.push_back(std::make_unique<Watched>(Watched{&controller, std::move(retry)}));
    connect(&controller, &controllers::Controller::failed, this, [this](const api::ApiError &error) {
        if (ErrorText::isConnectionProblem(error))
            setBanner(true);
    });
    connect(&controller, &controllers::Controller::stateChanged, this, [this](controllers::State state) {
        if (state != controllers::State::Idle && state != controllers::State::Error)
            return;
        const bool othersWaiting = std::any_of(m_watched.cbegin(), m_watched.cend(),
                                               [](const auto &watched) { return watched->waitsForServer(); });
        // The server answers again (a success, or a refusal that is not about reaching it): what still failed
        // for want of it is retried at once rather than forgotten (the banner stays until it succeeds too).
        if (othersWaiting && isBannerShown() && state == controllers::State::Idle)
            m_banner->retryNow();
        else if (!othersWaiting)
            setBanner(false);
    });
}

bool MainWindow::isBannerShown() const
{
    return m_banner->isShown();
}

void MainWindow::setAutoRetryDelays(QList<int> delaysMs)
{
    m_banner->setDelays(std::move(delaysMs));
}

void MainWindow::setBanner(bool shown)
{
    if (shown)
        m_banner->showProblem();
    else
        m_banner->hide();
}

void MainWindow::setAccountName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    //: The account menu's title once the account is read; %1 is the user's name. Keep the menu's Alt key.
    m_ui->accountMenu->setTitle(name.isEmpty() ? tr("&Account") : tr("&Account: %1").arg(escaped));
}

void MainWindow::showShellOrSignIn()
{
    using Status = controllers::SessionController::Status;
    const Status status = m_deps.session.status();
    const bool signedIn = status == Status::SignedIn;
    // A silent sign-in at start nearly always ends on the account: the window shows it from the start (the
    // Overview says it is loading, the pages wait) rather than flashing the sign-in screen. Once the sign-in
    // screen has shown, a new attempt keeps it.
    const bool restoring = status == Status::Restoring && !m_signInScreenShown;
    const bool shell = signedIn || restoring;
    m_signInScreenShown = m_signInScreenShown || !shell;
    if (!shell && !m_signInPage) { // built the first time it shows
        m_signInPage = new SignInPage(m_deps.session, this);
        m_signInPage->setObjectName(QStringLiteral("signInPage"));
        m_ui->rootStackedWidget->insertWidget(0, m_signInPage);
    }
    m_ui->rootStackedWidget->setCurrentWidget(shell ? m_ui->shellPage : static_cast<QWidget *>(m_signInPage));
    m_ui->pageStackedWidget->setEnabled(!restoring);
    m_ui->signOutAction->setEnabled(signedIn);
    m_ui->privacyStatementAction->setEnabled(signedIn);
    m_ui->supportSnapshotAction->setEnabled(signedIn);
    if (!signedIn) {
        setAccountName({});
        setBanner(false);
    }
}

void MainWindow::openPrivacyStatement()
{
    m_deps.account.privacyStatement(this, [this](const api::ApiResult<PrivacyStatement> &result) {
        if (result.ok() && m_deps.opener.openUrl(QUrl(result.value->url)))
            return;
        // Said here, even when the server can't be reached: the banner retries what the pages wait for, and
        // this is a one-off action the user repeats when they like.
        m_deps.prompter.inform(
            this, tr("Privacy statement"),
            result.ok() ? tr("The browser did not open. The privacy statement is at %1").arg(result.value->url)
                        : ErrorText::forApi(result.error));
    });
}

void MainWindow::showContact()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("contactDialog"));
    dialog.setWindowTitle(tr("Contact"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(&dialog);
    text->setObjectName(QStringLiteral("contactLabel"));
    //: %1 is the e-mail address, %2 the postal address.
    text->setText(tr("<p>For any question about your data or your account, write to us:</p>"
                     "<p><b>E-mail:</b> <a href=\"mailto:%1\">%1</a></p><p><b>Post:</b> %2</p>")
                      .arg(QStringLiteral("contact@facturos.fr"),
                           tr("Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris")));
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setAccessibleName(tr("Contact details"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->setObjectName(QStringLiteral("contactButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("contactCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the contact details"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::setDiagnosticsTarget(const DiagnosticsTarget &target)
{
    m_diagnostics = std::make_unique<DiagnosticsTarget>(target);
    m_ui->diagnosticsAction->setVisible(true);
}

void MainWindow::showDiagnostics()
{
    if (!m_diagnostics)
        return;
    auto *dialog = new DiagnosticsDialog(*m_diagnostics, m_deps.session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Facturos Account"),
                       tr("<p><b>Facturos Account</b> %1</p><p>Your Facturos account: personal information, "
                          "privacy choices, connected mailboxes and your data.</p><p>Qt %2</p>")
                           .arg(QStringLiteral(FACTUROS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::saveGeometryNow()
{
    m_deps.settings.setValue(kGeometryKey, saveGeometry());
}

void MainWindow::setLeaveGuard(QWidget *page, std::function<bool()> canLeave)
{
    m_leaveGuards.emplace_back(page, std::move(canLeave));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const auto &[page, canLeave] : m_leaveGuards) {
        if (page && !canLeave()) {
            event->ignore();
            return;
        }
    }
    saveGeometryNow();
    if (!currentSection().isEmpty())
        m_deps.settings.setValue(kSectionKey, currentSection());
    m_deps.settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace facturos::pages
