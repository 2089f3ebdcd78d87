#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace pw {

// The prompt-tools contract (generate / improve / templatize), as the
// retired experimental API defined it. Every engine returns a ToolResult.

struct Usage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheCreationInputTokens = 0;
    qint64 cacheReadInputTokens = 0;

    Usage &operator+=(const Usage &other);
    friend bool operator==(const Usage &, const Usage &) = default;

    // Accepts an object, or an array of objects (summed): the documentation
    // shows both. Anything else, or negative counts, is an error.
    static std::optional<Usage> fromJson(const QJsonValue &value, QString *error = nullptr);
    // One object with the summed input_tokens/output_tokens (cache fields when non-zero).
    QJsonObject toJson() const;
};

struct GenerateRequest
{
    QString task;
    QString targetModel; // empty: null

    QJsonObject toJson() const;
};

struct ImproveRequest
{
    Prompt prompt;
    QString feedback; // empty: null (general best practice)
    QString targetModel;

    QJsonObject toJson() const;
};

struct TemplatizeRequest
{
    Prompt prompt;

    QJsonObject toJson() const;
};

enum class Tool { Generate, Improve, Templatize };
QString toolName(Tool tool); // "generate", "improve", "templatize"
QString toolEndpointPath(Tool tool); // "/v1/experimental/generate_prompt", ...

// The response body of all three operations.
struct ToolResult
{
    Prompt prompt; // messages + system
    Usage usage;
    VariableValues variableValues; // templatize only
    bool hasVariableValues = false;

    // Problems found after the fact (dropped variables, repaired values, ...):
    // the result is usable, but the user should see these.
    QList<Diagnostic> notes;
    QString requestId;

    // The prompt-tools response body: messages, system, usage (one object),
    // and variable_values when hasVariableValues.
    QJsonObject toJson() const;
    // Parses a response body; on failure returns nullopt and names the field.
    static std::optional<ToolResult> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace pw
