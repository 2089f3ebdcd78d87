#pragma once

#include "api/apiconfig.h"
#include "model/tool.h"
#include "prompt/validation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pw {

// How an engine reaches a model.
enum class EngineProtocol {
    AnthropicMessages, // the Messages API, streamed, with structured output
    OpenAiChat, // OpenAI-compatible chat completions
    PromptTools, // the retired /v1/experimental/*_prompt protocol
    InProcess, // no server, no model: runs on this computer
};

// Whether a run may start without an API key.
enum class KeyRule {
    Required, // the server refuses every request without one
    Optional, // local model servers (Ollama, llama.cpp) usually take none
    None, // nothing is sent anywhere
};

// Everything Promptwerk knows about one engine. The window, the CLI, the
// model catalog and the engines themselves ask here instead of comparing
// engine names.
struct EngineInfo
{
    QString id; // "claude": what settings, documents and --engine store
    EngineProtocol protocol = EngineProtocol::InProcess;
    KeyRule keyRule = KeyRule::None;
    QString keyVariable; // the environment variable holding the API key; empty: none
    QString baseUrlVariable; // the environment variable overriding the base URL; empty: none
    QUrl defaultBaseUrl; // empty: no server
    QString defaultToolModel; // empty: none, or the server chooses
    QString defaultGraderModel; // a fast model for model-graded assertions; empty: none
    QString keychainEntry; // the keychain name of its key; engines sharing a key share it
    QList<Tool> tools; // the tools it can run
    PromptRules promptRules = PromptRules::MessagesApi; // what a prompt must meet before a tool runs on it
    bool choosesToolModel = false; // false: the server picks the model (or there is none)
    bool canListModels = false; // a models endpoint for the target-model list
    bool canCountTokens = false; // the Messages API's count_tokens
    bool canRunPrompts = false; // sends a prompt to a model and returns its answer (evaluation)
    QString displayName; // in selectors and the status bar; a name, the same in every language
    const char *toolTipText = nullptr; // untranslated; see toolTip()
    const char *descriptionText = nullptr; // untranslated; see description()

    bool supports(Tool tool) const { return tools.contains(tool); }
    bool needsKey() const { return keyRule == KeyRule::Required; }
    bool takesKey() const { return keyRule != KeyRule::None; }
    bool runsOffline() const { return protocol == EngineProtocol::InProcess; }
    // Its tool model answers in a JSON schema we give (structured output): what generating test cases needs.
    bool answersWithSchema() const
    {
        return protocol == EngineProtocol::AnthropicMessages || protocol == EngineProtocol::OpenAiChat;
    }
    // The wire protocol of its HTTP requests; nullopt when it sends none.
    std::optional<ApiProtocol> apiProtocol() const;

    // For people, translated: a one-line tool tip for the engine selector,
    // and a sentence for the Settings dialog.
    QString toolTip() const;
    QString description() const;
};

// The engines, in the order the window lists them; claude first, the default.
const QList<EngineInfo> &allEngines();
QStringList engineIds();
// Null for an unknown id.
const EngineInfo *findEngine(const QString &id);
const EngineInfo &defaultEngine();
// The engine whose server lists the target models, the models a prompt is
// written for. Which engine runs the tools has nothing to do with them.
const EngineInfo &targetModelEngine();
// "claude, prompt-tools, openai, local", for messages about a bad engine name.
QString engineIdList();
// A short stable name of an HTTP protocol family, for file names ("anthropic", "openai").
QString apiProtocolId(ApiProtocol protocol);

} // namespace pw
