#pragma once

#include "cli.h"

#include "secrets/keychainstore.h"
#include "tools/engineconfiglookup.h"

#include <QSettings>

#include <functional>
#include <memory>

namespace pw::cli {

// Where the CLI finds an engine's configuration, for the same
// EngineConfigLookup as the window: the command-line options first, then the
// environment, the settings the window saved and the keychain it stores keys in.
class EngineSetup
{
public:
    explicit EngineSetup(const Options &options);
    const EngineSources &sources() const { return m_sources; }

private:
    std::unique_ptr<QSettings> m_settings;
    KeychainSecretStore m_keychain;
    EngineSources m_sources;
};

// The ids of the engines that pass `which`, for messages: "claude, prompt-tools or local".
QString engineChoices(const std::function<bool(const EngineInfo &)> &which);

// False, after printing why, when --engine names no engine of the registry.
bool checkEngine(Context &context);

// How the CLI reaches an engine (models, count-tokens). On failure prints the
// reason and returns nullopt with the exit code in *exitCode (ExitUsage, or
// ExitInterrupted when the user interrupted the keychain).
std::optional<EngineConfig> resolveEngine(Context &context, int *exitCode);
// The same without looking for a key (serve in pass-through mode, which
// holds none); prints the reason and returns nullopt on failure (ExitUsage).
std::optional<EngineConfig> resolveEngineWithoutKey(Context &context);

// The exit code for a failed tool or API call, after printing its message.
int failWith(Context &context, const ToolError &error);

} // namespace pw::cli
