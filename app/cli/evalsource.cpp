#include "evalsource.h"

#include "document/documentfile.h"
#include "eval/casefiles.h"
#include "eval/graders.h"
#include "eval/promptrun.h"
#include "eval/runqueue.h"
#include "exchange/importers.h"
#include "prompt/variables.h"
#include "tools/modelbackends.h"

namespace pw::cli {

std::optional<EvalSource> readEvalSource(Context &context, const QString &path)
{
    const std::optional<QByteArray> data = context.readInput(path);
    if (!data)
        return std::nullopt;
    EvalSource source;
    source.path = path;
    source.name = Context::inputName(path);
    if (looksLikeDocument(*data, path)) {
        const DocumentReadResult read = parseDocument(*data, source.name);
        if (!read.ok()) {
            context.fail(ExitUsage, read.error);
            return std::nullopt;
        }
        source.prompt = read.document.prompt();
        source.cases = read.document.testCases();
        source.targetModel = read.document.targetModel();
        source.document = read.document;
    } else {
        const ImportResult imported = importPrompt(*data, source.name);
        if (!imported.ok()) {
            context.fail(ExitUsage, imported.error);
            return std::nullopt;
        }
        source.prompt = imported.prompt;
        source.targetModel = imported.targetModel;
        TestCase only;
        only.id = QStringLiteral("case-1");
        only.vars = imported.values;
        source.cases = {only};
    }
    return source;
}

ModelSettings modelSettings(const Context &context, const EvalSource &source, const EngineConfig &engine)
{
    const Options &o = context.options;
    ModelSettings settings;
    settings.engine = engine.engine;
    settings.model = !o.targetModel.isEmpty() ? o.targetModel
        : !source.targetModel.isEmpty()       ? source.targetModel
                                              : engine.toolModel;
    if (o.maxTokens > 0)
        settings.maxTokens = o.maxTokens;
    settings.temperature = o.temperature;
    settings.topP = o.topP;
    settings.stopSequences = o.stopSequences;
    settings.thinkingBudget = o.thinkingBudget;
    return settings;
}

bool reportSettingsProblems(Context &context, const Prompt &filled, const ModelSettings &settings)
{
    const QStringList problems = runSettingsProblems(filled, settings);
    for (const QString &problem : problems)
        context.fail(ExitUsage, problem);
    if (!problems.isEmpty())
        context.err() << "promptwerk-cli: nothing was sent" << Qt::endl;
    return !problems.isEmpty();
}

bool checkConcurrency(Context &context)
{
    const int concurrency = context.options.concurrency;
    if (concurrency >= 1 && concurrency <= RunQueue::maxConcurrencyLimit)
        return true;
    context.fail(ExitUsage, QStringLiteral("--concurrency takes a number from 1 to %1").arg(RunQueue::maxConcurrencyLimit));
    return false;
}

std::optional<TestSuite> readEvalCases(Context &context, const EvalSource &source)
{
    TestSuite cases = source.cases;
    QString casesName = source.name;
    if (!context.options.cases.isEmpty()) {
        const CaseImport imported = readCaseFile(context.options.cases);
        if (!imported.ok()) {
            context.fail(ExitUsage, imported.error);
            return std::nullopt;
        }
        cases = imported.cases;
        casesName = context.options.cases;
    }
    if (cases.isEmpty()) {
        context.fail(ExitUsage, QStringLiteral("%1: no test cases").arg(casesName));
        return std::nullopt;
    }
    for (const TestCase &testCase : std::as_const(cases)) {
        for (qsizetype i = 0; i < testCase.assertions.size(); ++i) {
            if (const std::optional<QString> problem = assertionProblem(testCase.assertions.at(i))) {
                context.fail(
                    ExitUsage, QStringLiteral("%1: %2: assert[%3]: %4").arg(casesName, testCase.id).arg(i).arg(*problem));
                return std::nullopt;
            }
        }
    }
    return cases;
}

bool casesCanRun(Context &context, const EvalSource &source, const TestSuite &cases, const ModelSettings &settings)
{
    for (const TestCase &testCase : cases) {
        const FillResult filled = fillVariables(source.prompt, testCase.vars);
        if (!filled.ok()) {
            context.fail(ExitUsage,
                QStringLiteral("%1: case %2 has no value for %3")
                    .arg(source.name, testCase.id, placeholder(filled.missing.constFirst())));
            return false;
        }
        if (reportSettingsProblems(context, filled.prompt, settings))
            return false;
    }
    return true;
}

GraderBackendFor graderBackends(const Context &context, const EngineConfig &engine, const std::shared_ptr<ApiClient> &client)
{
    const EngineInfo &info = *findEngine(engine.engine);
    const QString graderModel = context.options.graderModel.isEmpty() ? info.defaultGraderModel : context.options.graderModel;
    const bool anthropic = info.apiProtocol() == ApiProtocol::Anthropic;
    return [client, graderModel, anthropic](const QString &provider) -> std::shared_ptr<ModelBackend> {
        const QString model = provider.isEmpty() ? graderModel : provider;
        if (anthropic)
            return std::make_shared<AnthropicBackend>(client, model);
        return std::make_shared<OpenAiBackend>(client, model);
    };
}

int failWithStop(Context &context, const ApiError &error, const QString &message)
{
    const int code = error.isConnectionProblem()                                        ? ExitNetwork
        : error.kind == ApiErrorKind::Config || error.kind == ApiErrorKind::InsecureUrl ? ExitUsage
                                                                                        : ExitApi;
    return context.fail(code, message);
}

} // namespace pw::cli
