// generate, improve, templatize: one engine run each.

#include "commands.h"
#include "engineoptions.h"

#include "api/prompttoolstypes.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"
#include "tools/toolsession.h"

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
    if (result.variableValues && !result.variableValues->isEmpty()) {
        out << "=== variables ===\n";
        for (auto it = result.variableValues->cbegin(); it != result.variableValues->cend(); ++it)
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
    explicit ProgressLine(Context &context) : m_line(context) { m_clock.start(); }

    void update(const ToolSession &session)
    {
        const ToolRun *run = session.run();
        const QString status = m_status.isEmpty() ? QString() : QStringLiteral(" · ") + m_status;
        m_line.show(QStringLiteral("%1 s · %2 characters · %3 output tokens")
                        .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1))
                        .arg(run ? run->streamedText().size() : 0)
                        .arg(run ? run->usage().outputTokens : 0)
            + status);
    }
    void setStatus(const QString &status) { m_status = status; }
    void clear() { m_line.clear(); }

private:
    StatusLine m_line;
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

    if (!checkEngine(context))
        return ExitUsage;
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
        if (const std::optional<ToolError> invalid
            = invalidRequestError(request, findEngine(context.options.engine)->promptRules))
            return context.fail(ExitUsage, Context::inputName(path) + QStringLiteral(": ") + invalid->message);
    }

    const EngineSetup setup(context.options);
    ToolSession session(setup.sources());
    ProgressLine progress(context);
    QObject::connect(&session, &ToolSession::textReceived, &session, [&] { progress.update(session); });
    QObject::connect(&session, &ToolSession::statusChanged, &session, [&](const QString &status) {
        progress.setStatus(status);
        progress.update(session);
    });
    session.start(request);
    const bool completed = context.waitFor(&session, &ToolSession::finished);
    progress.clear();
    if (!completed) {
        session.cancel();
        return context.fail(ExitInterrupted, QStringLiteral("interrupted"));
    }
    if (session.state() == ToolSession::State::Failed)
        return failWith(context, session.error());

    const ToolResult &result = session.result();
    for (const Diagnostic &note : result.notes)
        context.err() << "promptwerk-cli: note: " << note.toString() << Qt::endl;
    if (context.options.json)
        context.out() << toJsonBytes(toolResultToJson(result));
    else
        printReadable(context.out(), result);
    context.out().flush();
    return ExitOk;
}

} // namespace pw::cli
