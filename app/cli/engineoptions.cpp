#include "engineoptions.h"

#include "secrets/keychainstore.h"
#include "tools/enginesettings.h"

#include <QEventLoop>
#include <QProcessEnvironment>

namespace pw::cli {

namespace {

// Reads a key the window stored in the keychain. The store answers
// asynchronously; a command-line tool may simply wait for it.
QString keyFromKeychain(const QString &engine)
{
    KeychainSecretStore store(QStringLiteral("io.github.promptwerk.Promptwerk"));
    QEventLoop loop;
    QString key;
    bool done = false;
    store.read(apiKeySecretName(engine), &loop, [&](const SecretStore::ReadResult &result) {
        key = result.found ? result.value : QString();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return key;
}

} // namespace

std::optional<EngineConfig> resolveEngine(Context &context)
{
    const Options &o = context.options;
    if (!isEngineName(o.engine)) {
        context.fail(ExitUsage,
            QStringLiteral("unknown engine \"%1\" (choose %2)").arg(o.engine, engineNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const std::unique_ptr<QSettings> settings = SettingsStore::openDefault();
    const SettingsStore store(settings.get());
    EngineOverrides overrides;
    overrides.baseUrl = o.baseUrl;
    overrides.toolModel = o.model;
    overrides.timeoutSeconds = o.timeoutSeconds;
    overrides.maxRetries = o.maxRetries;
    QString error;
    EngineConfig config = resolveEngineConfig(
        o.engine, store.engineSettings(o.engine), overrides, QProcessEnvironment::systemEnvironment(), &error);
    if (!error.isEmpty()) {
        context.fail(ExitUsage, error);
        return std::nullopt;
    }
    if (config.apiKey.isEmpty() && o.engine != QLatin1String("local"))
        config.apiKey = keyFromKeychain(o.engine);
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
    for (const Diagnostic &detail : error.details)
        context.err() << "  " << detail.toString() << Qt::endl;
    return code;
}

} // namespace pw::cli
