#pragma once

#include "location.h"
#include "prompt.h"

namespace pw {

// Which request rules a prompt must meet before a tool runs on it.
enum class PromptRules {
    // What the Messages API accepts: any order of user and assistant turns
    // (few-shot examples, a prefill). Only text blocks without
    // cache_control, since a tool's answer carries nothing else.
    MessagesApi,
    // The retired prompt-tools endpoint (../shared/spec/prompt-tools.md) on
    // top: the user messages come first and are contiguous, with at most one
    // trailing assistant message.
    PromptTools,
};

// At least one message, only text blocks, and the message order of `rules`.
// Every finding is an Error naming its place, e.g.
// `messages[2].content[0]: only text blocks are allowed (found "image")`.
QList<Diagnostic> validatePrompt(const Prompt &prompt, PromptRules rules);

} // namespace pw
