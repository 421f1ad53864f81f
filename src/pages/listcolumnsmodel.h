#pragma once
// Shows one of the controllers' list models as a table: each column reads the source row through a function
// the page gives (text, tooltip, accessible description, alignment), and the rows follow the source's
// inserts, removals, moves and resets. Lazy paging passes through (canFetchMore/fetchMore), so a view that
// scrolls to the end asks the source for its next page.

#include <functional>
#include <QAbstractTableModel>
#include <QList>

namespace facturos::pages {

class ListColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The value of one column for `role`, read from the source row `source`; {} for roles it leaves alone.
    using Cell = std::function<QVariant(const QModelIndex &source, int role)>;
    struct Column
    {
        QString title;
        Cell cell;
    };

    ListColumnsModel(QAbstractItemModel &source, QList<Column> columns, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QAbstractItemModel &m_source;
    QList<Column> m_columns;
};

} // namespace facturos::pages
