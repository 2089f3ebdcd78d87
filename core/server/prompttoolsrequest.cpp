#include "prompttoolsrequest.h"

#include "api/prompttoolstypes.h"
#include "prompt/promptjson.h"
#include "prompt/validation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pw {

namespace {

constexpr qsizetype maxTargetModelLength = 256;

QStringList allowedFields(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return {QStringLiteral("task"), QStringLiteral("target_model")};
    case Tool::Improve:
        return {QStringLiteral("messages"), QStringLiteral("system"), QStringLiteral("feedback"), QStringLiteral("target_model")};
    case Tool::Templatize:
        return {QStringLiteral("messages"), QStringLiteral("system")};
    }
    return {};
}

QString found(const QJsonValue &value)
{
    return QStringLiteral("(found %1)").arg(jsonTypeName(value));
}

// "" when the field is absent or null.
QString optionalString(const QJsonObject &object, const QString &field, QString *error)
{
    const QJsonValue value = object.value(field);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        *error = QStringLiteral("%1: must be a string or null %2").arg(field, found(value));
    return {};
}

ToolRequestParse failed(const QString &error)
{
    ToolRequestParse parse;
    parse.error = error;
    return parse;
}

} // namespace

ToolRequestParse toolRequestFromJson(Tool tool, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return failed(QStringLiteral("body: a JSON object is required (the body is empty)"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(jsonParseErrorText(body, parseError, QStringLiteral("body")));
    if (!document.isObject())
        return failed(QStringLiteral("body: must be a JSON object (found %1)")
                          .arg(document.isArray() ? QStringLiteral("array") : QStringLiteral("a bare value")));
    const QJsonObject object = document.object();

    const QStringList allowed = allowedFields(tool);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return failed(QStringLiteral("%1: unknown field (%2 takes %3)")
                              .arg(it.key(), toolEndpointPath(tool), allowed.join(QStringLiteral(", "))));
    }

    ToolRequestParse parse;
    ToolRequest &request = parse.request;
    request.tool = tool;
    QString error;
    if (allowed.contains(QLatin1String("target_model"))) {
        const QJsonValue model = object.value(QLatin1String("target_model"));
        if (model.isString() && !model.toString().isEmpty() && model.toString().size() <= maxTargetModelLength)
            request.targetModel = model.toString();
        else if (!model.isUndefined() && !model.isNull())
            return failed(
                QStringLiteral("target_model: must be a string of 1 to %1 characters or null %2")
                    .arg(maxTargetModelLength)
                    .arg(model.isString() ? QStringLiteral("(found %1 characters)").arg(model.toString().size()) : found(model)));
    }

    if (tool == Tool::Generate) {
        const QJsonValue task = object.value(QLatin1String("task"));
        if (task.isUndefined())
            return failed(QStringLiteral("task: is required"));
        if (!task.isString())
            return failed(QStringLiteral("task: must be a string %1").arg(found(task)));
        if (task.toString().trimmed().isEmpty())
            return failed(QStringLiteral("task: must not be empty"));
        request.task = task.toString();
        return parse;
    }

    if (tool == Tool::Improve) {
        request.feedback = optionalString(object, QStringLiteral("feedback"), &error);
        if (!error.isEmpty())
            return failed(error);
    }
    const PromptParseResult prompt = promptFromJson(object, SystemShape::StringOnly);
    if (!prompt.ok())
        return failed(prompt.errors.constFirst().toString());
    request.prompt = prompt.prompt;
    const QList<Diagnostic> problems = validatePrompt(request.prompt, PromptRules::PromptTools);
    if (!problems.isEmpty())
        return failed(problems.constFirst().toString());
    if (request.prompt.isEmpty())
        return failed(QStringLiteral("messages: the prompt holds no text"));
    return parse;
}

} // namespace pw
