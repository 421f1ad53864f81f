#include "pages/textlines.h"

#include <algorithm>
#include <cstring>
#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>

namespace facturos::pages {

void TextLinesModel::setText(const QByteArray &utf8)
{
    beginResetModel();
    m_text = utf8;
    m_starts.clear();
    m_longest = -1;
    const char *begin = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype start = 0;
    qsizetype longestChars = -1;
    while (start < size) {
        const void *found = std::memchr(begin + start, '\n', size_t(size - start));
        const qsizetype end = found ? static_cast<const char *>(found) - begin : size;
        m_starts.push_back(start);
        // Characters, not bytes ("é" is two): only a line with more bytes than the best has characters can win.
        if (end - start > longestChars) {
            const qsizetype chars = std::count_if(
                begin + start, begin + end, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
            if (chars > longestChars) {
                longestChars = chars;
                m_longest = int(m_starts.size() - 1);
            }
        }
        start = end + 1;
    }
    endResetModel();
}

QByteArray TextLinesModel::lineBytes(int row) const
{
    const qsizetype start = m_starts.at(size_t(row));
    qsizetype end = size_t(row) + 1 < m_starts.size() ? m_starts.at(size_t(row) + 1) - 1 : m_text.size();
    if (end > start && m_text.at(end - 1) == '\n') // the final line break
        --end;
    return QByteArray::fromRawData(m_text.constData() + start, end - start);
}

QString TextLinesModel::longestLine() const
{
    return m_longest < 0 ? QString() : QString::fromUtf8(lineBytes(m_longest));
}

QString TextLinesModel::linesText(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList lines;
    lines.reserve(rows.size());
    for (const int row : rows) {
        if (row >= 0 && row < rowCount())
            lines.append(QString::fromUtf8(lineBytes(row)));
    }
    return lines.join(QLatin1Char('\n'));
}

int TextLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_starts.size());
}

QVariant TextLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    return QString::fromUtf8(lineBytes(index.row()));
}

TextLinesView::TextLinesView(QWidget *parent) : QTableView(parent), m_lines(new TextLinesModel(this))
{
    setModel(m_lines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(0);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height());
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(false); // Tab leaves the view: a row per line would keep keyboard users in it
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TextLinesView::copySelectedLines);
    addAction(copy);
}

void TextLinesView::setText(const QByteArray &utf8)
{
    m_lines->setText(utf8);
    // Wide enough for every line (a little more for the cell's margins and letters wider than the rest).
    const QFontMetrics metrics(font());
    horizontalHeader()->resizeSection(0, metrics.horizontalAdvance(m_lines->longestLine()) +
                                             4 * metrics.averageCharWidth());
}

void TextLinesView::copySelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(m_lines->linesText(rows));
}

} // namespace facturos::pages
