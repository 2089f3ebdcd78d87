#include "evalrunner.h"

#include "api/apiclient.h"
#include "eval/modelgrader.h"
#include "eval/prices.h"
#include "tools/engine.h"
#include "tools/engineregistry.h"

#include <QHash>

namespace pw {

GraderBackendFor graderBackendsFor(const EngineConfig &config)
{
    // The engine's grader model, or the model an assertion names; one backend each.
    const EngineInfo *info = findEngine(config.engine);
    const QString graderModel = info ? info->defaultGraderModel : QString();
    auto backends = std::make_shared<QHash<QString, std::shared_ptr<ModelBackend>>>();
    return [config, graderModel, backends](const QString &provider) {
        const QString model = provider.isEmpty() ? graderModel : provider;
        if (model.isEmpty())
            return std::shared_ptr<ModelBackend>();
        auto found = backends->find(model);
        if (found == backends->end()) {
            EngineConfig grader = config;
            grader.toolModel = model;
            found = backends->insert(model, createModelBackend(grader));
        }
        return *found;
    };
}

EvalRunner::EvalRunner(const EngineSources &sources, QObject *parent) : EngineRun(sources, parent) { }

EvalRunner::~EvalRunner() = default;

void EvalRunner::setBatchPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_pollIntervals = {first, longest};
}

void EvalRunner::start(const QString &engine, const QList<RunRequest> &requests, Mode mode)
{
    if (isRunning())
        return;
    m_mode = mode;
    m_requests = requests;
    m_queue.reset();
    m_batch.reset();
    m_client.reset();
    lookUp(engine);
}

void EvalRunner::configFound(const EngineConfig &config)
{
    m_client = std::make_unique<ApiClient>(toApiConfig(config), config.network);
    const GraderBackendFor backendFor = graderBackendsFor(config);
    if (m_mode == Mode::Batch) {
        m_batch = std::make_unique<BatchRun>(*m_client);
        BatchRun *batch = m_batch.get();
        batch->setMaxConcurrency(m_concurrency);
        if (m_pollIntervals)
            batch->setPollIntervals(m_pollIntervals->first, m_pollIntervals->second);
        connect(batch, &BatchRun::batchCreated, this, &EvalRunner::batchCreated);
        connect(batch, &BatchRun::batchStatusChanged, this, &EvalRunner::batchStatusChanged);
        connect(batch, &BatchRun::note, this, &EvalRunner::note);
        connect(batch, &BatchRun::finished, this,
            [this, batch] { finish(batch->outcome() == BatchRun::Outcome::Stopped ? batch->stopMessage() : QString()); });
        startRunner(*batch, cellGraderFunction(backendFor, batch));
    } else {
        m_queue = std::make_unique<RunQueue>(*m_client);
        RunQueue *queue = m_queue.get();
        queue->setMaxConcurrency(m_concurrency);
        connect(queue, &RunQueue::finished, this,
            [this, queue] { finish(queue->outcome() == RunQueue::Outcome::Stopped ? queue->stopMessage() : QString()); });
        // Answers stream only here: a batch answers each request whole.
        connect(queue, &RunQueue::cellText, this, [this, queue](int run, int cell, const QString &delta) {
            emit cellText(run, queue->runs().at(run).cells.at(cell), delta);
        });
        startRunner(*queue, cellGraderFunction(backendFor, queue));
    }
}

template<typename Runner>
void EvalRunner::startRunner(Runner &runner, const CellGradeFunction &grade)
{
    // Batch prices where the runner sends batches: it says so to the estimator.
    runner.setCostEstimator(estimateCost);
    runner.setGradeFunction(grade);
    for (const RunRequest &request : std::as_const(m_requests))
        runner.addRun(request.run, request.prompt, request.cases);
    connect(&runner, &Runner::cellFinished, this,
        [this, &runner](int run, int cell) { emit cellFinished(run, runner.runs().at(run).cells.at(cell)); });
    connect(&runner, &Runner::progressChanged, this, &EvalRunner::progressChanged);
    runner.start();
}

void EvalRunner::cancel()
{
    if (!isRunning() || cancelLookup())
        return;
    if (m_queue)
        m_queue->cancel();
    if (m_batch)
        m_batch->cancel();
}

void EvalRunner::abandon()
{
    stopSilently();
    m_queue.reset();
    m_batch.reset();
    m_client.reset();
}

QList<EvalRun> EvalRunner::runs() const
{
    if (m_queue)
        return m_queue->runs();
    if (m_batch)
        return m_batch->runs();
    QList<EvalRun> runs;
    for (const RunRequest &request : m_requests)
        runs.append(request.run);
    return runs;
}

RunProgress EvalRunner::progress() const
{
    return m_queue ? m_queue->progress() : m_batch ? m_batch->progress() : RunProgress();
}

BatchStatus EvalRunner::batchTotals() const
{
    return m_batch ? m_batch->totals() : BatchStatus();
}

} // namespace pw
