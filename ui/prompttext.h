#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

namespace pw {

// How the window writes a prompt, and a place in it, as text.

// "System", its text, then "Message 1 · user" and its text, ...: the
// sections the diff view shows, for a prompt shown whole (the run panel's
// live preview, a revision's preview in the history).
QString promptAsText(const Prompt &prompt);

// Where something is in a prompt, as the window says it everywhere (the
// checks, a tool's notes): "System, line 3", "Message 2, line 1", "Prompt".
QString placeText(const Location &location, const Prompt &prompt);

} // namespace pw
