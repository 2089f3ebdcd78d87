// The run queue against the local fake server: the concurrency limit as the
// server sees it, a storm of 429s and 529s, the spend limit, cancel, resume,
// grading and progress.
#include "eval/runqueue.h"
#include "fakeserverclient.h"
#include "wordcases.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pw;
using pw::test::countCells;
using pw::test::FakeApiServer;
using pw::test::FakeFaults;
using pw::test::FakeResponse;
using pw::test::wordCases;
using pw::test::wordPrompt;
using pw::test::wordRun;

namespace {

const QByteArray messagesPath = QByteArrayLiteral("/v1/messages");

bool runToEnd(RunQueue &queue)
{
    QSignalSpy finished(&queue, &RunQueue::finished);
    queue.start();
    return finished.wait(60000) && finished.size() == 1;
}

} // namespace

class TestRunQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.clear();
        m_client = pw::test::fakeServerClient(m_server);
    }

    void everyCellRunsWithItsCase()
    {
        RunQueue queue(*m_client);
        queue.addRun(wordRun(), wordPrompt(), wordCases(6));
        QSignalSpy progress(&queue, &RunQueue::progressChanged);
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.outcome(), RunQueue::Outcome::Completed);
        const EvalRun &run = queue.runs().constFirst();
        QCOMPARE(run.cells.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const CellResult &cell = run.cells.at(i);
            QCOMPARE(cell.caseId, QStringLiteral("case-%1").arg(i + 1));
            QCOMPARE(cell.status, CellResult::Status::Succeeded);
            QCOMPARE(cell.output, QStringLiteral("Echo: Say word%1").arg(i + 1));
            QVERIFY(cell.pass); // no grader: an answer passes
        }
        const RunProgress done = queue.progress();
        QCOMPARE(done.total, 6);
        QCOMPARE(done.done, 6);
        QCOMPARE(done.failed, 0);
        QVERIFY(done.usage.outputTokens > 0);
        QCOMPARE(done.remainingMs, 0);
        QVERIFY(progress.size() >= 6);
    }

    void inFlightNeverExceedsTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("engine");
        QTest::newRow("1 claude") << 1 << "claude";
        QTest::newRow("3 claude") << 3 << "claude";
        QTest::newRow("4 openai") << 4 << "openai";
        QTest::newRow("8 claude") << 8 << "claude"; // more than one network manager's six connections
        QTest::newRow("13 openai") << 13 << "openai";
    }

    void inFlightNeverExceedsTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(QString, engine);
        FakeFaults faults;
        faults.answerDelayMs = 40; // answers overlap, so the limit is what holds requests back
        m_server.setFaults(faults);
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(limit);
        queue.addRun(wordRun(engine), wordPrompt(), wordCases(limit * 5));
        QVERIFY(runToEnd(queue));
        QCOMPARE(countCells(queue.runs().constFirst(), CellResult::Status::Succeeded), limit * 5);
        QCOMPARE(m_server.peakInFlight(), limit);
        QCOMPARE(queue.peakInFlight(), limit);
    }

    void concurrencyIsClamped()
    {
        RunQueue queue(*m_client);
        QCOMPARE(queue.maxConcurrency(), 4);
        queue.setMaxConcurrency(0);
        QCOMPARE(queue.maxConcurrency(), 1);
        queue.setMaxConcurrency(1000);
        QCOMPARE(queue.maxConcurrency(), 64);
    }

    void rateLimitStormSlowsTheRunAndEveryCellFinishes_data()
    {
        QTest::addColumn<int>("rateLimitEvery");
        QTest::addColumn<int>("overloadedBurst");
        QTest::newRow("429 every 3rd request") << 3 << 0;
        QTest::newRow("429 every 2nd request") << 2 << 0;
        QTest::newRow("529 bursts of 3 in 7") << 0 << 3;
    }

    void rateLimitStormSlowsTheRunAndEveryCellFinishes()
    {
        QFETCH(int, rateLimitEvery);
        QFETCH(int, overloadedBurst);
        FakeFaults faults;
        faults.rateLimitEvery = rateLimitEvery;
        faults.overloadedBurst = overloadedBurst;
        faults.overloadedEvery = overloadedBurst > 0 ? 7 : 0;
        faults.retryAfter = "0.05";
        faults.answerDelayMs = 5;
        m_server.setFaults(faults);

        RunQueue queue(*m_client);
        queue.setMaxConcurrency(8);
        QList<int> concurrency;
        QList<qint64> holds;
        connect(&queue, &RunQueue::pacingChanged, this, [&](int limit, qint64 holdMs) {
            concurrency.append(limit);
            holds.append(holdMs);
        });
        queue.addRun(wordRun(), wordPrompt(), wordCases(30));
        QVERIFY(runToEnd(queue));

        QCOMPARE(queue.outcome(), RunQueue::Outcome::Completed);
        QCOMPARE(countCells(queue.runs().constFirst(), CellResult::Status::Succeeded), 30);
        QVERIFY(m_server.requestCount(messagesPath) > 30); // the faulted requests were sent again
        QVERIFY(!concurrency.isEmpty());
        QVERIFY2(*std::min_element(concurrency.cbegin(), concurrency.cend()) < 8, "the concurrency was never lowered");
        QVERIFY2(*std::max_element(holds.cbegin(), holds.cend()) > 0, "new requests never waited for retry-after");
        QVERIFY(m_server.peakInFlight() <= 8);
    }

    void overloadedEventMidStreamIsSentAgain()
    {
        m_server.enqueue(messagesPath,
            FakeResponse::sse({"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\","
                               "\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"m\"}}\n\n",
                "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"}));
        RunQueue queue(*m_client);
        queue.addRun(wordRun(), wordPrompt(), wordCases(1));
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.runs().constFirst().cells.constFirst().status, CellResult::Status::Succeeded);
        QCOMPARE(m_server.requestCount(messagesPath), 2);
    }

    void rateLimitHeadersHoldNewRequests()
    {
        // The server says no request is left until a second from now: the next request waits.
        const QByteArray reset = QDateTime::currentDateTimeUtc().addMSecs(300).toString(Qt::ISODateWithMs).toLatin1();
        m_server.enqueue(messagesPath,
            FakeResponse::anthropicStream({QStringLiteral("ok")})
                .withHeader("anthropic-ratelimit-requests-limit", "50")
                .withHeader("anthropic-ratelimit-requests-remaining", "0")
                .withHeader("anthropic-ratelimit-requests-reset", reset));
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(1);
        QList<qint64> holds;
        connect(&queue, &RunQueue::pacingChanged, this, [&](int, qint64 holdMs) { holds.append(holdMs); });
        queue.addRun(wordRun(), wordPrompt(), wordCases(2));
        QVERIFY(runToEnd(queue));
        QCOMPARE(countCells(queue.runs().constFirst(), CellResult::Status::Succeeded), 2);
        QVERIFY(!holds.isEmpty());
        QVERIFY(holds.constFirst() > 0);
    }

    void spendLimitStopsTheRun()
    {
        FakeFaults faults;
        faults.spendLimitAfter = 5;
        m_server.setFaults(faults);
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(1); // with more, the answer to request 5 may come after the stop and be canceled
        queue.addRun(wordRun(), wordPrompt(), wordCases(20));
        QVERIFY(runToEnd(queue));

        QCOMPARE(queue.outcome(), RunQueue::Outcome::Stopped);
        QVERIFY(queue.stopError());
        QVERIFY(queue.stopError()->isSpendLimit());
        QVERIFY(queue.stopMessage().contains(QLatin1String("spend limit")));
        const EvalRun &run = queue.runs().constFirst();
        QCOMPARE(countCells(run, CellResult::Status::Succeeded), 5);
        // Never retried: at most the requests already in flight met the limit.
        QCOMPARE(m_server.requestCount(messagesPath), 6);
        QCOMPARE(run.cells.size(), 20);
        QCOMPARE(countCells(run, CellResult::Status::Failed), 1);
        QCOMPARE(countCells(run, CellResult::Status::Pending), 14);
    }

    void refusedKeyStopsTheRun()
    {
        m_client->setConfig([&] {
            ApiConfig config = m_client->config();
            config.apiKey = QStringLiteral("wrong-key");
            return config;
        }());
        RunQueue queue(*m_client);
        queue.addRun(wordRun(), wordPrompt(), wordCases(10));
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.outcome(), RunQueue::Outcome::Stopped);
        QCOMPARE(queue.stopError()->httpStatus, 401);
        QVERIFY(m_server.requestCount(messagesPath) <= 4);
        QVERIFY(!queue.stopMessage().contains(QLatin1String("wrong-key")));
    }

    void oneFailedCellDoesNotStopTheRun()
    {
        m_server.enqueue(messagesPath,
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("prompt is too long")));
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(1);
        queue.addRun(wordRun(), wordPrompt(), wordCases(4));
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.outcome(), RunQueue::Outcome::Completed);
        const EvalRun &run = queue.runs().constFirst();
        QCOMPARE(run.cells.at(0).status, CellResult::Status::Failed);
        QVERIFY(run.cells.at(0).error.contains(QLatin1String("prompt is too long")));
        QCOMPARE(countCells(run, CellResult::Status::Succeeded), 3);
        QCOMPARE(queue.progress().failed, 1);
    }

    void missingValueFailsOnlyItsCell()
    {
        TestSuite cases = wordCases(3);
        cases[1].vars.clear();
        RunQueue queue(*m_client);
        queue.addRun(wordRun(), wordPrompt(), cases);
        QVERIFY(runToEnd(queue));
        const EvalRun &run = queue.runs().constFirst();
        QCOMPARE(run.cells.at(1).status, CellResult::Status::Failed);
        QCOMPARE(run.cells.at(1).error, QStringLiteral("case case-2 has no value for {{WORD}}"));
        QCOMPARE(countCells(run, CellResult::Status::Succeeded), 2);
        QCOMPARE(m_server.requestCount(messagesPath), 2);
    }

    void cancelMidRunKeepsFinishedCellsAndResumeRunsOnlyTheRest()
    {
        FakeFaults faults;
        faults.answerDelayMs = 20;
        m_server.setFaults(faults);
        const TestSuite cases = wordCases(20);
        QList<EvalRun> canceledRuns;
        {
            RunQueue queue(*m_client);
            queue.setMaxConcurrency(2);
            queue.addRun(wordRun(), wordPrompt(), cases);
            int finishedCells = 0;
            connect(&queue, &RunQueue::cellFinished, this, [&] {
                if (++finishedCells == 5)
                    queue.cancel();
            });
            QVERIFY(runToEnd(queue));
            QCOMPARE(queue.outcome(), RunQueue::Outcome::Canceled);
            canceledRuns = queue.runs();
        }
        const EvalRun &canceled = canceledRuns.constFirst();
        const int succeeded = countCells(canceled, CellResult::Status::Succeeded);
        QCOMPARE(succeeded, 5);
        QCOMPARE(countCells(canceled, CellResult::Status::Canceled) + countCells(canceled, CellResult::Status::Pending), 15);
        for (const CellResult &cell : canceled.cells) {
            if (cell.status == CellResult::Status::Succeeded)
                QVERIFY(cell.output.startsWith(QLatin1String("Echo: Say word")));
            else
                QVERIFY(cell.output.isEmpty());
        }

        // Resume: only the cells without an answer are sent.
        m_server.clear();
        RunQueue resumed(*m_client);
        resumed.addRun(canceled, wordPrompt(), cases);
        QVERIFY(runToEnd(resumed));
        QCOMPARE(resumed.outcome(), RunQueue::Outcome::Completed);
        QCOMPARE(m_server.requestCount(messagesPath), 15);
        QCOMPARE(resumed.progress().total, 15);
        const EvalRun &complete = resumed.runs().constFirst();
        QCOMPARE(countCells(complete, CellResult::Status::Succeeded), 20);
        for (int i = 0; i < canceled.cells.size(); ++i) {
            if (canceled.cells.at(i).status == CellResult::Status::Succeeded)
                QCOMPARE(complete.cells.at(i), canceled.cells.at(i)); // kept as it was, request id and all
        }
    }

    void resumeRunsFailedAndNewCasesAndKeepsHumanGrades()
    {
        EvalRun run = wordRun();
        CellResult done;
        done.caseId = QStringLiteral("case-1");
        done.status = CellResult::Status::Succeeded;
        done.output = QStringLiteral("kept");
        done.pass = true;
        CellResult failed;
        failed.caseId = QStringLiteral("case-2");
        failed.status = CellResult::Status::Failed;
        failed.error = QStringLiteral("HTTP 500 api_error");
        failed.human.comment = QStringLiteral("look again");
        run.cells = {done, failed};

        RunQueue queue(*m_client);
        queue.addRun(run, wordPrompt(), wordCases(3), 1);
        QVERIFY(runToEnd(queue));
        const EvalRun &after = queue.runs().constFirst();
        QCOMPARE(m_server.requestCount(messagesPath), 2); // case-2 again and the new case-3
        QCOMPARE(after.cells.size(), 3);
        QCOMPARE(after.cells.at(0).output, QStringLiteral("kept"));
        QCOMPARE(after.cells.at(1).status, CellResult::Status::Succeeded);
        QCOMPARE(after.cells.at(1).output, QStringLiteral("Echo: Say word2"));
        QCOMPARE(after.cells.at(1).human.comment, QStringLiteral("look again"));
        QCOMPARE(after.cells.at(2).caseId, QStringLiteral("case-3"));
    }

    void repeatsAndSeveralRunsShareTheQueue()
    {
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(3);
        EvalRun second = wordRun();
        second.id = QStringLiteral("run-2");
        queue.addRun(wordRun(), wordPrompt(), wordCases(3), 2);
        queue.addRun(second, {QString(), {Message::user(QStringLiteral("Shout {{WORD}}"))}}, wordCases(3), 2);
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.runs().size(), 2);
        QCOMPARE(m_server.requestCount(messagesPath), 12);
        for (const EvalRun &run : queue.runs()) {
            QCOMPARE(run.cells.size(), 6);
            QCOMPARE(countCells(run, CellResult::Status::Succeeded), 6);
        }
        QCOMPARE(queue.runs().at(0).cells.at(1).repeat, 1);
        QCOMPARE(queue.runs().at(1).cells.at(0).output, QStringLiteral("Echo: Shout word1"));
    }

    void gradesComeFromTheGradeFunction()
    {
        RunQueue queue(*m_client);
        int graded = 0;
        // Asynchronous, like a model-graded assertion: answers from the event loop.
        queue.setGradeFunction([&](const TestCase &testCase, const Prompt &prompt, CellResult cell,
                                   std::function<void(CellResult)> done) {
            ++graded;
            QCOMPARE(prompt.messages.constFirst().text(), QStringLiteral("Say ") + testCase.vars.value(QStringLiteral("WORD")));
            QTimer::singleShot(1, this, [testCase, cell, done]() mutable {
                GradeResult grade;
                grade.assertionType = QStringLiteral("contains");
                grade.pass = cell.output.contains(QLatin1String("word2"));
                grade.score = grade.pass ? 1 : 0;
                cell.grades = {grade};
                cell.pass = grade.pass;
                cell.score = grade.score;
                Q_UNUSED(testCase);
                done(cell);
            });
        });
        queue.addRun(wordRun(), wordPrompt(), wordCases(3));
        QVERIFY(runToEnd(queue));
        QCOMPARE(graded, 3);
        const EvalRun &run = queue.runs().constFirst();
        QCOMPARE(run.cells.at(0).pass, false);
        QCOMPARE(run.cells.at(1).pass, true);
        QCOMPARE(run.cells.at(1).grades.size(), 1);
        QCOMPARE(queue.progress().passed, 1);
        QCOMPARE(queue.progress().done, 3);
    }

    void gradingCellsCountAgainstTheLimit()
    {
        // Graders that answer later, like model-graded assertions: a cell being
        // graded holds its place, so requests and grader calls together stay
        // within the limit.
        const int limit = 2;
        RunQueue queue(*m_client);
        queue.setMaxConcurrency(limit);
        int started = 0;
        int gradesDone = 0;
        int peakActive = 0;
        connect(&queue, &RunQueue::cellStarted, this, [&] {
            ++started;
            peakActive = std::max(peakActive, started - gradesDone);
        });
        queue.setGradeFunction([&](const TestCase &, const Prompt &, CellResult cell, std::function<void(CellResult)> done) {
            QTimer::singleShot(20, this, [&gradesDone, cell, done]() mutable {
                ++gradesDone;
                cell.pass = true;
                cell.score = 1;
                done(cell);
            });
        });
        queue.addRun(wordRun(), wordPrompt(), wordCases(8));
        QVERIFY(runToEnd(queue));
        QCOMPARE(gradesDone, 8);
        QCOMPARE(peakActive, limit);
        QCOMPARE(queue.progress().passed, 8);
    }

    void costSoFarAddsTheEstimates()
    {
        RunQueue queue(*m_client);
        queue.setCostEstimator([](const QString &, const Usage &usage, bool) -> std::optional<double> {
            return double(usage.outputTokens) / 1000.0;
        });
        queue.addRun(wordRun(), wordPrompt(), wordCases(4));
        QVERIFY(runToEnd(queue));
        double sum = 0;
        for (const CellResult &cell : queue.runs().constFirst().cells)
            sum += cell.costUsd.value_or(-1000);
        QVERIFY(sum > 0);
        QCOMPARE(queue.progress().costUsd, sum);
        QVERIFY(queue.progress().costComplete);
    }

    void engineThatCannotRunPromptsStopsBeforeSending()
    {
        RunQueue queue(*m_client);
        queue.addRun(wordRun(QStringLiteral("local")), wordPrompt(), wordCases(3));
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.outcome(), RunQueue::Outcome::Stopped);
        QVERIFY(queue.stopMessage().contains(QLatin1String("the local engine cannot run prompts")));
        QCOMPARE(m_server.requests().size(), 0);
    }

private:
    FakeApiServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestRunQueue)
#include "tst_runqueue.moc"
