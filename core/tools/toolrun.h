#pragma once

#include "model/tool.h"
#include "prompt/validation.h"

#include <QObject>

#include <optional>

namespace pw {

struct ToolError
{
    enum class Kind {
        InvalidInput, // the request itself is unusable; nothing was sent
        Api, // the server answered with an error
        Network, // no answer: connection failure or timeout
        Canceled,
        Refusal, // the model declined
        Truncated, // the output hit the token budget: retry with a larger one
        InvalidOutput, // the model's output is unusable (not JSON, wrong shape, template does not align)
        Unsupported, // this engine cannot do that (local generate/improve)
    };

    Kind kind = Kind::Api;
    QString message; // one line, for people; never contains an API key
    int httpStatus = 0; // Kind::Api
    QString errorType; // Kind::Api: "overloaded_error", ...
    QString requestId; // when the server gave one
    QList<Diagnostic> details; // e.g. where a template does not align

    bool isAuthentication() const { return httpStatus == 401 || httpStatus == 403; }
    // The same request would fail the same way again: it is unusable as it is,
    // or the engine cannot run it. Retrying it is pointless.
    bool repeats() const { return kind == Kind::InvalidInput || kind == Kind::Unsupported; }
    // The texts of the details that message does not already say (the first
    // problem usually is the message), at most limit of them; -1: all.
    QStringList detailTexts(qsizetype limit = -1) const;
    // "message (HTTP 529 overloaded_error, request req_1)"
    QString toString() const;
};

// Why a request cannot be sent (no task; an empty prompt, or one breaking the
// engine's rules), or nullopt. Every engine checks this before sending
// (Kind::InvalidInput); callers may check first to name their input in the message.
std::optional<ToolError> invalidRequestError(const ToolRequest &request, PromptRules rules);

// One running tool. Engines create it; the CLI and the window watch it.
// It always ends with exactly one finished() signal, after which either
// result() or error() holds the outcome.
class ToolRun : public QObject
{
    Q_OBJECT

public:
    // rules: what the engine requires of the prompt it is given and returns.
    ToolRun(ToolRequest request, PromptRules rules, QObject *parent = nullptr);

    const ToolRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_failed; }
    const ToolResult &result() const { return m_result; }
    const ToolError &error() const { return m_error; }

    // Everything the model has written so far (the streamed JSON), and the
    // tokens counted so far.
    const QString &streamedText() const { return m_streamedText; }
    const Usage &usage() const { return m_usage; }

    // Ends the run promptly with ToolError::Kind::Canceled. No effect once finished.
    void cancel();

signals:
    void textReceived(const QString &delta);
    // What was streamed so far is void (the model answers again, e.g. to
    // repair unusable JSON): clear any display of it; new text follows.
    void textCleared();
    void usageChanged(const pw::Usage &usage);
    // A short status line: "Waiting for claude-sonnet-5-5…", "Repairing the model's JSON…".
    void statusChanged(const QString &status);
    void finished();

protected:
    // Engines call these. complete() runs the checks every result gets
    // (finalizeToolResult) and may turn into a failure.
    void appendText(const QString &delta);
    void resetText();
    void addUsage(const Usage &usage);
    void setStatus(const QString &status);
    void complete(ToolResult result);
    void fail(ToolError error);
    // Fails with InvalidInput and returns true when the request cannot be
    // sent (no task, an invalid prompt); shared by all engines.
    bool failIfInvalidRequest();
    // Stop network work; called once by cancel() before the run fails.
    virtual void abort() { }

private:
    void finish();

    ToolRequest m_request;
    PromptRules m_rules;
    ToolResult m_result;
    ToolError m_error;
    QString m_streamedText;
    Usage m_usage;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace pw
