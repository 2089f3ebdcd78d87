#include "optimizerunner.h"

#include "evalrunner.h"

#include "api/apiclient.h"
#include "eval/prices.h"
#include "tools/engineregistry.h"

namespace pw {

OptimizeRunner::OptimizeRunner(const EngineSources &sources, QObject *parent) : EngineRun(sources, parent) { }

OptimizeRunner::~OptimizeRunner() = default;

void OptimizeRunner::start(
    const QString &engine, const Prompt &original, const TestSuite &cases, const OptimizerSettings &settings)
{
    if (isRunning())
        return;
    m_original = original;
    m_cases = cases;
    m_settings = settings;
    m_optimizer.reset();
    m_toolEngine.reset();
    m_client.reset();
    m_config = {};
    lookUp(engine);
}

void OptimizeRunner::configFound(const EngineConfig &config)
{
    m_config = config;
    const EngineInfo *info = findEngine(m_config.engine);
    if (!info || !info->supports(Tool::Improve) || !info->canRunPrompts) {
        finish(tr("The %1 engine cannot write candidates and run them: choose claude or openai in the toolbar.")
                   .arg(m_config.engine));
        return;
    }
    QString error;
    m_toolEngine = createEngine(m_config, &error);
    if (!m_toolEngine) {
        finish(error);
        return;
    }
    m_client = std::make_unique<ApiClient>(toApiConfig(m_config), m_config.network);
    m_optimizer = std::make_unique<Optimizer>(*m_client, *m_toolEngine);
    m_optimizer->setGraderBackends(graderBackendsFor(m_config));
    m_optimizer->setCostEstimator(estimateCost);
    connect(m_optimizer.get(), &Optimizer::candidateEvaluated, this, &OptimizeRunner::candidateEvaluated);
    connect(m_optimizer.get(), &Optimizer::roundFinished, this, &OptimizeRunner::roundFinished);
    connect(m_optimizer.get(), &Optimizer::progressChanged, this, &OptimizeRunner::progressChanged);
    connect(m_optimizer.get(), &Optimizer::finished, this, [this] { finish({}); });
    OptimizerSettings settings = m_settings;
    settings.toolModel = m_config.toolModel;
    m_optimizer->start(m_original, m_cases, settings);
}

void OptimizeRunner::cancel()
{
    if (!isRunning() || cancelLookup())
        return;
    if (m_optimizer)
        m_optimizer->cancel();
}

} // namespace pw
