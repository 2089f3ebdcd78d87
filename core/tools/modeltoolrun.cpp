#include "modeltoolrun.h"

#include "analysis/modelcapabilities.h"
#include "api/prompttoolstypes.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace pw {

namespace {

QJsonObject stringSchema()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

QString prettyPromptJson(const Prompt &prompt)
{
    return QString::fromUtf8(toJsonBytes(promptToJson(prompt))).trimmed();
}

} // namespace

QJsonObject strictObject(const QJsonObject &properties)
{
    QJsonArray required;
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        required.append(it.key());
    return {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties},
        {QStringLiteral("required"), required}, {QStringLiteral("additionalProperties"), false}};
}

QString stripCodeFence(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("```")) || !trimmed.endsWith(QLatin1String("```")) || trimmed.size() < 6)
        return text;
    const qsizetype firstNewline = trimmed.indexOf(QLatin1Char('\n'));
    if (firstNewline < 0)
        return text;
    return trimmed.mid(firstNewline + 1, trimmed.size() - 3 - firstNewline - 1);
}

QJsonObject toolOutputSchema(Tool tool)
{
    const QJsonObject block = strictObject({{QStringLiteral("type"),
                                                QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                                    {QStringLiteral("enum"), QJsonArray {QStringLiteral("text")}}}},
        {QStringLiteral("text"), stringSchema()}});
    const QJsonObject message
        = strictObject({{QStringLiteral("role"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("enum"), QJsonArray {QStringLiteral("user"), QStringLiteral("assistant")}}}},
            {QStringLiteral("content"), arrayOf(block)}});
    QJsonObject properties {{QStringLiteral("messages"), arrayOf(message)}, {QStringLiteral("system"), stringSchema()}};
    if (tool == Tool::Templatize) {
        properties.insert(QStringLiteral("variable_values"),
            arrayOf(strictObject({{QStringLiteral("name"), stringSchema()}, {QStringLiteral("value"), stringSchema()}})));
    }
    return strictObject(properties);
}

std::optional<ToolResult> parseToolOutput(Tool tool, const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QByteArray data = stripCodeFence(text).toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = positionOfOffset(data, parseError.offset);
        *error
            = QStringLiteral("invalid JSON at line %1, column %2: %3").arg(at.line).arg(at.column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the answer must be a JSON object");
        return std::nullopt;
    }
    QJsonObject object = document.object();
    // The schema's list of {name, value} pairs becomes the prompt-tools object.
    const QJsonValue values = object.value(QLatin1String("variable_values"));
    if (values.isArray()) {
        QJsonObject map;
        const QJsonArray pairs = values.toArray();
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonObject pair = pairs[i].toObject();
            if (!pair.value(QLatin1String("name")).isString() || !pair.value(QLatin1String("value")).isString()) {
                *error = QStringLiteral("variable_values[%1]: needs a string \"name\" and a string \"value\"").arg(i);
                return std::nullopt;
            }
            const QString name = pair.value(QLatin1String("name")).toString();
            if (map.contains(name)) {
                *error = QStringLiteral("variable_values[%1]: the name %2 is listed twice").arg(i).arg(name);
                return std::nullopt;
            }
            map.insert(name, pair.value(QLatin1String("value")));
        }
        object.insert(QStringLiteral("variable_values"), map);
    }
    if (!object.value(QLatin1String("messages")).isArray()) {
        *error = QStringLiteral("messages: is required");
        return std::nullopt;
    }
    std::optional<ToolResult> result = toolResultFromJson(object, error);
    if (result && tool == Tool::Templatize && !result->variableValues)
        result->variableValues = VariableValues(); // no new variables is a valid answer
    return result;
}

QString toolMetaPrompt(Tool tool, const QString &targetModel)
{
    QFile file(QStringLiteral(":/promptwerk/metaprompts/%1.md").arg(toolName(tool)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("meta-prompt resource missing: %s", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QString policy;
    if (targetModel.isEmpty()) {
        policy = QStringLiteral(
            "The target model is not known. Prefer no prefill; if one is essential, keep it short. Note that Claude models from 4.6 on reject a final assistant message.");
    } else if (modelAcceptsPrefill(targetModel)) {
        policy = QStringLiteral(
            "%1 accepts a prefill: you may end with an assistant message holding the text the answer must start with.")
                     .arg(targetModel);
    } else {
        policy = QStringLiteral(
            "%1 rejects a prefill (a final assistant message). Do not add one. If the answer must start a certain way, say so in the user message instead, for example \"Begin your answer with <thinking>.\"")
                     .arg(targetModel);
    }
    return fillVariables(text, {{QStringLiteral("PREFILL_POLICY"), policy}});
}

QString toolUserMessage(const ToolRequest &request)
{
    const QString target = request.targetModel.isEmpty() ? QStringLiteral("not specified") : request.targetModel;
    switch (request.tool) {
    case Tool::Generate:
        return QStringLiteral("<task>\n%1\n</task>\n<target_model>%2</target_model>").arg(request.task.trimmed(), target);
    case Tool::Improve:
        return QStringLiteral("<prompt>\n%1\n</prompt>\n<feedback>\n%2\n</feedback>\n<target_model>%3</target_model>")
            .arg(prettyPromptJson(request.prompt),
                request.feedback.trimmed().isEmpty() ? QStringLiteral("No feedback: apply general best practice.")
                                                     : request.feedback.trimmed(),
                target);
    case Tool::Templatize:
        return QStringLiteral("<prompt>\n%1\n</prompt>").arg(prettyPromptJson(request.prompt));
    }
    return {};
}

ModelToolRun::ModelToolRun(ToolRequest request, PromptRules rules, std::shared_ptr<ModelBackend> backend, QObject *parent)
    : ToolRun(std::move(request), rules, parent), m_backend(std::move(backend))
{
    QTimer::singleShot(0, this, &ModelToolRun::begin);
}

ModelToolRun::~ModelToolRun()
{
    // Calls use the backend's API client: end them while it still exists.
    qDeleteAll(findChildren<CompletionCall *>(Qt::FindDirectChildrenOnly));
}

void ModelToolRun::begin()
{
    if (isFinished() || failIfInvalidRequest())
        return;
    m_completion.system = toolMetaPrompt(request().tool, request().targetModel);
    m_completion.messages = {Message::user(toolUserMessage(request()))};
    m_completion.schema = toolOutputSchema(request().tool);
    m_completion.schemaName = QStringLiteral("%1_result").arg(toolName(request().tool));
    m_completion.maxTokens = request().maxOutputTokens > 0 ? request().maxOutputTokens : defaultMaxTokens;
    setStatus(tr("Waiting for %1…").arg(m_backend->model()));
    startCall(m_completion);
}

void ModelToolRun::startCall(const CompletionRequest &completion)
{
    m_call = m_backend->start(completion, this);
    // "Waiting for …" is no longer true once the answer streams in.
    connect(m_call, &CompletionCall::textReceived, this, [this, announced = false](const QString &) mutable {
        if (!std::exchange(announced, true))
            setStatus(tr("%1 is writing…").arg(m_backend->model()));
    });
    connect(m_call, &CompletionCall::textReceived, this, &ModelToolRun::appendText);
    connect(m_call, &CompletionCall::usageReceived, this, &ModelToolRun::addUsage);
    connect(m_call, &CompletionCall::statusChanged, this, &ModelToolRun::setStatus);
    connect(m_call, &CompletionCall::finished, this, &ModelToolRun::onCallFinished);
}

void ModelToolRun::abort()
{
    if (m_call)
        m_call->abort();
}

void ModelToolRun::onCallFinished()
{
    CompletionCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (isFinished())
        return;
    if (!call->succeeded()) {
        fail(call->error());
        return;
    }
    const CompletionOutcome outcome = call->outcome();
    ToolError error;
    error.requestId = outcome.requestId;
    switch (outcome.stop) {
    case CompletionOutcome::Stop::Refusal:
        error.kind = ToolError::Kind::Refusal;
        error.message = tr("%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.")
                            .arg(m_backend->model());
        fail(error);
        return;
    case CompletionOutcome::Stop::Truncated:
        error.kind = ToolError::Kind::Truncated;
        error.message = tr("The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.")
                            .arg(m_completion.maxTokens);
        fail(error);
        return;
    case CompletionOutcome::Stop::ContextExceeded:
        error.kind = ToolError::Kind::Truncated;
        error.message = tr("The answer was cut off: the prompt and the answer outgrew the context window of %1. "
                           "Shorten the prompt or choose a tool model with a larger context window.")
                            .arg(m_backend->model());
        fail(error);
        return;
    case CompletionOutcome::Stop::Complete:
        break;
    }

    QString parseError;
    std::optional<ToolResult> result = parseToolOutput(request().tool, outcome.text, &parseError);
    if (!result) {
        if (m_repairing) {
            error.kind = ToolError::Kind::InvalidOutput;
            error.message = tr("The model's answer is not usable JSON, even after one repair attempt: %1").arg(parseError);
            fail(error);
            return;
        }
        // One repair attempt: show the model its answer and what is wrong with it.
        m_repairing = true;
        CompletionRequest repair = m_completion;
        repair.messages.append(Message::assistant(outcome.text.isEmpty() ? QStringLiteral("(empty)") : outcome.text));
        repair.messages.append(Message::user(QStringLiteral(
            "Your answer could not be used: %1. Answer again with only the corrected JSON for the schema, nothing else.")
                                                 .arg(parseError)));
        setStatus(tr("Repairing the model's answer…"));
        resetText();
        startCall(repair);
        return;
    }
    result->requestId = outcome.requestId;
    result->usage = usage();
    complete(*result);
}

} // namespace pw
