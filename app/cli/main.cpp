#include "cli.h"
#include "commands.h"
#include "engineoptions.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <utility>

using namespace pw::cli;

namespace {

struct CommandInfo
{
    const char *name;
    const char *arguments; // for the usage line
    const char *summary;
    int (*run)(Context &);
    int minArgs;
    int maxArgs;
};

// Every command of promptwerk-cli. Keep in sync with packaging/promptwerk-cli.1.
const QList<CommandInfo> commands = {
    {"models", "", "List the models the engine offers", runModels, 0, 0},
    {"count-tokens", "FILE", "Count the input tokens of a prompt (Anthropic API)", runCountTokens, 1, 1},
    {"generate", "--task TEXT", "Generate a prompt from a task description", runTool, 0, 0},
    {"improve", "FILE [--feedback TEXT]", "Improve a prompt", runTool, 1, 1},
    {"templatize", "FILE", "Replace concrete values with {{VARIABLES}}", runTool, 1, 1},
    {"lint", "FILE", "Check a prompt (exit 1 when something is found)", runLint, 1, 1},
    {"diff", "A B [--json]", "Word diff of two prompts (exit 1 when they differ)", runDiff, 2, 2},
    {"export", "FILE --format FORMAT [-o OUT]", "Export a prompt as a template for code", runExport, 1, 1},
    {"run", "FILE [--var NAME=VALUE]... [--case N]", "Send a prompt to its target model and stream the answer", runPrompt, 1, 1},
    {"serve", "[--listen HOST:PORT] [--client-keys FILE]", "Answer the retired prompt-tools endpoints over HTTP", runServe, 0, 0},
    {"eval", "FILE [--cases CASES] [--compare FILE2]... [-o OUT]... [--save] [--batch [--resume] [--cancel]]",
        "Run prompt versions over test cases and grade them (exit 1 when a case fails)", runEval, 1, 1},
    {"optimize", "FILE [--cases CASES] [--rounds N] [--candidates K] [--holdout F] [--seed S] [--budget-tokens T] [-o OUT]",
        "Search for a better prompt against the test cases (exit 1 when it does not beat the original on held-out cases)",
        runOptimize, 1, 1},
};

// A whole number from min to max for --name, or nullopt after saying what is wrong.
std::optional<qint64> numberOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    QTextStream(stderr) << "promptwerk-cli: --" << option.names().constFirst() << " takes a number from " << min << " to " << max
                        << Qt::endl;
    return std::nullopt;
}

QString commandHelp()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const CommandInfo &c : commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(c.name), QLatin1String(c.arguments), QLatin1String(c.summary));
    text += QStringLiteral("\nFILE is a JSON prompt ({\"system\": ..., \"messages\": [...]}) or any text file,\n"
                           "taken as one user message; - reads standard input.\n"
                           "\nExit codes: 0 success, 1 findings (lint), differences (diff), failed cases (eval) or no proven\n"
                           "gain (optimize), "
                           "2 bad usage or invalid input, 3 API error, 4 network failure or timeout, 130 interrupted.\n"
                           "\nEnvironment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, OPENAI_API_KEY, OPENAI_BASE_URL.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promptwerk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Promptwerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMPTWERK_VERSION));
    Interrupts::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Promptwerk on the command line: generate, improve and templatize prompts."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption engineOption(QStringLiteral("engine"),
        QStringLiteral("Engine: %1 (default %2).")
            .arg(engineChoices([](const pw::EngineInfo &) { return true; }), pw::defaultEngine().id),
        QStringLiteral("NAME"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
        QStringLiteral("Server base URL (overrides ANTHROPIC_BASE_URL / OPENAI_BASE_URL)."), QStringLiteral("URL"));
    const QCommandLineOption targetModelOption(
        QStringLiteral("target-model"), QStringLiteral("The model the prompt is written for."), QStringLiteral("ID"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), QStringLiteral("The model that runs the tool."), QStringLiteral("ID"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Per-request timeout in seconds (default 600)."), QStringLiteral("SECONDS"));
    const QCommandLineOption retriesOption(
        QStringLiteral("max-retries"), QStringLiteral("Retries of a failed request (default 2)."), QStringLiteral("N"));
    const QCommandLineOption maxTokensOption(QStringLiteral("max-tokens"),
        QStringLiteral("Output token budget: of the tool model (default 16000), or of the target model for run, eval and "
                       "optimize (default 1024)."),
        QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a readable rendering."));
    const QCommandLineOption taskOption(
        QStringLiteral("task"), QStringLiteral("generate: what the prompt is for."), QStringLiteral("TEXT"));
    const QCommandLineOption feedbackOption(
        QStringLiteral("feedback"), QStringLiteral("improve: what to change."), QStringLiteral("TEXT"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("export, optimize -o: the output format."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("export: write to FILE instead of standard output; eval: write the results to FILE (.json, .csv, .xml; "
                       "repeatable); optimize: write the winning prompt to FILE (the format by its extension)."),
        QStringLiteral("FILE"));
    const QCommandLineOption temperatureOption(QStringLiteral("temperature"),
        QStringLiteral("run, eval, optimize: the target model's temperature."), QStringLiteral("T"));
    const QCommandLineOption topPOption(
        QStringLiteral("top-p"), QStringLiteral("run, eval, optimize: the target model's top_p."), QStringLiteral("P"));
    const QCommandLineOption stopOption(
        QStringLiteral("stop"), QStringLiteral("run, eval, optimize: a stop sequence (repeatable)."), QStringLiteral("TEXT"));
    const QCommandLineOption thinkingOption(QStringLiteral("thinking-budget"),
        QStringLiteral("run, eval, optimize: extended thinking with this many tokens (claude)."), QStringLiteral("N"));
    const QCommandLineOption varOption(
        QStringLiteral("var"), QStringLiteral("run: a variable's value (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption caseOption(QStringLiteral("case"),
        QStringLiteral("run: the test case whose values fill the prompt: an id or a position from 1 (default: the first)."),
        QStringLiteral("N"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("serve: the address to answer on (default 127.0.0.1:8080; other than loopback only with --client-keys)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption clientKeysOption(QStringLiteral("client-keys"),
        QStringLiteral("serve: use the server's own API key and answer only clients with a key listed in FILE, one per line."),
        QStringLiteral("FILE"));
    const QCommandLineOption logBodiesOption(
        QStringLiteral("log-bodies"), QStringLiteral("serve: put request and response bodies (prompt text) in the log."));
    const QCommandLineOption maxConnectionsOption(QStringLiteral("max-connections"),
        QStringLiteral("serve: connections answered at once; more get 429 (default 64)."), QStringLiteral("N"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-bytes"),
        QStringLiteral("serve: the largest request body; larger ones get 413 (default 8388608)."), QStringLiteral("N"));
    const QCommandLineOption clientTimeoutOption(QStringLiteral("client-timeout"),
        QStringLiteral("serve: seconds a request may take to arrive; slower clients get 408 (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption stopTimeoutOption(QStringLiteral("stop-timeout"),
        QStringLiteral("serve: seconds requests may finish after SIGTERM or SIGINT (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption casesOption(QStringLiteral("cases"),
        QStringLiteral("eval, optimize: the test cases (.csv, .jsonl, promptfoo .yaml) instead of the document's."),
        QStringLiteral("FILE"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        QStringLiteral("eval: another prompt version run over the same cases (repeatable)."), QStringLiteral("FILE2"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
        QStringLiteral("eval, optimize: requests at once, 1 to 64 (default 4)."), QStringLiteral("N"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"), QStringLiteral("eval: run every case N times (default 1)."), QStringLiteral("N"));
    const QCommandLineOption graderModelOption(QStringLiteral("grader-model"),
        QStringLiteral("eval, optimize: the model of model-graded assertions (default: a fast model)."), QStringLiteral("ID"));
    const QCommandLineOption saveOption(QStringLiteral("save"), QStringLiteral("eval: store the runs in the document."));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
        QStringLiteral("eval: send the cases through the engine's batch API at half price; the batch ids go into a state "
                       "file beside the output (OUT.batch.json) as soon as each batch exists."));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
        QStringLiteral("eval --batch: continue the batches of the state file (after an interrupt or a crash) instead of "
                       "sending the cases again."));
    const QCommandLineOption cancelOption(QStringLiteral("cancel"),
        QStringLiteral("eval --batch: cancel the batches of the state file at the server, then read and keep what "
                       "finished before the cancel took effect (implies --resume)."));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"),
        QStringLiteral("eval --batch: seconds before the first poll of a batch (default 2; the wait grows to 60)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("optimize: at most N rounds of candidates (default 3)."), QStringLiteral("N"));
    const QCommandLineOption candidatesOption(QStringLiteral("candidates"),
        QStringLiteral("optimize: candidates the tool model writes per round (default 3)."), QStringLiteral("K"));
    const QCommandLineOption holdoutOption(QStringLiteral("holdout"),
        QStringLiteral("optimize: the fraction of the cases held out to check the winner (default 0.3)."), QStringLiteral("F"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("optimize: the seed of the split into training and held-out cases (default 1)."), QStringLiteral("S"));
    const QCommandLineOption budgetTokensOption(QStringLiteral("budget-tokens"),
        QStringLiteral("optimize: stop the search once it has spent T tokens (default: no limit)."), QStringLiteral("T"));
    parser.addOptions({roundsOption, candidatesOption, holdoutOption, seedOption, budgetTokensOption});
    parser.addOptions({engineOption, baseUrlOption, targetModelOption, modelOption, timeoutOption, retriesOption, maxTokensOption,
        jsonOption, taskOption, feedbackOption, formatOption, outputOption, temperatureOption, topPOption, stopOption,
        thinkingOption, varOption, caseOption, casesOption, compareOption, concurrencyOption, repeatOption, graderModelOption,
        saveOption, batchOption, resumeOption, cancelOption, pollOption, listenOption, clientKeysOption, logBodiesOption,
        maxConnectionsOption, maxBodyOption, clientTimeoutOption, stopTimeoutOption});
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("What to do (see Commands below)."), QStringLiteral("COMMAND [ARGS]"));

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "promptwerk-cli: " << parser.errorText() << "\nTry 'promptwerk-cli --help'." << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText() << commandHelp();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "promptwerk-cli " << PROMPTWERK_VERSION << Qt::endl;
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "promptwerk-cli: no command given\nTry 'promptwerk-cli --help'." << Qt::endl;
        return ExitUsage;
    }
    const QString name = positional.takeFirst();
    const CommandInfo *command = nullptr;
    for (const CommandInfo &c : commands) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    if (!command) {
        err << "promptwerk-cli: unknown command '" << name << "'\nTry 'promptwerk-cli --help'." << Qt::endl;
        return ExitUsage;
    }
    if (positional.size() < command->minArgs || positional.size() > command->maxArgs) {
        err << "promptwerk-cli: usage: promptwerk-cli " << command->name << ' ' << command->arguments << Qt::endl;
        return ExitUsage;
    }

    Options options;
    if (parser.isSet(engineOption))
        options.engine = parser.value(engineOption);
    options.baseUrl = parser.value(baseUrlOption);
    options.targetModel = parser.value(targetModelOption);
    options.model = parser.value(modelOption);
    options.json = parser.isSet(jsonOption);
    options.task = parser.value(taskOption);
    options.feedback = parser.value(feedbackOption);
    options.format = parser.value(formatOption);
    options.output = parser.value(outputOption);
    options.stopSequences = parser.values(stopOption);
    options.vars = parser.values(varOption);
    options.caseName = parser.value(caseOption);
    options.outputs = parser.values(outputOption);
    options.cases = parser.value(casesOption);
    options.compare = parser.values(compareOption);
    options.graderModel = parser.value(graderModelOption);
    options.save = parser.isSet(saveOption);
    options.cancelBatches = parser.isSet(cancelOption);
    options.resume = parser.isSet(resumeOption) || options.cancelBatches;
    options.batch = parser.isSet(batchOption) || options.resume;
    bool ok = true;
    if (parser.isSet(pollOption)) {
        options.pollSeconds = parser.value(pollOption).toDouble(&ok);
        if (!ok || options.pollSeconds < 0.001 || options.pollSeconds > 3600) {
            err << "promptwerk-cli: --poll-interval takes a number of seconds from 0.001 to 3600" << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(holdoutOption)) {
        options.holdout = parser.value(holdoutOption).toDouble(&ok);
        if (!ok || options.holdout < 0 || options.holdout >= 1) {
            err << "promptwerk-cli: --holdout takes a fraction from 0 to below 1, such as 0.3" << Qt::endl;
            return ExitUsage;
        }
    }
    for (const auto &[option, value] :
        {std::pair {&temperatureOption, &options.temperature}, std::pair {&topPOption, &options.topP}}) {
        if (!parser.isSet(*option))
            continue;
        *value = parser.value(*option).toDouble(&ok);
        if (!ok) {
            err << "promptwerk-cli: --" << option->names().constFirst() << " takes a number" << Qt::endl;
            return ExitUsage;
        }
    }
    for (const auto &[option, value] : {std::pair {&thinkingOption, &options.thinkingBudget},
             std::pair {&concurrencyOption, &options.concurrency}, std::pair {&repeatOption, &options.repeat}}) {
        if (!parser.isSet(*option))
            continue;
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value < 1) {
            err << "promptwerk-cli: --" << option->names().constFirst() << " takes a positive number" << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(timeoutOption)) {
        options.timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || options.timeoutSeconds <= 0) {
            err << "promptwerk-cli: --timeout takes a positive number of seconds" << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(retriesOption)) {
        options.maxRetries = parser.value(retriesOption).toInt(&ok);
        if (!ok || options.maxRetries < 0 || options.maxRetries > 10) {
            err << "promptwerk-cli: --max-retries takes a number from 0 to 10" << Qt::endl;
            return ExitUsage;
        }
    }

    if (parser.isSet(maxTokensOption)) {
        options.maxTokens = parser.value(maxTokensOption).toInt(&ok);
        if (!ok || options.maxTokens <= 0) {
            err << "promptwerk-cli: --max-tokens takes a positive number" << Qt::endl;
            return ExitUsage;
        }
    }

    if (parser.isSet(listenOption))
        options.listen = parser.value(listenOption);
    options.clientKeysFile = parser.value(clientKeysOption);
    options.logBodies = parser.isSet(logBodiesOption);
    const auto readNumber = [&](const QCommandLineOption &option, qint64 min, qint64 max, auto *target) {
        if (!parser.isSet(option))
            return true;
        const std::optional<qint64> value = numberOption(parser, option, min, max);
        if (value)
            *target = std::remove_pointer_t<decltype(target)>(*value);
        return value.has_value();
    };
    if (!readNumber(maxConnectionsOption, 1, 10000, &options.maxConnections)
        || !readNumber(maxBodyOption, 1, qint64(1) << 31, &options.maxBodyBytes)
        || !readNumber(clientTimeoutOption, 1, 3600, &options.clientTimeoutSeconds)
        || !readNumber(stopTimeoutOption, 0, 3600, &options.stopTimeoutSeconds)
        || !readNumber(roundsOption, 1, 100, &options.rounds) || !readNumber(candidatesOption, 1, 20, &options.candidates)
        || !readNumber(seedOption, 0, 4294967295LL, &options.seed)
        || !readNumber(budgetTokensOption, 1, qint64(1) << 50, &options.budgetTokens))
        return ExitUsage;

    Context context(name, positional, options);
    return command->run(context);
}
