#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "model/evalrun.h"
#include "model/testcase.h"
#include "prompt/prompt.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace pw {

class StreamingApiJob;

// The wire protocol that runs prompts for an engine (the registry's
// canRunPrompts): the Messages API for claude, chat completions for openai;
// nullopt for engines that cannot run a prompt (local, prompt-tools).
std::optional<ApiProtocol> promptProtocol(const QString &engine);

// What a run-settings problem is about, so the window can show it beside that setting.
enum class RunSetting { Engine, Model, Prompt, MaxTokens, Temperature, TopP, StopSequences, ThinkingBudget };

struct RunSettingProblem
{
    RunSetting setting;
    QString text; // one sentence naming the setting
};

// OpenAI's finish_reason in the Messages API's words (stop is end_turn,
// length is max_tokens, ...), so stop reasons compare across engines.
QString stopReasonOfFinishReason(const QString &finishReason);

// The prompt of one cell: the case's values filled in, or nullopt and
// *problem naming the variables the case has no value for.
std::optional<Prompt> casePrompt(const Prompt &prompt, const TestCase &testCase, QString *problem);

// Everything that keeps settings from being sent with this (filled) prompt,
// found before anything is sent: an engine that cannot run prompts, a prefill
// or sampling parameters the target model rejects (core/analysis/
// modelcapabilities), values outside the API's ranges. Empty when the request can go.
QList<RunSettingProblem> runSettingProblems(const Prompt &prompt, const ModelSettings &settings);
// The texts of runSettingProblems(), for the CLI and PromptRun.
QStringList runSettingsProblems(const Prompt &prompt, const ModelSettings &settings);

// The streamed request bodies; unset settings are not sent.
QJsonObject messagesRequestBody(const Prompt &prompt, const ModelSettings &settings);
QJsonObject chatCompletionRequestBody(const Prompt &prompt, const ModelSettings &settings);

// The estimated cost of a request in USD, or nullopt when the model has no price.
using CostEstimator = std::function<std::optional<double>(const QString &model, const Usage &usage, bool batch)>;

// One prompt sent once: streams the answer and fills a CellResult with the
// output, stop reason, tokens, time to first token, latency, request id and
// cost estimate. Sending goes through core/api's streamed jobs, so the retry
// policy, error mapping, timeout and size cap are the same as everywhere.
//
// finished() comes exactly once, from the event loop; then result() holds
// the cell with status Succeeded, Failed (result().error and error() say
// why) or Canceled.
class PromptRun : public QObject
{
    Q_OBJECT

public:
    // client must outlive the run. Problems from runSettingsProblems() fail
    // the run with ApiErrorKind::Config without sending anything.
    PromptRun(ApiClient &client, const Prompt &prompt, const ModelSettings &settings, QObject *parent = nullptr);
    ~PromptRun() override;

    void setCostEstimator(CostEstimator estimator) { m_costEstimator = std::move(estimator); }
    void start();
    // Ends the run with status Canceled at any moment; nothing once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    const CellResult &result() const { return m_result; }
    const std::optional<ApiError> &error() const { return m_error; }
    // What the last answer said about the rate limits and when to retry.
    RateLimits rateLimits() const;
    std::optional<std::chrono::milliseconds> serverRetryDelay() const;

signals:
    void textReceived(const QString &delta);
    // A failed attempt (a 429, a 529, a dropped connection) is retried after delayMs.
    void retryScheduled(const pw::ApiError &reason, int delayMs, int nextAttempt);
    void finished();

private:
    void onFirstToken();
    void onJobFinished();
    void finishWith(CellResult::Status status);

    ModelSettings m_settings;
    QStringList m_problems;
    std::unique_ptr<StreamingApiJob> m_job;
    CostEstimator m_costEstimator;
    QElapsedTimer m_clock;
    qint64 m_attemptStartMs = 0;
    CellResult m_result;
    std::optional<ApiError> m_error;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace pw
