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
    ModelEngine(QString name, std::shared_ptr<ModelBackend> backend) : m_name(std::move(name)), m_backend(std::move(backend)) { }
    QString name() const override { return m_name; }
    bool supports(Tool) const override { return true; }
    ToolRun *start(const ToolRequest &request, QObject *parent) override { return new ModelToolRun(request, m_backend, parent); }

private:
    QString m_name;
    std::shared_ptr<ModelBackend> m_backend;
};

// prompt-tools: the retired wire protocol, for servers that still speak it.
class PromptToolsRun : public ToolRun
{
public:
    PromptToolsRun(const ToolRequest &request, std::shared_ptr<ApiClient> client, QObject *parent)
        : ToolRun(request, parent), m_client(std::move(client))
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
    explicit PromptToolsEngine(std::shared_ptr<ApiClient> client) : m_client(std::move(client)) { }
    QString name() const override { return QStringLiteral("prompt-tools"); }
    bool supports(Tool) const override { return true; }
    ToolRun *start(const ToolRequest &request, QObject *parent) override { return new PromptToolsRun(request, m_client, parent); }

private:
    std::shared_ptr<ApiClient> m_client;
};

std::shared_ptr<ApiClient> makeClient(const EngineConfig &config)
{
    ApiConfig api;
    api.baseUrl = config.baseUrl.isEmpty() ? defaultBaseUrl(config.engine) : config.baseUrl;
    api.apiKey = config.apiKey;
    api.timeout = std::chrono::seconds(config.timeoutSeconds);
    api.retry.maxRetries = config.maxRetries;
    return std::make_shared<ApiClient>(api, config.network);
}

} // namespace

QStringList engineNames()
{
    return {QStringLiteral("claude"), QStringLiteral("prompt-tools"), QStringLiteral("openai"), QStringLiteral("local")};
}

bool isEngineName(const QString &name)
{
    return engineNames().contains(name);
}

QString defaultToolModel(const QString &engine)
{
    if (engine == QLatin1String("claude"))
        return QStringLiteral("claude-sonnet-5-5");
    if (engine == QLatin1String("openai"))
        return QStringLiteral("llama3.2");
    return {};
}

QUrl defaultBaseUrl(const QString &engine)
{
    if (engine == QLatin1String("openai"))
        return QUrl(QStringLiteral("http://localhost:11434/v1")); // Ollama: local-first
    if (engine == QLatin1String("local"))
        return {};
    return ApiConfig::defaultBaseUrl(ApiProtocol::Anthropic);
}

std::unique_ptr<Engine> createEngine(const EngineConfig &config, QString *error)
{
    const QString model = config.toolModel.isEmpty() ? defaultToolModel(config.engine) : config.toolModel;
    if (config.engine == QLatin1String("claude"))
        return std::make_unique<ModelEngine>(config.engine, std::make_shared<AnthropicBackend>(makeClient(config), model));
    if (config.engine == QLatin1String("openai"))
        return std::make_unique<ModelEngine>(config.engine, std::make_shared<OpenAiBackend>(makeClient(config), model));
    if (config.engine == QLatin1String("prompt-tools"))
        return std::make_unique<PromptToolsEngine>(makeClient(config));
    if (config.engine == QLatin1String("local"))
        return std::make_unique<LocalEngine>();
    *error = QCoreApplication::translate("pw::Engine", "unknown engine \"%1\" (choose %2)")
                 .arg(config.engine, engineNames().join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace pw
