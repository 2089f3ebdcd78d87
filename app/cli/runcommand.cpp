// run: one prompt sent to its target model, the answer streamed to standard output.

#include "commands.h"
#include "engineoptions.h"
#include "evalsource.h"

#include "api/apiclient.h"
#include "eval/promptrun.h"
#include "prompt/variables.h"
#include "tools/apicall.h"

namespace pw::cli {

namespace {

// --case N: a case id, or its position from 1.
const TestCase *findCase(const TestSuite &cases, const QString &name)
{
    for (const TestCase &testCase : cases) {
        if (testCase.id == name)
            return &testCase;
    }
    bool isNumber = false;
    const int position = name.toInt(&isNumber);
    if (isNumber && position >= 1 && position <= cases.size())
        return &cases.at(position - 1);
    return nullptr;
}

QString summaryLine(const CellResult &cell)
{
    QStringList parts {cell.stopReason.isEmpty() ? QStringLiteral("(no stop reason)") : cell.stopReason,
        QStringLiteral("%1 input, %2 output tokens").arg(cell.usage.inputTokens).arg(cell.usage.outputTokens)};
    if (cell.firstTokenMs >= 0)
        parts.append(QStringLiteral("first token %1 ms").arg(cell.firstTokenMs));
    parts.append(QStringLiteral("%1 ms").arg(cell.latencyMs));
    if (!cell.requestId.isEmpty())
        parts.append(QStringLiteral("request ") + cell.requestId);
    if (cell.costUsd)
        parts.append(QStringLiteral("~$%1 (estimate)").arg(*cell.costUsd, 0, 'f', 6));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

int runPrompt(Context &context)
{
    const std::optional<EvalSource> source = readEvalSource(context, context.args.constFirst());
    if (!source)
        return ExitUsage;

    VariableValues values;
    if (!context.options.caseName.isEmpty()) {
        const TestCase *chosen = findCase(source->cases, context.options.caseName);
        if (!chosen) {
            return context.fail(ExitUsage,
                QStringLiteral("%1: no test case \"%2\" (it has %3; give an id or a position from 1)")
                    .arg(source->name, context.options.caseName)
                    .arg(source->cases.size()));
        }
        values = chosen->vars;
    } else if (!source->cases.isEmpty()) {
        values = source->cases.constFirst().vars;
    }
    for (const QString &assignment : context.options.vars) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(equals);
        if (equals < 0 || !isValidVariableName(name))
            return context.fail(
                ExitUsage, QStringLiteral("--var takes NAME=VALUE with a variable name (found \"%1\")").arg(assignment));
        values.insert(name, assignment.mid(equals + 1));
    }
    const FillResult filled = fillVariables(source->prompt, values);
    if (!filled.ok()) {
        return context.fail(ExitUsage,
            QStringLiteral("%1: no value for %2: give one with --var %3=VALUE")
                .arg(source->name, placeholder(filled.missing.constFirst()), filled.missing.constFirst()));
    }

    int exitCode = ExitOk;
    const std::optional<EngineConfig> engine = resolveEngine(context, &exitCode);
    if (!engine)
        return exitCode;
    const ModelSettings settings = modelSettings(context, *source, *engine);
    if (reportSettingsProblems(context, filled.prompt, settings))
        return ExitUsage;

    ApiClient client(toApiConfig(*engine));
    PromptRun run(client, filled.prompt, settings);
    bool endsWithNewline = true;
    QObject::connect(&run, &PromptRun::textReceived, &run, [&](const QString &delta) {
        context.out() << delta << Qt::flush;
        endsWithNewline = delta.endsWith(QLatin1Char('\n'));
    });
    QObject::connect(&run, &PromptRun::retryScheduled, &run, [&](const ApiError &reason, int delayMs, int nextAttempt) {
        context.err() << "promptwerk-cli: " << retryStatus(reason, delayMs, nextAttempt) << Qt::endl;
    });
    run.start();
    const bool completed = context.waitFor(&run, &PromptRun::finished);
    if (!endsWithNewline)
        context.out() << Qt::endl;
    if (!completed) {
        run.cancel();
        return context.fail(ExitInterrupted, QStringLiteral("interrupted"));
    }
    if (run.error())
        return failWith(context, toolErrorFromApi(*run.error()));
    context.err() << summaryLine(run.result()) << Qt::endl;
    return ExitOk;
}

} // namespace pw::cli
