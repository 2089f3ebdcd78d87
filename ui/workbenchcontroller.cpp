#include "workbenchcontroller.h"

#include "secrets/secretstore.h"

#include <QMetaObject>

namespace pw {

namespace {

// Engines that cannot work without a key; an OpenAI-compatible local server
// (Ollama, llama.cpp) usually takes none.
bool needsApiKey(const QString &engine)
{
    return engine == QLatin1String("claude") || engine == QLatin1String("prompt-tools");
}

ToolError toolError(ToolError::Kind kind, const QString &message)
{
    ToolError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

WorkbenchController::WorkbenchController(const WorkbenchContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_settings(context.settings)
{
    Q_ASSERT(context.settings && context.secrets);
    if (!m_context.engineFactory)
        m_context.engineFactory = createEngine;
}

WorkbenchController::~WorkbenchController()
{
    // A run still going must not report into a half-destroyed controller.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

QString WorkbenchController::engine() const
{
    return m_settings.currentEngine();
}

void WorkbenchController::setEngine(const QString &engine)
{
    if (!isEngineName(engine) || engine == this->engine())
        return;
    m_settings.setCurrentEngine(engine);
    emit engineChanged(engine);
}

QString WorkbenchController::targetModel() const
{
    return m_settings.targetModel();
}

void WorkbenchController::setTargetModel(const QString &model)
{
    if (model != targetModel())
        m_settings.setTargetModel(model);
}

EngineConfig WorkbenchController::engineConfig(const QString &engine, QString *error) const
{
    QString problem;
    EngineConfig config = resolveEngineConfig(engine, m_settings.engineSettings(engine), {}, m_context.environment, &problem);
    config.network = m_context.network;
    if (error)
        *error = problem;
    return config;
}

void WorkbenchController::resolveConfig(const QString &engine, QObject *context, ConfigCallback done)
{
    QString error;
    EngineConfig config = engineConfig(engine, &error);
    if (!error.isEmpty() || !config.apiKey.isEmpty() || apiKeyEnvironmentVariable(engine).isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), config, error] { done(config, error); }, Qt::QueuedConnection);
        return;
    }
    m_context.secrets->read(
        apiKeySecretName(engine), context, [done = std::move(done), config](const SecretStore::ReadResult &result) mutable {
            config.apiKey = result.value;
            // A keychain that failed is worth naming only when it leaves us without a key.
            const QString error = result.value.isEmpty() && !result.error.isEmpty()
                ? WorkbenchController::tr("The keychain could not be read: %1").arg(result.error)
                : QString();
            done(config, error);
        });
}

void WorkbenchController::start(const ToolRequest &request)
{
    if (m_busy)
        return;
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_request = request;
    m_hasRequest = true;
    setBusy(true);
    const quint64 attempt = ++m_attempt;
    const QString engine = this->engine();
    emit preparing(tr("Preparing the %1 engine…").arg(engine));
    resolveConfig(engine, this, [this, attempt](const EngineConfig &config, const QString &error) {
        if (attempt == m_attempt)
            launch(config, error);
    });
}

void WorkbenchController::launch(const EngineConfig &config, const QString &configError)
{
    m_lastConfig = config;
    if (!configError.isEmpty()) {
        fail(toolError(ToolError::Kind::InvalidInput, configError), true);
        return;
    }
    if (needsApiKey(config.engine) && config.apiKey.isEmpty()) {
        const QString message = tr("The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.")
                                    .arg(config.engine, apiKeyEnvironmentVariable(config.engine));
        fail(toolError(ToolError::Kind::InvalidInput, message), true);
        return;
    }
    QString error;
    m_engine = m_context.engineFactory(config, &error);
    if (!m_engine) {
        fail(toolError(ToolError::Kind::InvalidInput, error), true);
        return;
    }
    m_run = m_engine->start(m_request, this);
    connect(m_run, &ToolRun::finished, this, &WorkbenchController::onRunFinished);
    emit runStarted(m_run);
}

void WorkbenchController::cancel()
{
    if (!m_busy)
        return;
    if (m_run) {
        m_run->cancel(); // finishes the run, which reports through onRunFinished()
        return;
    }
    // Still waiting for the keychain: forget that answer.
    ++m_attempt;
    fail(toolError(ToolError::Kind::Canceled, tr("Canceled")), false);
}

void WorkbenchController::retry()
{
    if (canRetry())
        start(m_request);
}

void WorkbenchController::onRunFinished()
{
    ToolRun *run = m_run;
    if (!run || !m_busy)
        return;
    if (run->succeeded()) {
        setBusy(false);
        emit succeeded(run->result());
        return;
    }
    fail(run->error(), run->error().isAuthentication());
}

void WorkbenchController::fail(const ToolError &error, bool settingsProblem)
{
    setBusy(false);
    emit failed(error, settingsProblem);
}

void WorkbenchController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace pw
