#pragma once
// The Overview section: who the account is and the alert cards (mailbox to reconnect, closure scheduled,
// privacy statement updated, sign-in kept in memory only), each with the action that resolves it.

#include "controllers/closurecontroller.h"
#include "controllers/overviewcontroller.h"
#include "controllers/sessioncontroller.h"

#include <memory>
#include <QList>
#include <QString>
#include <QWidget>
#include <utility>

class QPushButton;

namespace Ui {
class OverviewPage;
}

namespace facturos::pages {

class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    // `session`: while the silent sign-in at start runs, the page shows its progress (the window shows the
    // Overview already, the account follows).
    OverviewPage(controllers::OverviewController &overview, controllers::ClosureController &closure,
                 controllers::SessionController &session, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // The icons (name, size) its alert cards may show.
    [[nodiscard]] static QList<std::pair<QString, int>> firstFrameIcons();

signals:
    // An alert's link asks for another section (the window ignores keys it has no page for).
    void sectionRequested(const QString &key);
    void privacyStatementRequested();

private:
    void showAccount();
    void showState();
    void rebuildAlerts();
    void showAlertsOrNone();
    void cancelClosure();
    QPushButton *addButton(QWidget *card, const QString &name, const QString &text, const QString &accessibleName,
                           const QString &description);
    QWidget *addCard(const QString &name, const QString &icon, const QString &text);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    controllers::OverviewController &m_overview;
    controllers::ClosureController &m_closure;
    controllers::SessionController &m_session;
};

} // namespace facturos::pages
