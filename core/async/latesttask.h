#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace pw {

// Runs work(QPromise<Result> &) on a thread pool and returns its future.
// work reports with promise.addResult() and should return early once
// promise.isCanceled(); the promise is started before and finished after it.
template<typename Result, typename Work>
QFuture<Result> runAsync(Work work, QThreadPool *pool = QThreadPool::globalInstance())
{
    // QThreadPool takes copyable callables; QPromise is move-only.
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        work(*promise);
        promise->finish();
    });
    return future;
}

// One background computation of a kind, the newest wins: the diff of the
// comparison shown, the checks of the prompt as typed. start() cancels the
// computation under way; only the newest one's result reaches onResult, on
// the thread that owns the LatestTask, and never after cancel() or after
// the LatestTask is gone.
//
// The generation guard: every start() and cancel() begins a new generation,
// and a result is delivered only when it belongs to the current one. A caller
// that shows a result over several event-loop turns keeps generation() and
// stops when it changed.
template<typename Result>
class LatestTask
{
public:
    explicit LatestTask(std::function<void(Result)> onResult) : m_onResult(std::move(onResult))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher, [this] { deliver(); });
    }
    // Cancels and waits for the computation: work may use what outlives
    // only its owner (translations, the application's thread pool).
    ~LatestTask()
    {
        m_watcher.disconnect();
        m_watcher.future().cancel();
        m_watcher.waitForFinished();
    }
    LatestTask(const LatestTask &) = delete;
    LatestTask &operator=(const LatestTask &) = delete;

    template<typename Work>
    void start(Work work, QThreadPool *pool = QThreadPool::globalInstance())
    {
        cancel();
        m_started = m_generation;
        m_pending = true;
        m_watcher.setFuture(runAsync<Result>(std::move(work), pool));
    }

    // The computation under way, if any, will not be delivered. It may still
    // be running until it notices (isRunning()).
    void cancel()
    {
        m_watcher.future().cancel();
        ++m_generation;
        m_pending = false;
    }

    // A computation is on the pool, canceled or not.
    bool isRunning() const { return m_watcher.isRunning(); }
    // A result is on its way: started, not canceled, not delivered yet. It
    // stays so after the work ends until the delivery on the owner's thread
    // (the pool may finish before start() has even returned).
    bool isPending() const { return m_pending; }
    quint64 generation() const { return m_generation; }

private:
    void deliver()
    {
        const QFuture<Result> future = m_watcher.future();
        if (m_started != m_generation)
            return;
        m_pending = false;
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        m_onResult(future.result());
    }

    std::function<void(Result)> m_onResult;
    QFutureWatcher<Result> m_watcher;
    quint64 m_generation = 1;
    quint64 m_started = 0;
    bool m_pending = false;
};

} // namespace pw
