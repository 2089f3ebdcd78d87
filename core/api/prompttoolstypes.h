#pragma once

#include "model/tool.h"

#include <QJsonObject>

#include <optional>

namespace pw {

// The prompt-tools wire contract (generate / improve / templatize), as the
// retired experimental API defined it. The domain types live in
// model/tool.h; these convert them to and from the request and response bodies.

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

QString toolEndpointPath(Tool tool); // "/v1/experimental/generate_prompt", ...

// The response body of all three operations: messages, system, usage (one
// object), and variable_values when the result has them.
QJsonObject toolResultToJson(const ToolResult &result);
// Parses a response body; on failure returns nullopt and names the field.
// A null or absent variable_values leaves ToolResult::variableValues unset.
std::optional<ToolResult> toolResultFromJson(const QJsonObject &object, QString *error = nullptr);

} // namespace pw
