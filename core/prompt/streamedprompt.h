#pragma once

#include "prompt/prompt.h"

#include <QStringView>

#include <optional>

namespace pw {

// The prompt in a tool's answer while it streams in. The answer is the
// prompt-tools response body as JSON ({"system": "...", "messages": [{"role":
// "user", "content": [{"type": "text", "text": "..."}]}], ...}), cut off
// anywhere, escapes and all. Gives the system prompt and the messages as far
// as they have arrived, their text unescaped (a string cut off is taken as
// far as it goes, an escape cut in half is left out), so that the window can
// show the prompt as it forms. Anything that is not this shape is skipped;
// nullopt when the text does not start a JSON object at all.
std::optional<Prompt> streamedPrompt(QStringView partialJson);

} // namespace pw
