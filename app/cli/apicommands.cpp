// models and count-tokens: direct API calls, no tool run.

#include "commands.h"
#include "engineoptions.h"

#include "analysis/checks.h"
#include "api/anthropicjobs.h"
#include "api/apiclient.h"
#include "api/openaijobs.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "tools/apicall.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pw::cli {

namespace {

// Runs a job to its end; returns an exit code when it did not succeed.
std::optional<int> runJob(Context &context, ApiJob &job)
{
    job.start();
    if (!context.waitFor(&job, &ApiJob::finished)) {
        job.cancel();
        return context.fail(ExitInterrupted, QStringLiteral("interrupted"));
    }
    if (!job.succeeded())
        return failWith(context, toolErrorFromApi(*job.error()));
    return std::nullopt;
}

} // namespace

int runModels(Context &context)
{
    int exitCode = ExitOk;
    const std::optional<EngineConfig> config = resolveEngine(context, &exitCode);
    if (!config)
        return exitCode;
    const EngineInfo &engine = *findEngine(config->engine);
    if (!engine.canListModels)
        return context.fail(ExitUsage,
            QStringLiteral("the %1 engine has no models; use --engine %2").arg(engine.id, engineChoices([](const EngineInfo &e) {
                return e.canListModels && e.canRunPrompts;
            })));

    ApiClient client(toApiConfig(*config));
    const bool openAi = engine.apiProtocol() == ApiProtocol::OpenAi;
    std::unique_ptr<ApiJob> job;
    if (openAi)
        job = std::make_unique<OpenAiModelsJob>(client);
    else
        job = std::make_unique<ModelsJob>(client);
    if (const std::optional<int> failed = runJob(context, *job))
        return *failed;
    const QList<ModelInfo> &models
        = openAi ? static_cast<OpenAiModelsJob &>(*job).models() : static_cast<ModelsJob &>(*job).models();
    if (context.options.json) {
        QJsonArray data;
        for (const ModelInfo &model : models) {
            QJsonObject entry {{QStringLiteral("id"), model.id}};
            if (!model.displayName.isEmpty())
                entry.insert(QStringLiteral("display_name"), model.displayName);
            if (model.createdAt.isValid())
                entry.insert(QStringLiteral("created_at"), model.createdAt.toString(Qt::ISODate));
            data.append(entry);
        }
        context.out() << toJsonBytes(QJsonObject {{QStringLiteral("data"), data}});
    } else {
        qsizetype width = 0;
        for (const ModelInfo &model : models)
            width = std::max(width, model.id.size());
        for (const ModelInfo &model : models) {
            context.out() << model.id.leftJustified(width + 2) << model.displayName;
            if (model.createdAt.isValid())
                context.out() << "  (" << model.createdAt.date().toString(Qt::ISODate) << ')';
            context.out() << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int runCountTokens(Context &context)
{
    const QString path = context.args.constFirst();
    const std::optional<Prompt> prompt = context.readPrompt(path);
    if (!prompt)
        return ExitUsage;
    // The Messages API rejects these: say so without sending anything.
    const QString name = Context::inputName(path);
    if (prompt->messages.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("%1: messages: at least one message is required").arg(name));
    for (const Diagnostic &finding : checkPrompt(*prompt)) {
        if (finding.severity == Severity::Error)
            return context.fail(ExitUsage, QStringLiteral("%1: %2").arg(name, finding.toString()));
    }
    int exitCode = ExitOk;
    const std::optional<EngineConfig> config = resolveEngine(context, &exitCode);
    if (!config)
        return exitCode;
    if (!findEngine(config->engine)->canCountTokens)
        return context.fail(
            ExitUsage, QStringLiteral("count-tokens uses the Anthropic API: use --engine %1").arg(defaultEngine().id));

    // Count for the model the prompt is written for, else the tool model.
    const QString model = !context.options.targetModel.isEmpty() ? context.options.targetModel : config->toolModel;
    QJsonObject body {{QStringLiteral("model"), model}, {QStringLiteral("messages"), messagesToJson(prompt->messages)}};
    if (!prompt->system.isEmpty())
        body.insert(QStringLiteral("system"), prompt->system);
    ApiClient client(toApiConfig(*config));
    CountTokensJob job(client, body);
    if (const std::optional<int> failed = runJob(context, job))
        return *failed;
    if (context.options.json)
        context.out() << toJsonBytes(QJsonObject {{QStringLiteral("input_tokens"), job.inputTokens()}}, QJsonDocument::Compact)
                      << '\n';
    else
        context.out() << job.inputTokens() << " input tokens (" << model << ")\n";
    context.out().flush();
    return ExitOk;
}

} // namespace pw::cli
