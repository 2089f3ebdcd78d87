#pragma once

#include "enginerun.h"
#include "eval/batchrun.h"
#include "eval/modelgrader.h"
#include "eval/runqueue.h"
#include "model/evalrun.h"

#include <chrono>
#include <memory>

namespace pw {

class ApiClient;

// Model-graded assertions of runs on config: the engine's grader model, or
// the model an assertion names, one backend each (shared by the window's runners).
GraderBackendFor graderBackendsFor(const EngineConfig &config);

// One version to run: its run (new, or one to resume or rerun: cells it has
// that succeeded stay), the prompt of that version and the cases to run.
struct RunRequest
{
    EvalRun run;
    Prompt prompt;
    TestSuite cases;
};

// Runs the Evaluate view's versions without blocking the window: finds the
// engine's configuration and key (EngineRun), then sends every
// cell through one RunQueue, or (Mode::Batch) through one BatchRun at the
// batch price, and grades it as the CLI does (cellGraderFunction;
// model-graded assertions on the engine's grader model). Widget-free; the
// view shows what it signals.
class EvalRunner : public EngineRun
{
    Q_OBJECT

public:
    enum class Mode { Live, Batch };

    explicit EvalRunner(const EngineSources &sources, QObject *parent = nullptr);
    ~EvalRunner() override;

    void setMaxConcurrency(int limit) { m_concurrency = limit; }
    // Batch runs: the first wait between polls and the longest (BatchRun's default: 2 s .. 60 s).
    void setBatchPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // Starts the requests on engine (a registry id). Only when not running.
    // Batch: runs that carry batchIds continue those batches and create none for their cells.
    void start(const QString &engine, const QList<RunRequest> &requests, Mode mode = Mode::Live);
    // The person's Cancel: live cells not finished become Canceled; batches
    // are canceled at the server and what finished is read. finished() follows.
    void cancel();
    // Stops without a word (the document is closed or replaced): live
    // requests are dropped, batches keep running at the server, their ids are
    // in runs(). finished() does not follow.
    void abandon();
    Mode mode() const { return m_mode; }

    // The runs as they stand (after start: with every cell to run listed; batch: with the batch ids).
    QList<EvalRun> runs() const;
    RunProgress progress() const;
    // Batch runs: the request counts of all batches, and whether results are being read now.
    BatchStatus batchTotals() const;
    bool isReadingBatchResults() const { return m_batch && m_batch->isReadingResults(); }
    bool hasBatches() const { return m_batch && !m_batch->batchIds().isEmpty(); }

signals:
    // A cell of requests[request] is final for this run: answered and graded, failed or canceled.
    void cellFinished(int request, const pw::CellResult &cell);
    // Text of a cell's answer as it streams in (cell: as it stands, without delta).
    void cellText(int request, const pw::CellResult &cell, const QString &delta);
    void progressChanged();
    // Batch runs: a batch exists now; its id is in runs() (save it at once).
    void batchCreated();
    // Batch runs: new request counts from the server.
    void batchStatusChanged();
    // Something people should know that is no error (the fallback to live requests).
    void note(const QString &text);
    // And finished(problem): empty when every cell ran or the user canceled, else why the run stopped.

private:
    void configFound(const EngineConfig &config) override;
    // The one set-up for RunQueue and BatchRun, which share these calls and signals.
    template<typename Runner>
    void startRunner(Runner &runner, const CellGradeFunction &grade);

    int m_concurrency = RunQueue::defaultConcurrency;
    std::optional<std::pair<std::chrono::milliseconds, std::chrono::milliseconds>> m_pollIntervals;
    QList<RunRequest> m_requests;
    Mode m_mode = Mode::Live;
    std::unique_ptr<ApiClient> m_client;
    // After the client they use: they go first.
    std::unique_ptr<RunQueue> m_queue;
    std::unique_ptr<BatchRun> m_batch;
};

} // namespace pw
