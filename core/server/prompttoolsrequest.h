#pragma once

#include "tools/toolrun.h"

#include <QByteArray>

namespace pw {

// A prompt-tools request body read the way the retired endpoints read it
// (../shared/spec/prompt-tools.md): a JSON object with exactly the fields of
// its operation, the message rules of validatePrompt(PromptRules::PromptTools), and the first
// problem named by its JSON path (`messages[2].content[0]: …`).
struct ToolRequestParse
{
    ToolRequest request;
    QString error; // empty when the request is usable
    bool ok() const { return error.isEmpty(); }
};

ToolRequestParse toolRequestFromJson(Tool tool, const QByteArray &body);

} // namespace pw
