#pragma once
// A long UTF-8 text shown one line per row, in a view that lays out only the rows on screen: the support
// snapshot's document reaches tens of megabytes (100,000 rows per list), which a QPlainTextEdit takes seconds
// and gigabytes to lay out on the GUI thread. Indexing the line starts is one pass over the bytes.

#include <QAbstractListModel>
#include <QByteArray>
#include <QTableView>
#include <vector>

namespace facturos::pages {

class TextLinesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // Replaces the text (shared, not copied). A final line break ends the last line, it does not start one.
    void setText(const QByteArray &utf8);
    void clear() { setText({}); }
    [[nodiscard]] const QByteArray &text() const { return m_text; }
    // The line with the most characters: in a fixed-width font, the widest.
    [[nodiscard]] QString longestLine() const;
    // The lines of `rows` (in text order, whatever the order given), joined by line breaks.
    [[nodiscard]] QString linesText(QList<int> rows) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QByteArray lineBytes(int row) const;

    QByteArray m_text;
    std::vector<qsizetype> m_starts; // where each line begins; a line ends before the next one's break
    int m_longest = -1;
};

// The text read-only in a fixed-width font, one row per line, all rows the same height (never measured), as
// wide as the longest line; Ctrl+C copies the selected lines, Tab moves on to the next widget.
class TextLinesView final : public QTableView
{
    Q_OBJECT
public:
    explicit TextLinesView(QWidget *parent = nullptr);

    void setText(const QByteArray &utf8);
    void clear() { setText({}); }
    [[nodiscard]] const QByteArray &text() const { return m_lines->text(); }

private:
    void copySelectedLines();

    TextLinesModel *m_lines;
};

} // namespace facturos::pages
