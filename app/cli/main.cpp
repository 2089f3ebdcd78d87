#include "cli.h"
#include "commands.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
};

QString commandHelp()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const CommandInfo &c : commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(c.name), QLatin1String(c.arguments), QLatin1String(c.summary));
    text += QStringLiteral("\nFILE is a JSON prompt ({\"system\": ..., \"messages\": [...]}) or any text file,\n"
                           "taken as one user message; - reads standard input.\n"
                           "\nExit codes: 0 success, 1 findings (lint) or differences (diff), 2 bad usage or\n"
                           "invalid input, 3 API error, 4 network failure or timeout, 130 interrupted.\n"
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
        QStringLiteral("Engine: claude, prompt-tools, openai or local (default claude)."), QStringLiteral("NAME"));
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
        QStringLiteral("Output token budget of the tool model (default 16000)."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a readable rendering."));
    const QCommandLineOption taskOption(
        QStringLiteral("task"), QStringLiteral("generate: what the prompt is for."), QStringLiteral("TEXT"));
    const QCommandLineOption feedbackOption(
        QStringLiteral("feedback"), QStringLiteral("improve: what to change."), QStringLiteral("TEXT"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("export: the output format."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("export: write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({engineOption, baseUrlOption, targetModelOption, modelOption, timeoutOption, retriesOption, maxTokensOption,
        jsonOption, taskOption, feedbackOption, formatOption, outputOption});
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
    bool ok = true;
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

    Context context(name, positional, options);
    return command->run(context);
}
