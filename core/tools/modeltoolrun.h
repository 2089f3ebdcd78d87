#pragma once

#include "toolrun.h"

#include <QJsonObject>

#include <memory>

namespace pw {

// One call to a chat model whose answer must be JSON for a schema. The
// claude and openai engines differ only here (see anthropicbackend.h and
// openaibackend.h); everything else is ModelToolRun.
struct CompletionRequest
{
    QString system;
    QList<Message> messages;
    QJsonObject schema;
    QString schemaName;
    int maxTokens = 16000;
};

struct CompletionOutcome
{
    // ContextExceeded: cut off because prompt and answer outgrew the model's
    // context window, where a larger output budget would not help.
    enum class Stop { Complete, Refusal, Truncated, ContextExceeded };
    Stop stop = Stop::Complete;
    QString text;
    QString requestId;
};

class CompletionCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool succeeded() const = 0;
    virtual CompletionOutcome outcome() const = 0; // when succeeded()
    virtual ToolError error() const = 0; // when not
    virtual void abort() = 0;

signals:
    void textReceived(const QString &delta);
    void usageReceived(const pw::Usage &usage); // this call's usage, once, when known
    void statusChanged(const QString &status); // e.g. retry waits
    void finished();
};

class ModelBackend
{
public:
    virtual ~ModelBackend() = default;
    virtual QString model() const = 0;
    virtual CompletionCall *start(const CompletionRequest &request, QObject *parent) = 0;
};

// Generate, improve or templatize on a chat model: our meta-prompt as the
// system prompt, the input in XML tags, structured JSON output, one repair
// attempt when the JSON is unusable, refusals and truncation as clear errors.
class ModelToolRun : public ToolRun
{
    Q_OBJECT

public:
    ModelToolRun(ToolRequest request, PromptRules rules, std::shared_ptr<ModelBackend> backend, QObject *parent);
    ~ModelToolRun() override;

    static constexpr int defaultMaxTokens = 16000;

protected:
    void abort() override;

private:
    void begin();
    void startCall(const CompletionRequest &request);
    void onCallFinished();

    std::shared_ptr<ModelBackend> m_backend;
    CompletionRequest m_completion;
    CompletionCall *m_call = nullptr;
    bool m_repairing = false;
};

// A JSON schema object in the strict form structured outputs require: every
// property required, no others allowed.
QJsonObject strictObject(const QJsonObject &properties);
// A model's JSON answer without a Markdown code fence around it, if it has one.
QString stripCodeFence(const QString &text);

// The JSON schema of the model's answer: the prompt-tools response body
// without usage. variable_values is a list of {name, value} pairs, because
// strict structured output cannot express an object with free-form keys.
QJsonObject toolOutputSchema(Tool tool);
// Parses the model's answer (tolerating a Markdown code fence around it).
std::optional<ToolResult> parseToolOutput(Tool tool, const QString &text, QString *error);
// Our meta-prompt for a tool (resources/metaprompts/), with the prefill policy.
QString toolMetaPrompt(Tool tool, const QString &targetModel);
// The user message that carries the request's input.
QString toolUserMessage(const ToolRequest &request);

} // namespace pw
