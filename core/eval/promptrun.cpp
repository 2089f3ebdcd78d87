#include "promptrun.h"

#include "analysis/modelcapabilities.h"
#include "api/anthropicjobs.h"
#include "api/openaijobs.h"
#include "api/retrypolicy.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"
#include "tools/engineregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace pw {

namespace {

// The API's own limits (spec: anthropic-api.md): the smallest thinking budget.
constexpr int minimumThinkingBudget = 1024;

QString engineLabel(const QString &engine)
{
    return engine.isEmpty() ? QCoreApplication::translate("pw::PromptRun", "(no engine)") : engine;
}

} // namespace

QString stopReasonOfFinishReason(const QString &finishReason)
{
    if (finishReason == QLatin1String("stop"))
        return QStringLiteral("end_turn");
    if (finishReason == QLatin1String("length"))
        return QStringLiteral("max_tokens");
    if (finishReason == QLatin1String("content_filter"))
        return QStringLiteral("refusal");
    if (finishReason == QLatin1String("tool_calls"))
        return QStringLiteral("tool_use");
    return finishReason;
}

std::optional<Prompt> casePrompt(const Prompt &prompt, const TestCase &testCase, QString *problem)
{
    FillResult filled = fillVariables(prompt, testCase.vars);
    if (filled.ok())
        return std::move(filled.prompt);
    QStringList names;
    for (const QString &name : filled.missing)
        names.append(placeholder(name));
    *problem = QCoreApplication::translate("pw::RunQueue", "case %1 has no value for %2")
                   .arg(testCase.id, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<ApiProtocol> promptProtocol(const QString &engine)
{
    const EngineInfo *info = findEngine(engine);
    if (!info || !info->canRunPrompts)
        return std::nullopt;
    return info->apiProtocol();
}

QList<RunSettingProblem> runSettingProblems(const Prompt &prompt, const ModelSettings &settings)
{
    QList<RunSettingProblem> problems;
    auto add = [&problems](RunSetting setting, const QString &text) {
        problems.append({setting, text});
    };
    const std::optional<ApiProtocol> protocol = promptProtocol(settings.engine);
    if (!protocol) {
        QStringList runners;
        for (const EngineInfo &engine : allEngines()) {
            if (engine.canRunPrompts)
                runners.append(engine.id);
        }
        add(RunSetting::Engine,
            QCoreApplication::translate("pw::PromptRun", "the %1 engine cannot run prompts; engines that can: %2")
                .arg(engineLabel(settings.engine), runners.join(QStringLiteral(", "))));
        return problems;
    }
    const QString &model = settings.model;
    if (model.isEmpty())
        add(RunSetting::Model,
            QCoreApplication::translate("pw::PromptRun", "no target model: choose the model to run the prompt on"));
    if (prompt.messages.isEmpty())
        add(RunSetting::Prompt, QCoreApplication::translate("pw::PromptRun", "the prompt has no message to send"));
    if (settings.maxTokens < 1)
        add(RunSetting::MaxTokens,
            QCoreApplication::translate("pw::PromptRun", "max_tokens must be at least 1 (found %1)").arg(settings.maxTokens));

    const double maxTemperature = *protocol == ApiProtocol::Anthropic ? 1.0 : 2.0;
    if (settings.temperature && (*settings.temperature < 0 || *settings.temperature > maxTemperature)) {
        add(RunSetting::Temperature,
            QCoreApplication::translate("pw::PromptRun", "temperature must be from 0 to %1 (found %2)")
                .arg(maxTemperature)
                .arg(*settings.temperature));
    }
    if (settings.topP && (*settings.topP < 0 || *settings.topP > 1))
        add(RunSetting::TopP,
            QCoreApplication::translate("pw::PromptRun", "top_p must be from 0 to 1 (found %1)").arg(*settings.topP));
    for (const QString &stop : settings.stopSequences) {
        if (stop.trimmed().isEmpty()) {
            add(RunSetting::StopSequences,
                QCoreApplication::translate("pw::PromptRun", "a stop sequence must contain something other than white space"));
            break;
        }
    }

    if (*protocol == ApiProtocol::OpenAi) {
        if (settings.thinkingBudget > 0)
            add(RunSetting::ThinkingBudget,
                QCoreApplication::translate(
                    "pw::PromptRun", "a thinking budget is a Messages API setting: the openai engine cannot send one"));
        return problems;
    }

    if (prompt.hasPrefill() && !modelAcceptsPrefill(model)) {
        add(RunSetting::Prompt,
            QCoreApplication::translate("pw::PromptRun",
                "%1 rejects a prefill (a last message from the assistant): Claude 4.6 and later models "
                "do; remove the last assistant message or ask for the start of the answer in the user message")
                .arg(model));
    }
    if ((settings.temperature || settings.topP) && !modelAcceptsSamplingParameters(model)) {
        add(settings.temperature ? RunSetting::Temperature : RunSetting::TopP,
            QCoreApplication::translate(
                "pw::PromptRun", "%1 rejects temperature and top_p: Claude 4.7 and later models do; leave them unset")
                .arg(model));
    }
    if (settings.thinkingBudget > 0) {
        if (settings.thinkingBudget < minimumThinkingBudget)
            add(RunSetting::ThinkingBudget,
                QCoreApplication::translate("pw::PromptRun", "the thinking budget must be at least %1 tokens (found %2)")
                    .arg(minimumThinkingBudget)
                    .arg(settings.thinkingBudget));
        if (settings.thinkingBudget >= settings.maxTokens)
            add(RunSetting::ThinkingBudget,
                QCoreApplication::translate(
                    "pw::PromptRun", "the thinking budget (%1) must be below max_tokens (%2): thinking counts towards max_tokens")
                    .arg(settings.thinkingBudget)
                    .arg(settings.maxTokens));
        if (prompt.hasPrefill())
            add(RunSetting::ThinkingBudget,
                QCoreApplication::translate(
                    "pw::PromptRun", "extended thinking cannot be combined with a prefill (a last message from the assistant)"));
        if ((settings.temperature && *settings.temperature != 1.0) || (settings.topP && *settings.topP < 0.95))
            add(RunSetting::ThinkingBudget,
                QCoreApplication::translate(
                    "pw::PromptRun", "extended thinking takes no temperature other than 1 and no top_p below 0.95"));
    }
    return problems;
}

QStringList runSettingsProblems(const Prompt &prompt, const ModelSettings &settings)
{
    QStringList texts;
    for (const RunSettingProblem &problem : runSettingProblems(prompt, settings))
        texts.append(problem.text);
    return texts;
}

QJsonObject messagesRequestBody(const Prompt &prompt, const ModelSettings &settings)
{
    QJsonObject body {{QStringLiteral("model"), settings.model}, {QStringLiteral("max_tokens"), settings.maxTokens},
        {QStringLiteral("messages"), messagesToJson(prompt.messages)}, {QStringLiteral("stream"), true}};
    if (!prompt.system.isEmpty())
        body.insert(QStringLiteral("system"), prompt.system);
    if (settings.temperature)
        body.insert(QStringLiteral("temperature"), *settings.temperature);
    if (settings.topP)
        body.insert(QStringLiteral("top_p"), *settings.topP);
    if (!settings.stopSequences.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(settings.stopSequences));
    if (settings.thinkingBudget > 0) {
        body.insert(QStringLiteral("thinking"),
            QJsonObject {
                {QStringLiteral("type"), QStringLiteral("enabled")}, {QStringLiteral("budget_tokens"), settings.thinkingBudget}});
    }
    return body;
}

QJsonObject chatCompletionRequestBody(const Prompt &prompt, const ModelSettings &settings)
{
    QJsonArray messages;
    if (!prompt.system.isEmpty())
        messages.append(
            QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt.system}});
    for (const Message &message : prompt.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), message.text()}});
    QJsonObject body {{QStringLiteral("model"), settings.model}, {QStringLiteral("messages"), messages},
        {QStringLiteral("max_tokens"), settings.maxTokens}, {QStringLiteral("stream"), true}};
    if (settings.temperature)
        body.insert(QStringLiteral("temperature"), *settings.temperature);
    if (settings.topP)
        body.insert(QStringLiteral("top_p"), *settings.topP);
    if (!settings.stopSequences.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(settings.stopSequences));
    return body;
}

PromptRun::PromptRun(ApiClient &client, const Prompt &prompt, const ModelSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_problems(runSettingsProblems(prompt, settings))
{
    if (!m_problems.isEmpty())
        return;
    if (promptProtocol(settings.engine) == ApiProtocol::Anthropic) {
        auto *job = new MessageStreamJob(client, messagesRequestBody(prompt, settings));
        connect(job, &MessageStreamJob::thinkingDelta, this, &PromptRun::onFirstToken);
        m_job.reset(job);
    } else {
        m_job = std::make_unique<OpenAiChatStreamJob>(client, chatCompletionRequestBody(prompt, settings));
    }
    connect(m_job.get(), &StreamingApiJob::textDelta, this, [this](const QString &delta) {
        onFirstToken();
        emit textReceived(delta);
    });
    connect(m_job.get(), &ApiJob::retryScheduled, this, [this](const ApiError &reason, int delayMs, int nextAttempt) {
        // The next attempt's clock starts when it is sent, so the timings are of the answer that counts.
        m_attemptStartMs = m_clock.elapsed() + delayMs;
        m_result.firstTokenMs = -1;
        emit retryScheduled(reason, delayMs, nextAttempt);
    });
    connect(m_job.get(), &ApiJob::finished, this, &PromptRun::onJobFinished);
}

PromptRun::~PromptRun() = default;

void PromptRun::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_clock.start();
    if (!m_problems.isEmpty()) {
        m_error = ApiError::make(ApiErrorKind::Config, m_problems.join(QStringLiteral("; ")));
        QTimer::singleShot(0, this, [this] { finishWith(CellResult::Status::Failed); });
        return;
    }
    m_job->start();
}

void PromptRun::cancel()
{
    if (m_finished)
        return;
    if (m_job && m_job->isRunning()) {
        m_job->cancel(); // finishes the job from the event loop: onJobFinished() marks the cell
        return;
    }
    m_error = ApiError::make(ApiErrorKind::Canceled, QCoreApplication::translate("pw::PromptRun", "canceled"));
    QTimer::singleShot(0, this, [this] { finishWith(CellResult::Status::Canceled); });
}

RateLimits PromptRun::rateLimits() const
{
    return m_job ? m_job->rateLimits() : RateLimits {};
}

std::optional<std::chrono::milliseconds> PromptRun::serverRetryDelay() const
{
    return m_job ? pw::serverRetryDelay(m_job->responseHeaders(), QDateTime::currentDateTimeUtc()) : std::nullopt;
}

void PromptRun::onFirstToken()
{
    if (m_result.firstTokenMs < 0)
        m_result.firstTokenMs = m_clock.elapsed() - m_attemptStartMs;
}

void PromptRun::onJobFinished()
{
    m_result.requestId = m_job->requestId();
    if (!m_job->succeeded()) {
        m_error = m_job->error();
        finishWith(m_error->kind == ApiErrorKind::Canceled ? CellResult::Status::Canceled : CellResult::Status::Failed);
        return;
    }
    if (auto *messages = qobject_cast<MessageStreamJob *>(m_job.get())) {
        const AnthropicMessage &message = messages->message();
        m_result.output = message.text();
        m_result.stopReason = message.stopReason;
        m_result.usage = message.usage;
    } else {
        const ChatCompletion &completion = static_cast<OpenAiChatStreamJob &>(*m_job).completion();
        m_result.output = completion.content;
        m_result.stopReason = stopReasonOfFinishReason(completion.finishReason);
        m_result.usage = completion.usage;
    }
    if (m_costEstimator)
        m_result.costUsd = m_costEstimator(m_settings.model, m_result.usage, false);
    finishWith(CellResult::Status::Succeeded);
}

void PromptRun::finishWith(CellResult::Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.latencyMs = m_started ? m_clock.elapsed() - m_attemptStartMs : -1;
    if (status != CellResult::Status::Succeeded) {
        m_result.output.clear();
        m_result.firstTokenMs = -1;
        m_result.error = m_error ? m_error->toString() : QString();
        if (m_error && m_result.requestId.isEmpty())
            m_result.requestId = m_error->requestId;
    }
    emit finished();
}

} // namespace pw
