#pragma once
// Occupies every thread of a QThreadPool until release(), so a test can hold work queued on that pool (a
// password check, say) "in the middle" for as long as it needs, without any timing assumption.

#include <QSemaphore>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

namespace facturos::test {

class PoolBlocker
{
public:
    explicit PoolBlocker(QThreadPool &pool) : m_count(pool.maxThreadCount())
    {
        for (int i = 0; i < m_count; ++i) {
            (void)QtConcurrent::run(&pool, [this] {
                m_started.release();
                m_gate.acquire();
            });
        }
        m_started.acquire(m_count); // every thread is now parked
    }
    ~PoolBlocker() { release(); }
    PoolBlocker(const PoolBlocker &) = delete;
    PoolBlocker &operator=(const PoolBlocker &) = delete;

    void release()
    {
        m_gate.release(m_count);
        m_count = 0;
    }

private:
    int m_count;
    QSemaphore m_started;
    QSemaphore m_gate;
};

} // namespace facturos::test
