#pragma once
// A word-wrapped label whose text can be selected (cards' sentences), remembering its height for each width.
// QLabel lays its text out again on every heightForWidth() (a whole QTextDocument once the text is selectable),
// and one layout pass asks several times for the same widths.

#include <QHash>
#include <QLabel>

namespace facturos::pages {

class WrapLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights; // width → height, for m_heightsText
    mutable QString m_heightsText;
};

} // namespace facturos::pages
