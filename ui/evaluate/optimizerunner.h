#pragma once

#include "enginerun.h"
#include "eval/optimizer.h"

#include <memory>

namespace pw {

class ApiClient;

// Runs the core's Optimizer for the window without blocking: finds the
// engine's configuration and key (EngineRun), then runs candidates
// through the engine's tool model and the cases on the target model, graded
// as the Evaluate view grades. Widget-free; the view shows what it signals.
class OptimizeRunner : public EngineRun
{
    Q_OBJECT

public:
    explicit OptimizeRunner(const EngineSources &sources, QObject *parent = nullptr);
    ~OptimizeRunner() override;

    // Starts optimizing original over cases on engine (a registry id). Only when not running.
    void start(const QString &engine, const Prompt &original, const TestSuite &cases, const OptimizerSettings &settings);
    // Stops at once: the best prompt so far is the winner; finished() follows.
    void cancel();

    // The search, once the engine is found (null before): candidates, rounds, report.
    const Optimizer *optimizer() const { return m_optimizer.get(); }
    // The engine and tool model the candidates come from.
    const EngineConfig &config() const { return m_config; }

signals:
    void candidateEvaluated(int round, int index);
    void roundFinished(int round);
    void progressChanged();
    // And finished(problem): set when the search could not start (a missing
    // key, an engine that cannot improve prompts); otherwise
    // optimizer()->report() says how it ended (no optimizer(): canceled
    // before it started).

private:
    void configFound(const EngineConfig &config) override;

    Prompt m_original;
    TestSuite m_cases;
    OptimizerSettings m_settings;
    EngineConfig m_config;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Engine> m_toolEngine;
    std::unique_ptr<Optimizer> m_optimizer; // after the client and engine it uses: goes first
};

} // namespace pw
