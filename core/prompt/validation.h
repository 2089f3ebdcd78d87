#pragma once

#include "location.h"
#include "prompt.h"

namespace pw {

// The prompt-tools request rules (../shared/spec/prompt-tools.md):
// at least one message; only text blocks, no cache_control; the user messages
// come first and are contiguous; at most one trailing assistant message.
// Every finding is an Error naming its place, e.g.
// `messages[2].content[0]: only text blocks are allowed (found "image")`.
QList<Diagnostic> validateForPromptTools(const Prompt &prompt);

} // namespace pw
