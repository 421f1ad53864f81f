#pragma once
// The seam for destructive confirmations and file choices: pages ask a Prompter, never a QMessageBox directly, so GUI
// tests can answer. MessageBoxPrompter is the app's implementation.

#include <QString>

class QWidget;

namespace facturos::pages {

struct Confirmation
{
    QString title;
    QString text;        // what will happen, in plain words
    QString details;     // optional: what is deleted or kept
    QString acceptLabel; // the destructive action's verb ("Disconnect", "Sign out")
};

class Prompter
{
public:
    virtual ~Prompter() = default;
    // True when the user confirmed. The safe choice is the default button.
    [[nodiscard]] virtual bool confirm(QWidget *parent, const Confirmation &confirmation) = 0;
    // A plain message the user reads and dismisses.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // The file the user chose to write to (an existing one is confirmed by the dialog); empty when cancelled.
    // `suggestedPath` is the folder and name proposed, `filter` as in QFileDialog ("JSON (*.json)").
    [[nodiscard]] virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                                 const QString &filter) = 0;
};

class MessageBoxPrompter final : public Prompter
{
public:
    [[nodiscard]] bool confirm(QWidget *parent, const Confirmation &confirmation) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    [[nodiscard]] QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                         const QString &filter) override;
};

} // namespace facturos::pages
