#pragma once
// The Personal information section: the profile form (identity, contact, company, delivery and billing
// addresses) bound to the ProfileController's draft, with messages next to the fields as the user types,
// Save / Discard, the conflict dialog after a 412, and the question before leaving with unsaved changes.

#include "controllers/profilecontroller.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class ProfilePage;
}

namespace facturos::pages {

class ConflictDialog;
class Prompter;

class ProfilePage final : public QWidget
{
    Q_OBJECT
public:
    ProfilePage(controllers::ProfileController &profile, Prompter &prompter, QWidget *parent = nullptr);
    ~ProfilePage() override;

    // Asked before the user leaves the page or quits: true when there is nothing unsaved, or when the user
    // agreed to drop the changes (then discarded); false keeps the user here with the draft.
    [[nodiscard]] bool canLeave();

private:
    struct Field
    {
        QString path;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QLabel *error = nullptr;
    };
    void addField(const QString &path, QLineEdit *edit, QLabel *error);
    void addCountry(const QString &path, QComboBox *combo, QLabel *error);
    void showDraft();
    void showErrors();
    void showState();
    void showFailure(const api::ApiError &error);
    void showConflictDialog();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::ProfilePage> m_ui;
    controllers::ProfileController &m_profile;
    Prompter &m_prompter;
    QList<Field> m_fields;
    QString m_error; // the last failure's sentence, until the next edit or success
};

} // namespace facturos::pages
