#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

namespace pw {

// The texts of a prompt in the order fillVariables() and scanVariables() use:
// the system prompt first (always listed, even when empty), then every content
// block of every message. Analysis code walks prompts through these so all of
// it names places the same way (Location::path()).
QList<Location> textLocations(const Prompt &prompt);

// The text at a location returned by textLocations(); the location's offset is ignored.
const QString &textAt(const Prompt &prompt, const Location &location);
QString &textAt(Prompt &prompt, const Location &location);

// False for content blocks that are not "text" (images, documents, ...).
bool isTextSection(const Prompt &prompt, const Location &location);

} // namespace pw
