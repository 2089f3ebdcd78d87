#include "engineoptions.h"

#include <QProcessEnvironment>

namespace pw::cli {

EngineSetup::EngineSetup(const Options &options)
    : m_settings(SettingsStore::openDefault()), m_keychain(QStringLiteral("io.github.promptwerk.Promptwerk"))
{
    m_sources.settings = m_settings.get();
    m_sources.secrets = &m_keychain;
    m_sources.environment = QProcessEnvironment::systemEnvironment();
    m_sources.overrides.engine = options.engine;
    m_sources.overrides.baseUrl = options.baseUrl;
    m_sources.overrides.toolModel = options.model;
    m_sources.overrides.timeoutSeconds = options.timeoutSeconds;
    m_sources.overrides.maxRetries = options.maxRetries;
}

QString engineChoices(const std::function<bool(const EngineInfo &)> &which)
{
    QStringList ids;
    for (const EngineInfo &engine : allEngines()) {
        if (which(engine))
            ids.append(engine.id);
    }
    const QString last = ids.isEmpty() ? QString() : ids.takeLast();
    return ids.isEmpty() ? last : QStringLiteral("%1 or %2").arg(ids.join(QStringLiteral(", ")), last);
}

bool checkEngine(Context &context)
{
    if (findEngine(context.options.engine))
        return true;
    context.fail(ExitUsage, QStringLiteral("unknown engine \"%1\" (choose %2)").arg(context.options.engine, engineIdList()));
    return false;
}

std::optional<EngineConfig> resolveEngine(Context &context, int *exitCode)
{
    *exitCode = ExitUsage;
    if (!checkEngine(context))
        return std::nullopt;
    const EngineSetup setup(context.options);
    const EngineConfigLookup lookup(context.options.engine, setup.sources());
    if (!context.waitFor(&lookup, &EngineConfigLookup::finished)) {
        *exitCode = context.fail(ExitInterrupted, QStringLiteral("interrupted"));
        return std::nullopt;
    }
    if (!lookup.error().isEmpty()) {
        context.fail(ExitUsage, lookup.error());
        return std::nullopt;
    }
    return lookup.config();
}

std::optional<EngineConfig> resolveEngineWithoutKey(Context &context)
{
    if (!checkEngine(context))
        return std::nullopt;
    const EngineSetup setup(context.options);
    QString error;
    EngineConfig config = engineConfigWithoutKeychain(context.options.engine, setup.sources(), &error);
    if (!error.isEmpty()) {
        context.fail(ExitUsage, error);
        return std::nullopt;
    }
    config.apiKey.clear(); // not even one from the environment
    return config;
}

int failWith(Context &context, const ToolError &error)
{
    switch (error.kind) {
    case ToolError::Kind::InvalidInput:
    case ToolError::Kind::Unsupported:
        return context.fail(ExitUsage, error.toString());
    case ToolError::Kind::Network:
        return context.fail(ExitNetwork, QStringLiteral("network error: ") + error.toString());
    case ToolError::Kind::Canceled:
        return context.fail(ExitInterrupted, QStringLiteral("interrupted"));
    case ToolError::Kind::Api:
        return context.fail(ExitApi, QStringLiteral("API error: ") + error.toString());
    case ToolError::Kind::Refusal:
    case ToolError::Kind::Truncated:
    case ToolError::Kind::InvalidOutput:
        break;
    }
    int code = context.fail(ExitApi, error.toString());
    if (error.kind == ToolError::Kind::Truncated && error.message.contains(QLatin1String("budget")))
        context.err() << "  Raise the budget with --max-tokens N (default 16000)." << Qt::endl;
    for (const QString &detail : error.detailTexts())
        context.err() << "  " << detail << Qt::endl;
    return code;
}

} // namespace pw::cli
