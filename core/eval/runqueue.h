#pragma once

#include "promptrun.h"

#include "model/evalrun.h"
#include "model/testcase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pw {

// Grades one finished cell against its case; prompt is the filled prompt
// that was sent. Calls done exactly once with the graded cell (grades, pass,
// score), at once or later from the event loop (model-graded assertions are
// asynchronous).
using CellGradeFunction
    = std::function<void(const TestCase &testCase, const Prompt &prompt, CellResult cell, std::function<void(CellResult)> done)>;

// Adds the cells run lacks for cases x repeats and resets those that run
// again (every cell not Succeeded whose case is among cases; a person's
// grade stays). Returns the indexes in run.cells of the cells to run, in order.
// The one rule for what a run or a resumed run sends, for RunQueue and BatchRun.
QList<int> prepareRunCells(EvalRun &run, const TestSuite &cases, int repeats);

// How far a run queue has come in this session.
struct RunProgress
{
    int total = 0; // cells to run in this session (on resume: the missing and failed ones)
    int done = 0; // of those, finished: answered and graded, or failed
    int failed = 0; // of those, failed
    int passed = 0; // of those, answered and passing
    Usage usage; // tokens spent so far
    double costUsd = 0; // estimated cost so far, of the cells with a price
    bool costComplete = true; // false when a cell's model has no price
    qint64 remainingMs = -1; // estimated time left; -1 until a cell finished
    int concurrency = 0; // the current limit (lowered by rate limits)
    int inFlight = 0; // requests being sent

    // Counts a cell that became final in this session.
    void count(const CellResult &cell);
};

// Runs the cells of one or more evaluation runs against one engine with
// bounded concurrency. Each request keeps core/api's retry policy; on top,
// the queue paces the whole run:
// - a 429 or 529 halves the concurrency (at least 1) and holds every new
//   request until the server's retry-after has passed; after that the limit
//   grows by one for every `limit` cells answered, up to the maximum;
// - the anthropic-ratelimit-* headers hold new requests until the reset when
//   the requests or tokens left would not cover the requests in flight;
// - a cell whose request still ends rate-limited goes back into the queue
//   (a few times), so a burst of 429s slows the run without failing cells;
// - errors that would fail every other cell too stop the run: the spend
//   limit (enforced_spend_limit_reached), a refused key, permission or
//   billing, an unknown model, an unusable configuration, and a network
//   failure that outlived the retries. stopError() says which.
// Finished cells stay in runs(); canceling or stopping leaves the others
// Pending or Canceled, so a later queue with the same runs resumes them.
class RunQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrencyLimit = 64;
    // How often one cell goes back into the queue after ending rate-limited.
    static constexpr int maxRequeues = 8;

    enum class Outcome {
        NotStarted,
        Running,
        Completed, // every cell ran (each succeeded or failed)
        Canceled, // cancel() was called
        Stopped, // an error that concerns every cell stopped the run: stopError()
    };

    // client (the engine's connection) must outlive the queue.
    explicit RunQueue(ApiClient &client, QObject *parent = nullptr);
    ~RunQueue() override;

    // 1..64 (clamped); default 4.
    void setMaxConcurrency(int limit);
    int maxConcurrency() const { return m_maxConcurrency; }
    void setGradeFunction(CellGradeFunction grade) { m_grade = std::move(grade); }
    void setCostEstimator(CostEstimator estimator) { m_costEstimator = std::move(estimator); }

    // Adds a run of prompt (with {{VARIABLES}}) over cases, `repeats` cells
    // per case. Cells the run already has are kept; those not Succeeded run
    // again, and cells for cases it lacks are added (resume). Returns the
    // run's index in runs(). Only before start().
    int addRun(const EvalRun &run, const Prompt &prompt, const TestSuite &cases, int repeats = 1);

    void start();
    // Stops at once: requests in flight are canceled (their cells become
    // Canceled), nothing new is sent, finished() follows from the event loop.
    void cancel();

    const QList<EvalRun> &runs() const { return m_runs; }
    Outcome outcome() const { return m_outcome; }
    const std::optional<ApiError> &stopError() const { return m_stopError; }
    // Why the run stopped, for people (one sentence; the spend limit says what to do).
    QString stopMessage() const;
    RunProgress progress() const;
    // The most requests that were in flight at once.
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void cellStarted(int runIndex, int cellIndex);
    // Text as it streams in; for a live view of a cell.
    void cellText(int runIndex, int cellIndex, const QString &delta);
    // The cell is final for this session (graded, failed or canceled).
    void cellFinished(int runIndex, int cellIndex);
    // The concurrency changed or new requests wait for a rate limit (for "waiting 3 s").
    void pacingChanged(int concurrency, qint64 holdMs);
    void progressChanged();
    void finished();

private:
    struct CellRef
    {
        int run = 0;
        int cell = 0;
    };
    struct RunInput
    {
        Prompt prompt;
        TestSuite cases; // the caller's list, shared rather than copied
        QHash<QString, qsizetype> positions; // of each case id in cases

        const TestCase *find(const QString &id) const
        {
            const auto it = positions.constFind(id);
            return it == positions.cend() ? nullptr : &cases.at(*it);
        }
    };

    void dispatch();
    void send(CellRef ref);
    void onRunFinished(PromptRun *run, CellRef ref);
    void onRetryScheduled(const ApiError &reason, int delayMs);
    void finishCell(CellRef ref, const CellResult &cell);
    void grade(CellRef ref, const Prompt &prompt, CellResult cell);
    void backOff(std::chrono::milliseconds wait);
    void holdFor(std::chrono::milliseconds wait);
    void holdForRateLimits(const RateLimits &limits);
    void stop(const ApiError &error);
    void finishIfDone();
    CellResult &cellAt(CellRef ref) { return m_runs[ref.run].cells[ref.cell]; }
    static quint64 cellKey(CellRef ref) { return quint64(ref.run) << 32 | quint32(ref.cell); }

    ApiClient *clientForNextRequest();

    ApiClient &m_client;
    // Qt opens at most six HTTP/1.1 connections per host and network manager,
    // so a limit above six needs more managers: m_client and these.
    std::vector<std::unique_ptr<ApiClient>> m_extraClients;
    QHash<ApiClient *, int> m_requestsPerClient;
    int m_maxConcurrency = defaultConcurrency;
    CellGradeFunction m_grade;
    CostEstimator m_costEstimator;

    QList<EvalRun> m_runs;
    QList<RunInput> m_inputs;
    QList<QList<CellRef>> m_toRun; // per run, from addRun()
    QList<CellRef> m_pending; // in the order they are sent
    struct InFlight
    {
        CellRef ref;
        ApiClient *client = nullptr;
    };
    QHash<PromptRun *, InFlight> m_inFlight;
    QHash<PromptRun *, Prompt> m_sentPrompts;
    QHash<quint64, CellRef> m_grading; // by cellKey()
    QHash<quint64, int> m_requeues; // by run << 32 | cell

    Outcome m_outcome = Outcome::NotStarted;
    std::optional<ApiError> m_stopError;
    bool m_finishEmitted = false;

    // Pacing.
    int m_limit = defaultConcurrency;
    int m_answeredSinceChange = 0;
    QDeadlineTimer m_holdUntil;
    QTimer m_holdTimer;
    int m_peakInFlight = 0;
    double m_tokensPerCell = 0;

    // Progress.
    RunProgress m_progress;
    QElapsedTimer m_clock;
};

} // namespace pw
