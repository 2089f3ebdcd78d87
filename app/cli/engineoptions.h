#pragma once

#include "cli.h"

#include "tools/engine.h"

namespace pw::cli {

// How the CLI reaches an engine: --options, then the environment, then the
// settings the window saved, then defaults; the API key from the
// environment, else from the keychain the window uses. On failure prints
// the reason and returns nullopt (the caller exits with ExitUsage).
std::optional<EngineConfig> resolveEngine(Context &context);

// The exit code for a failed tool or API call, after printing its message.
int failWith(Context &context, const ToolError &error);

} // namespace pw::cli
