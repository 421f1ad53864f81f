#pragma once
// The list models of the pages: rows of one core value type, read from the API through a page fetcher the
// controller supplies (the model itself knows no endpoint). Two ways to fill one: refreshAll() for short
// lists (sessions, delegates, mailboxes), applied as a minimal set of insert/remove/move/dataChanged signals;
// or lazy paging through canFetchMore()/fetchMore() for long ones (activity, consent history), one page of
// pageSize() rows per call, never everything.

#include "api/typedcall.h"

#include <functional>
#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace facturos::controllers {

// The non-template part: signals and fetch bookkeeping (moc cannot process a template).
class ListModelBase : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool fetching READ isFetching NOTIFY fetchingChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] bool isFetching() const { return m_fetching; }
    // True once the server said there is nothing more to fetch.
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] const api::ApiError &error() const { return m_error; }
    // How many pages were requested from the server since construction (tests check laziness with it).
    [[nodiscard]] int pagesRequested() const { return m_pagesRequested; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    // The last read failed and nothing is being read: what a page shows as an error with a Retry button.
    [[nodiscard]] bool hasFailed() const { return m_error.isError() && !m_fetching; }
    // Calls `show` on `receiver` whenever what a page shows of a lazily read list may change: a read begins or
    // ends, fails, or brings rows.
    template <typename Receiver> void onReadingChanged(Receiver *receiver, void (Receiver::*show)())
    {
        connect(this, &ListModelBase::fetchingChanged, receiver, show);
        connect(this, &ListModelBase::failed, receiver, show);
        connect(this, &QAbstractItemModel::modelReset, receiver, show);
        connect(this, &QAbstractItemModel::rowsInserted, receiver, show);
    }

signals:
    void fetchingChanged(bool fetching);
    // refreshAll() finished, or reload() got its first page.
    void loaded();
    void failed(const facturos::api::ApiError &error);

protected:
    void setFetching(bool fetching)
    {
        if (m_fetching != fetching) {
            m_fetching = fetching;
            emit fetchingChanged(fetching);
        }
    }
    void reportFailure(const api::ApiError &error)
    {
        m_error = error;
        setFetching(false);
        emit failed(error);
    }

    bool m_fetching = false;
    bool m_complete = true;
    api::ApiError m_error;
    int m_pagesRequested = 0;
    int m_pageSize = 100;
    quint64 m_generation = 0; // bumped by every refresh/reload: answers of an older one are dropped
    QPointer<api::ApiCall> m_call;
};

template <typename T> class ItemListModel : public ListModelBase
{
public:
    using Fetch = std::function<api::ApiCall *(const api::PageRequest &, QObject *, api::Done<Page<T>>)>;

    ItemListModel(Fetch fetch, int pageSize, QObject *parent) : ListModelBase(parent), m_fetch(std::move(fetch))
    {
        m_pageSize = pageSize;
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return itemData(m_items.at(index.row()), role);
    }

    [[nodiscard]] const QList<T> &items() const { return m_items; }
    [[nodiscard]] const T &at(int row) const { return m_items.at(row); }
    [[nodiscard]] int rowOf(const QString &key) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (keyOf(m_items.at(row)) == key)
                return row;
        }
        return -1;
    }

    // Reads every page (kMaxPageLimit rows each) and then applies the whole list at once.
    void refreshAll()
    {
        abortCurrent();
        m_accumulated.clear();
        setFetching(true);
        requestPage({kMaxPageLimit, QString()}, m_generation, true);
    }

    // Drops the rows and fetches the first page; later pages come through fetchMore().
    void reload()
    {
        abortCurrent();
        setFetching(false);
        beginResetModel();
        m_items.clear();
        m_next.clear();
        m_complete = false;
        endResetModel();
        fetchMore({});
    }
    // After a failed read: the first page again when nothing was read, the next one otherwise.
    void retry()
    {
        if (m_items.isEmpty())
            reload();
        else
            fetchMore({});
    }

    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_complete;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_complete || m_fetching)
            return;
        setFetching(true);
        requestPage({m_pageSize, m_next}, m_generation, false);
    }

    // Replaces the rows with `items` (same order) through the smallest set of row signals.
    void setItems(const QList<T> &items)
    {
        QSet<QString> keep;
        for (const T &item : items)
            keep.insert(keyOf(item));
        for (int row = int(m_items.size()) - 1; row >= 0; --row) {
            if (!keep.contains(keyOf(m_items.at(row))))
                dropRow(row);
        }
        for (int i = 0; i < items.size(); ++i) {
            if (i == m_items.size()) { // everything left is new: one insertion
                beginInsertRows({}, i, int(items.size()) - 1);
                m_items.append(items.mid(i));
                endInsertRows();
                break;
            }
            const QString key = keyOf(items.at(i));
            if (keyOf(m_items.at(i)) != key) {
                const int from = rowOf(key);
                if (from > i) {
                    beginMoveRows({}, from, from, {}, i);
                    m_items.move(from, i);
                    endMoveRows();
                } else {
                    beginInsertRows({}, i, i);
                    m_items.insert(i, items.at(i));
                    endInsertRows();
                    continue;
                }
            }
            updateRow(i, items.at(i));
        }
    }
    // Updates the row with the same key in place, or appends the item.
    void upsert(const T &item)
    {
        const int row = rowOf(keyOf(item));
        if (row >= 0) {
            updateRow(row, item);
            return;
        }
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items.append(item);
        endInsertRows();
    }
    bool removeKey(const QString &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return false;
        dropRow(row);
        return true;
    }

protected:
    [[nodiscard]] virtual QString keyOf(const T &item) const = 0;
    [[nodiscard]] virtual QVariant itemData(const T &item, int role) const = 0;

private:
    // Answers of the call in flight (even the Cancelled one abort() reports at once) are dropped.
    void abortCurrent()
    {
        ++m_generation;
        if (m_call)
            m_call->abort();
        m_call = nullptr;
    }
    void dropRow(int row)
    {
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    void updateRow(int row, const T &item)
    {
        if (toJson(m_items.at(row)) == toJson(item))
            return;
        m_items[row] = item;
        emit dataChanged(index(row), index(row));
    }
    void requestPage(const api::PageRequest &page, quint64 generation, bool all)
    {
        ++m_pagesRequested;
        m_call = m_fetch(page, this, [this, generation, all](const api::ApiResult<Page<T>> &result) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (!result.ok()) {
                reportFailure(result.error);
                return;
            }
            m_error = {};
            if (all) {
                m_accumulated += result.value->items;
                if (!result.value->next.isEmpty()) {
                    requestPage({kMaxPageLimit, result.value->next}, generation, true);
                    return;
                }
                setItems(std::exchange(m_accumulated, {}));
                m_complete = true;
                setFetching(false);
                emit loaded();
                return;
            }
            const bool first = m_items.isEmpty() && m_next.isEmpty();
            const QList<T> &page = result.value->items;
            m_next = result.value->next;
            m_complete = m_next.isEmpty();
            if (!page.isEmpty()) {
                beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size()) - 1);
                m_items.append(page);
                endInsertRows();
            }
            setFetching(false);
            if (first)
                emit loaded();
        });
    }

    Fetch m_fetch;
    QList<T> m_items;
    QList<T> m_accumulated;
    QString m_next;
};

} // namespace facturos::controllers
