#include "optimizerunner.h"

#include "evalrunner.h"

#include "api/apiclient.h"
#include "eval/prices.h"
#include "tools/engineregistry.h"

#include <QTimer>

namespace pw {

OptimizeRunner::OptimizeRunner(const EngineSources &sources, QObject *parent) : QObject(parent), m_sources(sources) { }

OptimizeRunner::~OptimizeRunner() = default;

void OptimizeRunner::start(
    const QString &engine, const Prompt &original, const TestSuite &cases, const OptimizerSettings &settings)
{
    if (m_running)
        return;
    m_running = true;
    m_original = original;
    m_cases = cases;
    m_settings = settings;
    m_optimizer.reset();
    m_toolEngine.reset();
    m_client.reset();
    m_config = {};
    m_lookup = std::make_unique<EngineConfigLookup>(engine, m_sources);
    connect(m_lookup.get(), &EngineConfigLookup::finished, this, &OptimizeRunner::onConfigFound);
}

void OptimizeRunner::onConfigFound()
{
    const std::unique_ptr<EngineConfigLookup> lookup = std::move(m_lookup);
    if (!lookup->error().isEmpty()) {
        finish(lookup->error());
        return;
    }
    m_config = lookup->config();
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
    if (!m_running)
        return;
    if (m_lookup) {
        // Deleting the lookup drops its answer; finished() still comes from the event loop.
        m_lookup.reset();
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    if (m_optimizer)
        m_optimizer->cancel();
}

void OptimizeRunner::finish(const QString &problem)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(problem);
}

} // namespace pw
