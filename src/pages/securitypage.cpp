#include "pages/securitypage.h"

#include "auth/urlopener.h"
#include "pages/appstyle.h"
#include "pages/errortext.h"
#include "pages/icons.h"
#include "pages/prompter.h"
#include "pages/securitytables.h"
#include "ui_securitypage.h"

#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>

namespace facturos::pages {

using controllers::ActivityListModel;
using controllers::DelegateListModel;
using controllers::SessionListModel;

namespace {

// What the three tables share: whole-row single selection, one line per row at a fixed height (so scrolling
// never measures rows), Tab leaving the table rather than moving between cells.
void setUpTable(QTableView *view, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setCornerButtonEnabled(false);
    view->setIconSize(QSize(16, 16));
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

SecurityPage::SecurityPage(controllers::SecurityController &security, controllers::SessionController &session,
                           Prompter &prompter, auth::UrlOpener &opener, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SecurityPage>()), m_security(security), m_session(session),
      m_prompter(prompter), m_opener(opener)
{
    m_ui->setupUi(this);
    m_ui->securityTabWidget->tabBar()->setObjectName(QStringLiteral("securityTabBar"));
    m_ui->securityTabWidget->tabBar()->setAccessibleName(tr("Security sections"));
    styleAsPageTitle(m_ui->securityHeadingLabel);
    m_ui->securityErrorIconLabel->setPixmap(icons::icon(QStringLiteral("warning")).pixmap(20, 20));
    setUpTables();
    // The activity's progress bar comes and goes with every page fetched while scrolling. It sits in a holder
    // of fixed size without a layout, because showing or hiding a widget inside a layout lays out the whole
    // window again (every page of it), which costs more than fetching the page.
    QSizePolicy keepSpace = m_ui->securityLoadingProgressBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // and the page does not jump when loading starts or ends
    m_ui->securityLoadingProgressBar->setSizePolicy(keepSpace);

    m_activityMenu = new QMenu(this);
    m_activityMenu->setObjectName(QStringLiteral("securityActivityMenu"));
    m_activityMenu->setAccessibleName(tr("Sign-in activity actions"));
    m_notMeAction = m_activityMenu->addAction(tr("This &wasn't me…"));
    m_notMeAction->setObjectName(QStringLiteral("securityNotMeAction"));
    connect(m_notMeAction, &QAction::triggered, this, &SecurityPage::thisWasntMe);
    m_ui->securityActivityTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->securityActivityTableView, &QWidget::customContextMenuRequested, this,
            &SecurityPage::showActivityMenu);

    connect(m_ui->securityReloadButton, &QPushButton::clicked, &security, &controllers::SecurityController::load);
    connect(m_ui->securityChangePasswordButton, &QPushButton::clicked, this, &SecurityPage::openPasswordChange);
    connect(m_ui->securitySignOutButton, &QPushButton::clicked, this, &SecurityPage::signOutSelected);
    connect(m_ui->securitySignOutOthersButton, &QPushButton::clicked, this, &SecurityPage::signOutOthers);
    connect(m_ui->securityNotMeButton, &QPushButton::clicked, this, &SecurityPage::thisWasntMe);
    connect(m_ui->securityRevokeButton, &QPushButton::clicked, this, &SecurityPage::revokeSelected);
    connect(m_ui->securityActivityRetryButton, &QPushButton::clicked, security.activity(), &ActivityListModel::retry);

    connect(&security, &controllers::Controller::stateChanged, this, &SecurityPage::showState);
    connect(&security, &controllers::Controller::failed, this, [this] {
        m_passwordAfterSignOut = false;
        showState();
    });
    connect(&security, &controllers::SecurityController::loaded, this, [this] {
        m_loaded = true;
        showState();
    });
    connect(&security, &controllers::SecurityController::sessionSignedOut, this, &SecurityPage::sessionSignedOut);
    connect(&security, &controllers::SecurityController::otherSessionsSignedOut, this,
            &SecurityPage::otherSessionsSignedOut);
    connect(&security, &controllers::SecurityController::delegateRevoked, this, &SecurityPage::delegateRevoked);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(security.sessions()),
                                      static_cast<QAbstractItemModel *>(security.delegates())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SecurityPage::showState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SecurityPage::showState);
        connect(model, &QAbstractItemModel::modelReset, this, &SecurityPage::showState);
        connect(model, &QAbstractItemModel::dataChanged, this, &SecurityPage::showState);
    }
    ActivityListModel *activity = security.activity();
    activity->onReadingChanged(this, &SecurityPage::showActivityState);
    // The password page's address comes with the server's metadata, read while signing in.
    connect(&session, &controllers::SessionController::statusChanged, this, &SecurityPage::showPasswordState);

    setStatus({});
    m_loaded = security.hasLoaded(); // built after the data came: shown at once
    showState();
    showPasswordState();
}

SecurityPage::~SecurityPage() = default;

void SecurityPage::setUpTables()
{
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = qMax(metrics.height() + 10, 24);
    const int chars = metrics.averageCharWidth();

    QTableView *sessions = m_ui->securitySessionsTableView;
    sessions->setModel(SecurityTables::sessions(*m_security.sessions(), this));
    setUpTable(sessions, rowHeight);
    // A handful of rows: their contents may size the columns.
    sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    sessions->horizontalHeader()->setSectionResizeMode(SecurityTables::SessionDeviceColumn, QHeaderView::Stretch);

    QTableView *delegates = m_ui->securityDelegatesTableView;
    delegates->setModel(SecurityTables::delegates(*m_security.delegates(), this));
    setUpTable(delegates, rowHeight);
    delegates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    delegates->horizontalHeader()->setSectionResizeMode(SecurityTables::DelegateNameColumn, QHeaderView::Stretch);

    // Possibly 100,000 rows, fetched as the user scrolls: widths come from the font and sample texts, never
    // from the rows. Date, result and place keep their width; device, browser and address share the rest, so
    // the table fits the window without a horizontal scroll bar (a cut text shows whole in its tooltip).
    QTableView *activity = m_ui->securityActivityTableView;
    activity->setModel(SecurityTables::activity(*m_security.activity(), this));
    setUpTable(activity, rowHeight);
    QHeaderView *columns = activity->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    for (const int shared : {SecurityTables::ActivityDeviceColumn, SecurityTables::ActivityBrowserColumn,
                             SecurityTables::ActivityIpColumn})
        columns->setSectionResizeMode(shared, QHeaderView::Stretch);
    const int padding = chars + 10;
    // A column as wide as its title or its content, whichever is wider.
    const auto fit = [&](int column, int content) {
        const QString title = activity->model()->headerData(column, Qt::Horizontal).toString();
        columns->resizeSection(column, qMax(metrics.horizontalAdvance(title), content) + padding);
    };
    fit(SecurityTables::ActivityWhenColumn,
        metrics.horizontalAdvance(SecurityTables::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))));
    // Sized for the sign-ins, nearly every row; the rarer, longer phrases show whole in their tooltip.
    fit(SecurityTables::ActivityResultColumn,
        qMax(metrics.horizontalAdvance(SecurityTables::activityResult(ActivityKind::SignIn)),
             metrics.horizontalAdvance(SecurityTables::activityResult(ActivityKind::SignInFailed)) +
                 activity->iconSize().width() + 4));
    fit(SecurityTables::ActivityPlaceColumn, metrics.horizontalAdvance(QStringLiteral("Villeurbanne, France")));

    for (QTableView *view : {sessions, delegates})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecurityPage::showState);
    // Moving through the activity selects rows all the time: only its own button follows.
    connect(activity->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecurityPage::showActivityState);
}

QModelIndex SecurityPage::selected(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

int SecurityPage::otherSessionCount() const
{
    int others = 0;
    for (const Session &session : m_security.sessions()->items())
        others += session.current ? 0 : 1;
    return others;
}

void SecurityPage::showState()
{
    const bool busy = m_security.isBusy();
    const bool failed = m_security.state() == controllers::State::Error;
    m_ui->securityLoadingProgressBar->setVisible(busy);
    m_ui->securityErrorLabel->setText(failed ? ErrorText::forApi(m_security.error()) : QString());
    m_ui->securityErrorFrame->setVisible(failed);
    m_ui->securityReloadButton->setEnabled(!busy);

    const int others = otherSessionCount();
    const int sessionCount = m_security.sessions()->rowCount();
    const QModelIndex session = selected(m_ui->securitySessionsTableView);
    const SessionListModel *sessions = m_security.sessions();
    const bool otherSelected =
        session.isValid() && !sessions->index(session.row()).data(SessionListModel::CurrentRole).toBool();
    m_ui->securitySignOutButton->setEnabled(!busy && otherSelected);
    m_ui->securitySignOutOthersButton->setEnabled(!busy && others > 0);
    m_ui->securitySessionsEmptyLabel->setVisible(m_loaded && others == 0 && sessionCount > 0);

    const int delegateCount = m_security.delegates()->rowCount();
    m_ui->securityRevokeButton->setEnabled(!busy && selected(m_ui->securityDelegatesTableView).isValid());
    m_ui->securityDelegatesEmptyLabel->setVisible(m_loaded && delegateCount == 0);
    m_ui->securityDelegatesTableView->setVisible(!m_loaded || delegateCount > 0);

    const QLocale locale;
    setTabText(m_ui->securitySessionsTab,
               m_loaded ? tr("&Devices (%1)").arg(locale.toString(sessionCount)) : tr("&Devices"));
    setTabText(m_ui->securityDelegatesTab,
               m_loaded ? tr("Ad&ministrators (%1)").arg(locale.toString(delegateCount)) : tr("Ad&ministrators"));
    showActivityState();
}

void SecurityPage::setTabText(QWidget *tab, const QString &text)
{
    // Setting a tab's text lays the whole window out again, even when the text is the same.
    QTabWidget *tabs = m_ui->securityTabWidget;
    const int index = tabs->indexOf(tab);
    if (tabs->tabText(index) != text)
        tabs->setTabText(index, text);
}

void SecurityPage::showActivityState()
{
    const ActivityListModel *activity = m_security.activity();
    const bool started = activity->pagesRequested() > 0;
    const bool failed = activity->hasFailed();
    m_ui->securityActivityProgressBar->setVisible(activity->isFetching());
    m_ui->securityActivityErrorLabel->setText(failed ? ErrorText::forApi(activity->error()) : QString());
    m_ui->securityActivityErrorFrame->setVisible(failed);
    m_ui->securityActivityEmptyLabel->setVisible(started && !failed && activity->isComplete() &&
                                                 activity->rowCount() == 0);
    const bool canAct = !m_security.isBusy() && selected(m_ui->securityActivityTableView).isValid();
    m_ui->securityNotMeButton->setEnabled(canAct);
    m_notMeAction->setEnabled(canAct);
}

void SecurityPage::showPasswordState()
{
    const bool available = !m_session.passwordChangeUrl().isEmpty();
    m_ui->securityChangePasswordButton->setEnabled(available);
    m_ui->securityPasswordLabel->setText(
        available ? tr("You change your password on the Facturos sign-in site, in your browser. Once it is changed, "
                       "every device signed in to your account is signed out, this one included.")
                  : tr("Your sign-in service does not offer a password change page. Write to contact@facturos.fr "
                       "to change your password."));
}

void SecurityPage::showActivityMenu(const QPoint &position)
{
    QTableView *view = m_ui->securityActivityTableView;
    const QModelIndex index = view->indexAt(position);
    if (index.isValid())
        view->selectRow(index.row());
    showActivityState();
    // popup(), not exec(): the page stays responsive and tests can trigger the action.
    m_activityMenu->popup(view->viewport()->mapToGlobal(position));
}

void SecurityPage::signOutSelected()
{
    const QModelIndex index = selected(m_ui->securitySessionsTableView);
    if (!index.isValid())
        return;
    const QModelIndex session = m_security.sessions()->index(index.row());
    if (session.data(SessionListModel::CurrentRole).toBool())
        return; // this device signs out from the Account menu
    const QString description = SecurityTables::sessionDescription(session);
    Confirmation confirmation;
    confirmation.title = tr("Sign out this device?");
    //: %1 describes a device ("Firefox 145 on Windows, Lyon, France"), %2 is a date and time.
    confirmation.text =
        tr("%1, last active %2, will be signed out of your Facturos account.")
            .arg(description, SecurityTables::dateTime(session.data(SessionListModel::LastSeenAtRole).toDateTime()));
    confirmation.details = tr("Whoever uses it will have to sign in again with your password. If you don't "
                              "recognise this device, change your password too.");
    confirmation.acceptLabel = tr("Sign out");
    if (!m_prompter.confirm(this, confirmation))
        return;
    setStatus({});
    m_pendingSubject = description;
    (void)m_security.signOut(session.data(SessionListModel::IdRole).toString());
}

void SecurityPage::signOutOthers()
{
    const int others = otherSessionCount();
    if (others == 0)
        return;
    Confirmation confirmation;
    confirmation.title = tr("Sign out all other sessions?");
    confirmation.text = tr("%n other session(s) will be signed out of your Facturos account. This device stays "
                           "signed in.",
                           nullptr, others);
    confirmation.details = tr("Whoever uses them will have to sign in again with your password.");
    confirmation.acceptLabel = tr("Sign out %n session(s)", nullptr, others);
    if (!m_prompter.confirm(this, confirmation))
        return;
    setStatus({});
    m_passwordAfterSignOut = false;
    m_security.signOutAllOthers();
}

void SecurityPage::thisWasntMe()
{
    const QModelIndex index = selected(m_ui->securityActivityTableView);
    if (!index.isValid() || m_security.isBusy())
        return;
    const QModelIndex event = m_security.activity()->index(index.row());
    const int others = otherSessionCount();
    Confirmation confirmation;
    confirmation.title = tr("This wasn't me");
    //: %1 is what happened ("Signed in"), %2 a date and time, %3 an approximate place or "Unknown".
    confirmation.text =
        tr("If you don't recognise this activity (%1 on %2, from %3), someone else may know your password.")
            .arg(SecurityTables::activityResult(event.data(ActivityListModel::KindRole).toString()),
                 SecurityTables::dateTime(event.data(ActivityListModel::TimeRole).toDateTime()),
                 event.data(ActivityListModel::LocationRole).toString().isEmpty()
                     ? event.data(ActivityListModel::IpRole).toString()
                     : event.data(ActivityListModel::LocationRole).toString());
    confirmation.details =
        others > 0 ? tr("Facturos will sign out the %n other session(s) signed in to your account, then open the "
                        "password change page in your browser: choose a new password there.",
                        nullptr, others)
                   : tr("No other session is signed in. The password change page will open in your browser: "
                        "choose a new password there.");
    confirmation.acceptLabel = tr("Sign out others and change password");
    if (!m_prompter.confirm(this, confirmation))
        return;
    setStatus({});
    m_passwordAfterSignOut = true;
    m_security.signOutAllOthers();
}

void SecurityPage::revokeSelected()
{
    const QModelIndex index = selected(m_ui->securityDelegatesTableView);
    if (!index.isValid())
        return;
    const QModelIndex delegate = m_security.delegates()->index(index.row());
    const QString name = delegate.data(DelegateListModel::DisplayNameRole).toString();
    Confirmation confirmation;
    confirmation.title = tr("Revoke access?");
    //: %1 is a person or firm ("Cabinet Morel Expertise"), %2 their role ("Accountant").
    confirmation.text = tr("%1 (%2) will no longer be able to see or change your data.")
                            .arg(name, SecurityTables::role(delegate.data(DelegateListModel::RoleRole).toString()));
    confirmation.details = tr("This takes effect at once. To give access again later, contact Facturos support.");
    confirmation.acceptLabel = tr("Revoke access");
    if (!m_prompter.confirm(this, confirmation))
        return;
    setStatus({});
    m_pendingSubject = name;
    (void)m_security.revokeDelegate(delegate.data(DelegateListModel::IdRole).toString());
}

void SecurityPage::sessionSignedOut()
{
    //: %1 describes a device ("Firefox 145 on Windows, Lyon, France").
    setStatus(tr("%1 was signed out.").arg(m_pendingSubject));
}

void SecurityPage::otherSessionsSignedOut(int count)
{
    if (m_passwordAfterSignOut) {
        m_passwordAfterSignOut = false;
        setStatus(tr("Every other session was signed out. Choose a new password on the page opened in your browser."));
        openPasswordChange();
        return;
    }
    setStatus(count > 0 ? tr("%n other session(s) signed out.", nullptr, count)
                        : tr("No other session was signed in."));
}

void SecurityPage::delegateRevoked()
{
    //: %1 is a person or firm ("Cabinet Morel Expertise").
    setStatus(tr("%1 no longer has access to your data.").arg(m_pendingSubject));
}

void SecurityPage::setStatus(const QString &text)
{
    m_ui->securityStatusLabel->setText(text);
    m_ui->securityStatusLabel->setVisible(!text.isEmpty());
}

void SecurityPage::openPasswordChange()
{
    const QUrl url = m_session.passwordChangeUrl();
    if (url.isEmpty()) {
        m_prompter.inform(this, tr("Change password"),
                          tr("Your sign-in service does not offer a password change page. Write to "
                             "contact@facturos.fr to change your password."));
        return;
    }
    if (!m_opener.openUrl(url))
        m_prompter.inform(this, tr("Change password"),
                          tr("The browser did not open. Change your password at %1").arg(url.toString()));
}

} // namespace facturos::pages
