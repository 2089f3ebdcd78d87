// generate, improve, templatize: one engine run each.

#include "commands.h"
#include "engineoptions.h"

#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace pw::cli {

namespace {

std::optional<Tool> toolForCommand(const QString &command)
{
    if (command == QLatin1String("generate"))
        return Tool::Generate;
    if (command == QLatin1String("improve"))
        return Tool::Improve;
    if (command == QLatin1String("templatize"))
        return Tool::Templatize;
    return std::nullopt;
}

void printReadable(QTextStream &out, const ToolResult &result)
{
    if (!result.prompt.system.isEmpty())
        out << "=== system ===\n" << result.prompt.system << "\n\n";
    for (qsizetype i = 0; i < result.prompt.messages.size(); ++i) {
        const Message &message = result.prompt.messages[i];
        const bool prefill = message.role == Role::Assistant && i == result.prompt.messages.size() - 1;
        out << "=== " << roleName(message.role) << (prefill ? " (prefill)" : "") << " ===\n" << message.text() << "\n\n";
    }
    if (result.hasVariableValues && !result.variableValues.isEmpty()) {
        out << "=== variables ===\n";
        for (auto it = result.variableValues.cbegin(); it != result.variableValues.cend(); ++it)
            out << placeholder(it.key()) << " = " << it.value() << '\n';
        out << '\n';
    }
    out << "usage: " << result.usage.inputTokens << " input, " << result.usage.outputTokens << " output tokens";
    if (!result.requestId.isEmpty())
        out << " · request " << result.requestId;
    out << Qt::endl;
}

// Streamed progress on a terminal: how much has arrived and how long it took.
class ProgressLine
{
public:
    explicit ProgressLine(Context &context) : m_context(context), m_enabled(context.stderrIsTerminal()) { m_clock.start(); }
    ~ProgressLine() { clear(); }

    void update(const ToolRun &run)
    {
        if (!m_enabled)
            return;
        const QString status = m_status.isEmpty() ? QString() : QStringLiteral(" · ") + m_status;
        m_context.err() << "\r\x1b[K"
                        << QStringLiteral("%1 s · %2 characters · %3 output tokens")
                               .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1))
                               .arg(run.streamedText().size())
                               .arg(run.usage().outputTokens)
                        << status << Qt::flush;
        m_shown = true;
    }
    void setStatus(const QString &status) { m_status = status; }
    // Before anything else is printed: stdout and stderr usually share the
    // terminal, and the result must not start at the end of this line.
    void clear()
    {
        if (m_shown)
            m_context.err() << "\r\x1b[K" << Qt::flush;
        m_shown = false;
    }

private:
    Context &m_context;
    bool m_enabled;
    bool m_shown = false;
    QString m_status;
    QElapsedTimer m_clock;
};

} // namespace

int runTool(Context &context)
{
    const std::optional<Tool> tool = toolForCommand(context.command);
    Q_ASSERT(tool);
    ToolRequest request;
    request.tool = *tool;
    request.targetModel = context.options.targetModel;
    request.feedback = context.options.feedback;
    request.task = context.options.task;
    request.maxOutputTokens = context.options.maxTokens;

    if (*tool == Tool::Generate) {
        if (request.task.trimmed().isEmpty())
            return context.fail(ExitUsage, QStringLiteral("generate needs --task TEXT: what the prompt is for"));
    } else {
        const QString path = context.args.constFirst();
        const std::optional<Prompt> prompt = context.readPrompt(path);
        if (!prompt)
            return ExitUsage;
        request.prompt = *prompt;
        // The engine would refuse it as well; here the message can name the file.
        if (const std::optional<ToolError> invalid = invalidRequestError(request))
            return context.fail(ExitUsage, Context::inputName(path) + QStringLiteral(": ") + invalid->message);
    }

    const std::optional<EngineConfig> config = resolveEngine(context);
    if (!config)
        return ExitUsage;
    QString error;
    const std::unique_ptr<Engine> engine = createEngine(*config, &error);
    if (!engine)
        return context.fail(ExitUsage, error);

    ToolRun *run = engine->start(request, nullptr);
    const std::unique_ptr<ToolRun> owner(run);
    ProgressLine progress(context);
    QObject::connect(run, &ToolRun::textReceived, run, [&] { progress.update(*run); });
    QObject::connect(run, &ToolRun::statusChanged, run, [&](const QString &status) {
        progress.setStatus(status);
        progress.update(*run);
    });
    const bool completed = context.waitFor(run, &ToolRun::finished);
    progress.clear();
    if (!completed) {
        run->cancel();
        return context.fail(ExitInterrupted, QStringLiteral("interrupted"));
    }
    if (!run->succeeded())
        return failWith(context, run->error());

    const ToolResult &result = run->result();
    for (const Diagnostic &note : result.notes)
        context.err() << "promptwerk-cli: note: " << note.toString() << Qt::endl;
    if (context.options.json)
        context.out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printReadable(context.out(), result);
    context.out().flush();
    return ExitOk;
}

} // namespace pw::cli
