#pragma once
// The Security section: the signed-in devices (sign out one other, or all others), the sign-in activity paged
// lazily as the user scrolls ("This wasn't me" on an event signs out every other session and opens the
// password change page), the administrators with access (revoke), and "Change password" in the browser.
// Every destructive action asks through the Prompter first; a refusal sends nothing.

#include "controllers/securitycontroller.h"
#include "controllers/sessioncontroller.h"

#include <memory>
#include <QWidget>

class QMenu;
class QTableView;

namespace Ui {
class SecurityPage;
}

namespace facturos::auth {
class UrlOpener;
}

namespace facturos::pages {

class Prompter;

class SecurityPage final : public QWidget
{
    Q_OBJECT
public:
    SecurityPage(controllers::SecurityController &security, controllers::SessionController &session, Prompter &prompter,
                 auth::UrlOpener &opener, QWidget *parent = nullptr);
    ~SecurityPage() override;

    // Opens the SSO's password change page in the browser (or says why it cannot).
    void openPasswordChange();

private:
    void setUpTables();
    void showState();
    void showActivityState();
    void showPasswordState();
    void setTabText(QWidget *tab, const QString &text);
    // The confirmation line under the heading ("…was signed out."); empty hides it.
    void setStatus(const QString &text);
    void signOutSelected();
    void signOutOthers();
    void thisWasntMe();
    void revokeSelected();
    void showActivityMenu(const QPoint &position);
    void sessionSignedOut();
    void otherSessionsSignedOut(int count);
    void delegateRevoked();

    [[nodiscard]] static QModelIndex selected(const QTableView *view);
    [[nodiscard]] int otherSessionCount() const;

    std::unique_ptr<Ui::SecurityPage> m_ui;
    controllers::SecurityController &m_security;
    controllers::SessionController &m_session;
    Prompter &m_prompter;
    auth::UrlOpener &m_opener;
    QMenu *m_activityMenu = nullptr;
    QAction *m_notMeAction = nullptr;
    bool m_loaded = false;               // the first load() answered: empty lists mean "none", not "not yet"
    bool m_passwordAfterSignOut = false; // "This wasn't me": open the password page once the others are out
    QString m_pendingSubject;            // what the action in flight is about, for its confirmation line
};

} // namespace facturos::pages
