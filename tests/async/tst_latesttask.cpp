// LatestTask: one background computation of a kind, the newest wins.

#include "async/latesttask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace pw;

class TestLatestTask : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheOwnersThread();
    void newestWins();
    void cancelDropsTheResult();
    void workSeesTheCancel();
    void generationChangesWithEveryStartAndCancel();
    void destructionWaitsForTheWork();
    void runAsyncReportsItsResult();
};

void TestLatestTask::deliversOnTheOwnersThread()
{
    QList<int> delivered;
    QThread *deliveredOn = nullptr;
    LatestTask<int> task([&](int value) {
        delivered.append(value);
        deliveredOn = QThread::currentThread();
    });
    QThread *workedOn = nullptr;
    task.start([&workedOn](QPromise<int> &promise) {
        workedOn = QThread::currentThread();
        promise.addResult(42);
    });
    QVERIFY(task.isPending());
    QTRY_COMPARE(delivered, QList<int> {42});
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workedOn != QThread::currentThread());
    QVERIFY(!task.isPending());
    QTRY_VERIFY(!task.isRunning());
}

void TestLatestTask::newestWins()
{
    QList<int> delivered;
    LatestTask<int> task([&delivered](int value) { delivered.append(value); });
    // The first computation is held until the second one has been started.
    QSemaphore release;
    task.start([&release](QPromise<int> &promise) {
        release.acquire();
        promise.addResult(1);
    });
    task.start([](QPromise<int> &promise) { promise.addResult(2); });
    release.release();
    QTRY_COMPARE(delivered, QList<int> {2});
    // The first one has ended too (the pool is idle), and was never delivered.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::processEvents();
    QCOMPARE(delivered, QList<int> {2});
}

void TestLatestTask::cancelDropsTheResult()
{
    QList<int> delivered;
    LatestTask<int> task([&delivered](int value) { delivered.append(value); });
    QSemaphore release;
    QSemaphore done;
    task.start([&](QPromise<int> &promise) {
        release.acquire();
        promise.addResult(1);
        done.release();
    });
    task.cancel();
    QVERIFY(!task.isPending());
    QVERIFY(task.isRunning()); // still on the pool until the work returns
    release.release();
    QVERIFY(done.tryAcquire(1, 30000));
    QTRY_VERIFY(!task.isRunning());
    // The watcher has reported the end; no result came with it.
    QCoreApplication::processEvents();
    QVERIFY(delivered.isEmpty());

    // The task is usable again.
    task.start([](QPromise<int> &promise) { promise.addResult(3); });
    QTRY_COMPARE(delivered, QList<int> {3});
}

void TestLatestTask::workSeesTheCancel()
{
    std::atomic_bool sawCancel = false;
    QSemaphore started;
    LatestTask<int> task([](int) {});
    task.start([&](QPromise<int> &promise) {
        started.release();
        while (!promise.isCanceled())
            QThread::yieldCurrentThread();
        sawCancel = true;
    });
    QVERIFY(started.tryAcquire(1, 30000));
    task.cancel();
    QTRY_VERIFY(sawCancel.load());
    QTRY_VERIFY(!task.isRunning());
}

void TestLatestTask::generationChangesWithEveryStartAndCancel()
{
    LatestTask<int> task([](int) {});
    const quint64 first = task.generation();
    task.start([](QPromise<int> &promise) { promise.addResult(1); });
    const quint64 started = task.generation();
    QVERIFY(started != first);
    task.cancel();
    QVERIFY(task.generation() != started);
    QTRY_VERIFY(!task.isRunning());
}

void TestLatestTask::destructionWaitsForTheWork()
{
    std::atomic_bool finished = false;
    QSemaphore started;
    {
        LatestTask<int> task([](int) { QFAIL("delivered after destruction"); });
        task.start([&](QPromise<int> &promise) {
            started.release();
            QThread::msleep(50);
            promise.addResult(1);
            finished = true;
        });
        QVERIFY(started.tryAcquire(1, 30000));
    }
    QVERIFY(finished.load());
}

void TestLatestTask::runAsyncReportsItsResult()
{
    QFuture<QString> future = runAsync<QString>([](QPromise<QString> &promise) { promise.addResult(QStringLiteral("done")); });
    future.waitForFinished();
    QCOMPARE(future.result(), QStringLiteral("done"));
}

QTEST_GUILESS_MAIN(TestLatestTask)
#include "tst_latesttask.moc"
