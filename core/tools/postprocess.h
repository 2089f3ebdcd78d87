#pragma once

#include "toolrun.h"

#include <optional>

namespace pw {

// The checks every tool result gets, whatever engine produced it:
// - the result must be a valid prompt-tools prompt;
// - templatize: filling the template with its values gives back the
//   original byte for byte; wrong values are recomputed from the alignment,
//   a template that does not align is refused with the place it differs;
// - improve: variables of the original missing from the result are noted;
// - generate and improve: a trailing assistant prefill for a target model
//   that rejects prefills is folded into the last user message (noted).
// Returns an error when the result must not be used, e.g. when it breaks the
// engine's prompt rules.
std::optional<ToolError> finalizeToolResult(const ToolRequest &request, PromptRules rules, ToolResult &result);

// The text that replaces a prefill the target model would reject.
QString foldedPrefillInstruction(const QString &prefill);

} // namespace pw
