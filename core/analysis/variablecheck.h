#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

namespace pw {

// Improve must keep the original's variables. One Warning per variable of
// `original` that `improved` no longer has, code "dropped-variable", located
// at the variable's first occurrence in the ORIGINAL (that is where the user
// can see what it was for), in the order the original uses them. Matching is
// by exact name: {{order_id}} -> {{ORDER_ID}} counts as dropped.
QList<Diagnostic> droppedVariables(const Prompt &original, const Prompt &improved);

} // namespace pw
