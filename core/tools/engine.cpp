#include "engine.h"

#include "apicall.h"
#include "localengine.h"
#include "modelbackends.h"

#include "api/anthropicjobs.h"

#include <QCoreApplication>
#include <QTimer>

namespace pw {

namespace {

// claude and openai: a model backend behind the shared ModelToolRun.
class ModelEngine : public Engine
{
public:
    ModelEngine(const EngineInfo &info, std::shared_ptr<ModelBackend> backend) : Engine(info), m_backend(std::move(backend)) { }
    ToolRun *start(const ToolRequest &request, QObject *parent) override
    {
        return new ModelToolRun(request, info().promptRules, m_backend, parent);
    }

private:
    std::shared_ptr<ModelBackend> m_backend;
};

// prompt-tools: the retired wire protocol, for servers that still speak it.
class PromptToolsRun : public ToolRun
{
public:
    PromptToolsRun(const ToolRequest &request, PromptRules rules, std::shared_ptr<ApiClient> client, QObject *parent)
        : ToolRun(request, rules, parent), m_client(std::move(client))
    {
        QTimer::singleShot(0, this, [this] { begin(); });
    }
    ~PromptToolsRun() override { delete m_job; } // before the client it uses

protected:
    void abort() override
    {
        if (m_job)
            m_job->cancel();
    }

private:
    void begin()
    {
        if (isFinished() || failIfInvalidRequest())
            return;
        const ToolRequest &r = request();
        switch (r.tool) {
        case Tool::Generate:
            m_job = new PromptToolJob(*m_client, GenerateRequest {r.task, r.targetModel}, this);
            break;
        case Tool::Improve:
            m_job = new PromptToolJob(*m_client, ImproveRequest {r.prompt, r.feedback, r.targetModel}, this);
            break;
        case Tool::Templatize:
            m_job = new PromptToolJob(*m_client, TemplatizeRequest {r.prompt}, this);
            break;
        }
        connect(m_job, &ApiJob::retryScheduled, this, [this](const ApiError &reason, int delayMs, int nextAttempt) {
            setStatus(retryStatus(reason, delayMs, nextAttempt));
        });
        connect(m_job, &ApiJob::finished, this, [this] {
            if (!m_job->succeeded()) {
                fail(toolErrorFromApi(*m_job->error()));
                return;
            }
            ToolResult result = m_job->result();
            result.requestId = m_job->requestId();
            addUsage(result.usage);
            complete(result);
        });
        setStatus(tr("Waiting for the prompt-tools server…"));
        m_job->start();
    }

    std::shared_ptr<ApiClient> m_client;
    PromptToolJob *m_job = nullptr;
};

class PromptToolsEngine : public Engine
{
public:
    PromptToolsEngine(const EngineInfo &info, std::shared_ptr<ApiClient> client) : Engine(info), m_client(std::move(client)) { }
    ToolRun *start(const ToolRequest &request, QObject *parent) override
    {
        return new PromptToolsRun(request, info().promptRules, m_client, parent);
    }

private:
    std::shared_ptr<ApiClient> m_client;
};

std::shared_ptr<ApiClient> makeClient(const EngineConfig &config)
{
    return std::make_shared<ApiClient>(toApiConfig(config), config.network);
}

} // namespace

ApiConfig toApiConfig(const EngineConfig &config)
{
    ApiConfig api;
    const EngineInfo *info = findEngine(config.engine);
    api.baseUrl = !config.baseUrl.isEmpty() ? config.baseUrl : info ? info->defaultBaseUrl : defaultEngine().defaultBaseUrl;
    api.apiKey = config.apiKey;
    api.timeout = std::chrono::seconds(config.timeoutSeconds);
    api.retry.maxRetries = config.maxRetries;
    return api;
}

std::shared_ptr<ModelBackend> createModelBackend(const EngineConfig &config)
{
    const EngineInfo *info = findEngine(config.engine);
    if (!info)
        return nullptr;
    const QString model = config.toolModel.isEmpty() ? info->defaultToolModel : config.toolModel;
    switch (info->protocol) {
    case EngineProtocol::AnthropicMessages:
        return std::make_shared<AnthropicBackend>(makeClient(config), model);
    case EngineProtocol::OpenAiChat:
        return std::make_shared<OpenAiBackend>(makeClient(config), model);
    case EngineProtocol::PromptTools:
    case EngineProtocol::InProcess:
        break;
    }
    return nullptr;
}

std::unique_ptr<Engine> createEngine(const EngineConfig &config, QString *error)
{
    const EngineInfo *info = findEngine(config.engine);
    if (!info) {
        *error
            = QCoreApplication::translate("pw::Engine", "unknown engine \"%1\" (choose %2)").arg(config.engine, engineIdList());
        return nullptr;
    }
    if (std::shared_ptr<ModelBackend> backend = createModelBackend(config))
        return std::make_unique<ModelEngine>(*info, std::move(backend));
    if (info->protocol == EngineProtocol::PromptTools)
        return std::make_unique<PromptToolsEngine>(*info, makeClient(config));
    return std::make_unique<LocalEngine>(*info);
}

} // namespace pw
