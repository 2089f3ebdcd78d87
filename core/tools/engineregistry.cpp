#include "engineregistry.h"

#include <QCoreApplication>

namespace pw {

namespace {

constexpr char context[] = "pw::EngineInfo";

QList<EngineInfo> makeEngines()
{
    const QString anthropicKey = QStringLiteral("ANTHROPIC_API_KEY");
    const QString anthropicBase = QStringLiteral("ANTHROPIC_BASE_URL");
    const QString anthropicKeychain = QStringLiteral("anthropic-api-key");
    const QList<Tool> everyTool = allTools();

    EngineInfo claude;
    claude.id = QStringLiteral("claude");
    claude.protocol = EngineProtocol::AnthropicMessages;
    claude.keyRule = KeyRule::Required;
    claude.keyVariable = anthropicKey;
    claude.baseUrlVariable = anthropicBase;
    claude.defaultBaseUrl = ApiConfig::defaultBaseUrl(ApiProtocol::Anthropic);
    claude.defaultToolModel = QStringLiteral("claude-sonnet-5-5");
    claude.defaultGraderModel = QStringLiteral("claude-haiku-5-5");
    claude.keychainEntry = anthropicKeychain;
    claude.tools = everyTool;
    claude.choosesToolModel = true;
    claude.canListModels = true;
    claude.canCountTokens = true;
    claude.canRunPrompts = true;
    claude.displayName = QStringLiteral("claude");
    claude.toolTipText = QT_TRANSLATE_NOOP("pw::EngineInfo", "Claude through the Messages API (needs an Anthropic API key)");
    claude.descriptionText = QT_TRANSLATE_NOOP(
        "pw::EngineInfo", "Runs the tools on Claude through the Messages API, with streamed, structured output.");

    EngineInfo promptTools;
    promptTools.id = QStringLiteral("prompt-tools");
    promptTools.protocol = EngineProtocol::PromptTools;
    promptTools.keyRule = KeyRule::Required;
    promptTools.keyVariable = anthropicKey;
    promptTools.baseUrlVariable = anthropicBase;
    promptTools.defaultBaseUrl = ApiConfig::defaultBaseUrl(ApiProtocol::Anthropic);
    promptTools.keychainEntry = anthropicKeychain;
    promptTools.tools = everyTool;
    promptTools.promptRules = PromptRules::PromptTools;
    promptTools.canListModels = true;
    promptTools.canCountTokens = true;
    promptTools.displayName = QStringLiteral("prompt-tools");
    promptTools.toolTipText = QT_TRANSLATE_NOOP("pw::EngineInfo", "A server that speaks the prompt-tools protocol");
    promptTools.descriptionText = QT_TRANSLATE_NOOP(
        "pw::EngineInfo", "Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.");

    EngineInfo openAi;
    openAi.id = QStringLiteral("openai");
    openAi.protocol = EngineProtocol::OpenAiChat;
    openAi.keyRule = KeyRule::Optional;
    openAi.keyVariable = QStringLiteral("OPENAI_API_KEY");
    openAi.baseUrlVariable = QStringLiteral("OPENAI_BASE_URL");
    openAi.defaultBaseUrl = QUrl(QStringLiteral("http://localhost:11434/v1")); // Ollama: local-first
    openAi.defaultToolModel = QStringLiteral("llama3.2");
    openAi.defaultGraderModel = openAi.defaultToolModel;
    openAi.keychainEntry = QStringLiteral("openai-api-key");
    openAi.tools = everyTool;
    openAi.choosesToolModel = true;
    openAi.canListModels = true;
    openAi.canRunPrompts = true;
    openAi.displayName = QStringLiteral("openai");
    openAi.toolTipText
        = QT_TRANSLATE_NOOP("pw::EngineInfo", "An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI");
    openAi.descriptionText = QT_TRANSLATE_NOOP(
        "pw::EngineInfo", "Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.");

    EngineInfo local;
    local.id = QStringLiteral("local");
    local.protocol = EngineProtocol::InProcess;
    local.keyRule = KeyRule::None;
    local.tools = {Tool::Templatize};
    local.displayName = QStringLiteral("local");
    local.toolTipText = QT_TRANSLATE_NOOP("pw::EngineInfo", "Offline, on this computer: templatize and checks only");
    local.descriptionText = QT_TRANSLATE_NOOP("pw::EngineInfo",
        "Runs on this computer without a model: it templatizes and checks prompts offline. "
        "Generate and Improve need one of the other engines.");

    return {claude, promptTools, openAi, local};
}

} // namespace

std::optional<ApiProtocol> EngineInfo::apiProtocol() const
{
    switch (protocol) {
    case EngineProtocol::AnthropicMessages:
    case EngineProtocol::PromptTools:
        return ApiProtocol::Anthropic;
    case EngineProtocol::OpenAiChat:
        return ApiProtocol::OpenAi;
    case EngineProtocol::InProcess:
        break;
    }
    return std::nullopt;
}

QString EngineInfo::toolTip() const
{
    return QCoreApplication::translate(context, toolTipText);
}

QString EngineInfo::description() const
{
    return QCoreApplication::translate(context, descriptionText);
}

const QList<EngineInfo> &allEngines()
{
    static const QList<EngineInfo> engines = makeEngines();
    return engines;
}

QStringList engineIds()
{
    QStringList ids;
    for (const EngineInfo &engine : allEngines())
        ids.append(engine.id);
    return ids;
}

const EngineInfo *findEngine(const QString &id)
{
    for (const EngineInfo &engine : allEngines()) {
        if (engine.id == id)
            return &engine;
    }
    return nullptr;
}

const EngineInfo &defaultEngine()
{
    return allEngines().constFirst();
}

const EngineInfo &targetModelEngine()
{
    return defaultEngine();
}

QString engineIdList()
{
    return engineIds().join(QStringLiteral(", "));
}

QString apiProtocolId(ApiProtocol protocol)
{
    return protocol == ApiProtocol::OpenAi ? QStringLiteral("openai") : QStringLiteral("anthropic");
}

} // namespace pw
