#include "pages/listcolumnsmodel.h"

namespace facturos::pages {

ListColumnsModel::ListColumnsModel(QAbstractItemModel &source, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_source(source), m_columns(std::move(columns))
{
    using M = QAbstractItemModel;
    // The source is a flat list: only its top-level rows exist, so its parents are always the root.
    connect(&source, &M::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(&source, &M::rowsInserted, this, [this] { endInsertRows(); });
    connect(&source, &M::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(&source, &M::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(&source, &M::rowsAboutToBeMoved, this,
            [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                beginMoveRows({}, first, last, {}, to);
            });
    connect(&source, &M::rowsMoved, this, [this] { endMoveRows(); });
    connect(&source, &M::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(&source, &M::modelReset, this, [this] { endResetModel(); });
    connect(&source, &M::layoutAboutToBeChanged, this, [this] { emit layoutAboutToBeChanged(); });
    connect(&source, &M::layoutChanged, this, [this] { emit layoutChanged(); });
    connect(&source, &M::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), columnCount() - 1));
    });
}

int ListColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source.rowCount();
}

int ListColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ListColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_columns.at(index.column()).cell(m_source.index(index.row(), 0), role);
}

QVariant ListColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

bool ListColumnsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source.canFetchMore({});
}

void ListColumnsModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_source.fetchMore({});
}

} // namespace facturos::pages
