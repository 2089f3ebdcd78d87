#include "promptrunner.h"

#include "api/apiclient.h"
#include "eval/prices.h"
#include "eval/promptrun.h"
#include "tools/apicall.h"
#include "tools/engine.h"

namespace pw {

PromptRunner::PromptRunner(const EngineSources &sources, QObject *parent) : QObject(parent), m_sources(sources) { }

PromptRunner::~PromptRunner()
{
    // The run's job refers to the client: it goes first.
    m_run.reset();
}

void PromptRunner::start(const Prompt &prompt, const ModelSettings &settings)
{
    if (m_running)
        return;
    m_running = true;
    m_prompt = prompt;
    m_settings = settings;
    m_result = {};
    emit started();
    emit statusChanged(tr("Looking up the %1 engine's settings…").arg(settings.engine));
    m_lookup = new EngineConfigLookup(settings.engine, m_sources, this);
    connect(m_lookup, &EngineConfigLookup::finished, this, [this, lookup = m_lookup.data()] {
        lookup->deleteLater();
        if (lookup != m_lookup)
            return;
        m_lookup.clear();
        if (!lookup->error().isEmpty()) {
            ToolError error;
            error.kind = ToolError::Kind::InvalidInput;
            error.message = lookup->error();
            end();
            emit failed(error, true);
            emit finished();
            return;
        }
        launch(lookup->config());
    });
}

void PromptRunner::launch(const EngineConfig &config)
{
    m_run.reset();
    m_client = std::make_unique<ApiClient>(toApiConfig(config), m_sources.network);
    m_run = std::make_unique<PromptRun>(*m_client, m_prompt, m_settings);
    m_run->setCostEstimator(
        [](const QString &model, const Usage &usage, bool batch) { return estimateCost(model, usage, batch); });
    connect(m_run.get(), &PromptRun::textReceived, this, &PromptRunner::textReceived);
    connect(m_run.get(), &PromptRun::retryScheduled, this, [this](const ApiError &reason, int delayMs, int nextAttempt) {
        emit textCleared();
        emit statusChanged(retryStatus(reason, delayMs, nextAttempt));
    });
    connect(m_run.get(), &PromptRun::finished, this, &PromptRunner::onRunFinished);
    emit statusChanged(tr("Waiting for %1…").arg(m_settings.model));
    m_run->start();
}

void PromptRunner::cancel()
{
    if (!m_running)
        return;
    if (m_lookup) {
        // Deleting the lookup drops its answer.
        delete m_lookup.data();
        end();
        emit canceled();
        emit finished();
        return;
    }
    if (m_run)
        m_run->cancel(); // finishes from the event loop: onRunFinished()
}

void PromptRunner::onRunFinished()
{
    m_result = m_run->result();
    const std::optional<ApiError> error = m_run->error();
    end();
    switch (m_result.status) {
    case CellResult::Status::Succeeded:
        emit succeeded(m_result);
        break;
    case CellResult::Status::Canceled:
        emit canceled();
        break;
    default: {
        // PromptRun always says why it failed.
        const ApiError why = error.value_or(ApiError::make(ApiErrorKind::InvalidResponse, m_result.error));
        emit failed(toolErrorFromApi(why), why.kind == ApiErrorKind::Config);
        break;
    }
    }
    emit finished();
}

void PromptRunner::end()
{
    m_running = false;
    emit statusChanged({});
}

} // namespace pw
