#pragma once

#include "model/usage.h"
#include "prompt/location.h"
#include "prompt/prompt.h"

#include <QList>
#include <QString>

#include <optional>

namespace pw {

// The three prompt tools every engine offers in some measure.
enum class Tool { Generate, Improve, Templatize };
QString toolName(Tool tool); // "generate", "improve", "templatize"
QList<Tool> allTools();

// What a tool is asked to do. Every engine takes the same request.
struct ToolRequest
{
    Tool tool = Tool::Generate;
    QString task; // generate: what the prompt is for
    Prompt prompt; // improve, templatize: the prompt to work on
    QString feedback; // improve: optional guidance
    QString targetModel; // the model the prompt is written for (may be empty)
    int maxOutputTokens = 0; // 0: the engine's default budget

    friend bool operator==(const ToolRequest &, const ToolRequest &) = default;
};

// What a tool made, whichever engine ran it.
struct ToolResult
{
    Prompt prompt; // messages + system
    Usage usage;
    // Templatize: the values found for the template's variables (possibly
    // none). Unset for generate and improve, which find no values.
    std::optional<VariableValues> variableValues;

    // Problems found after the fact (dropped variables, repaired values, ...):
    // the result is usable, but the user should see these.
    QList<Diagnostic> notes;
    QString requestId;
};

} // namespace pw
